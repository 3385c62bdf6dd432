"""Page bytes -> text: BOM, strict UTF-8, the declared charset, then detection.

Used by :mod:`declutter.html` before parsing and by the readers of text dumps.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: bytes that are not UTF-8 are read as windows-1252."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    return bytes(bad).decode("windows-1252", "replace"), error.end


codecs.register_error("declutter-cp1252", _cp1252_fallback)

_ASCII_TEXT = frozenset(range(32, 127)) | frozenset(b"\t\n\r\f")
UTF16_SAMPLE = 4096
"""Bytes at the start of a page that :func:`utf16_without_bom` looks at."""


def utf16_without_bom(data: bytes) -> str | None:
    """The codec (``"utf-16-be"`` or ``"utf-16-le"``) when the first :data:`UTF16_SAMPLE` bytes
    read as UTF-16 without a byte order mark, else None.

    Two shapes are UTF-16 (at one parity; even: big-endian, odd: little-endian):

    - Latin-script text and markup: at least half the high bytes are NUL, and at least half of
      those sit beside printable ASCII or white space. NULs anywhere else are not text (the
      callers count them as binary).
    - Text in one alphabetic script (:func:`_one_script`): the high bytes hold NUL and at most
      two neighbouring values of the control-byte range (U+0100-U+1FFF: Greek, Cyrillic,
      Hebrew, Arabic, the Indic scripts, Thai, Georgian, Ethiopic, Cherokee, Ol Chiki ...), as a
      script's 128-256 code points do, and the sample read so is mostly letters.

    A whole page (shorter than the sample) of an odd number of bytes is no UTF-16: read so,
    its last byte would be lost ("x\\0y\\0z")."""
    sample = data[:UTF16_SAMPLE]
    if len(sample) < UTF16_SAMPLE and len(sample) % 2:
        return None
    for start, codec in ((0, "utf-16-be"), (1, "utf-16-le")):
        high, low = sample[start::2], sample[1 - start::2]
        nuls = high.count(0)
        if nuls * 2 >= len(high) > 0:
            beside_text = sum(1 for h, c in zip(high, low, strict=False) if h == 0 and c in _ASCII_TEXT)
            if beside_text * 2 >= nuls:
                return codec
        if _one_script(high, sample, codec):
            return codec
    return None


_SCRIPT_HIGH = bytes(range(1, 0x20))
"""High bytes of UTF-16 text in U+0100-U+1FFF (:func:`_one_script`)."""
_SCRIPT_SHARE = 0.95
"""Share of the high bytes that NUL and one script's (at most two neighbouring) values hold
in UTF-16 text of one alphabetic script (:func:`utf16_without_bom`)."""


def _one_script(high: bytes, sample: bytes, codec: str) -> bool:
    """Whether ``high``, the high bytes of ``sample`` read as ``codec``, are those of UTF-16
    text in one alphabetic script whose code points lie in U+0100-U+1FFF. The script's value
    must hold a quarter of the high bytes (else the text is Latin, the other test's) and NUL one
    in a hundred (the line breaks, spaces, digits and markup all text has), and the
    sample read as ``codec`` holds no control, unassigned, private-use or surrogate character
    (one cut at the end aside), at least half letters and marks among its non-space
    characters, and at least 8 different ones (or half of them, on a short page): an array of
    small integers reads as controls, as a few letters over and over, or as letters with no
    ASCII between them; UTF-8 text (high bytes 0x80 and up) never has this shape."""
    if not high or (len(high) - len(high.translate(None, _SCRIPT_HIGH))) * 4 < len(high):
        return False  # (one C pass: text of other shapes, UTF-8 above all, stops here)
    counts = Counter(high)
    most, value = max(((n, v) for v, n in counts.items() if 0 < v < 0x20), default=(0, 0))
    if most * 4 < len(high) or counts[0] * 100 < len(high):
        return False
    if counts[0] + most + max(counts[value - 1], counts[value + 1]) < _SCRIPT_SHARE * len(high):
        return False
    text = sample[: len(sample) - len(sample) % 2].decode(codec, "replace")
    if _odd_characters(text) > 1:
        return False
    shown = [c for c in text if not c.isspace()]
    letters = sum(unicodedata.category(c)[0] in "LM" for c in shown)
    return letters * 2 >= len(shown) and len(set(shown)) >= min(8, len(shown) // 2)


def _odd_characters(text: str) -> int:
    """How many characters of ``text`` no text holds: :data:`ODD_CHARACTER` and unassigned,
    private-use or surrogate code points."""
    return len(ODD_CHARACTER.findall(text)) + sum(unicodedata.category(c) in _NOT_TEXT for c in text)


BINARY_SHARE = 0.05
"""Share of control bytes (white space aside) above which content is not text."""
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f")
"""Control bytes other than white space, NUL included (but see :func:`utf16_without_bom`)."""


_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
ODD_CHARACTER = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")
"""Control characters other than white space, and the replacement character: what no text
holds (counted in a ``str`` page and after a byte order mark)."""
_NOT_TEXT = frozenset(("Cn", "Co", "Cs"))
"""Unicode categories no text holds: unassigned, private use, surrogates."""


def bom_codec(data: bytes) -> tuple[str, int] | None:
    """``(codec, length of the byte order mark)`` when ``data`` starts with a UTF-8 or UTF-16
    byte order mark, else None."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


def marked_text(data: bytes, errors: str = "replace") -> str | None:
    """``data`` decoded when the bytes themselves mark their encoding: a byte order mark
    (:func:`bom_codec`, the mark left out) or the high bytes of UTF-16 text
    (:func:`utf16_without_bom`); None otherwise. ``errors``: as :meth:`bytes.decode`."""
    bom = bom_codec(data)
    if bom:
        return data[bom[1] :].decode(bom[0], errors)
    codec = utf16_without_bom(data)
    return data.decode(codec, errors) if codec else None


def control_share(data: bytes) -> float:
    """The share of control bytes other than white space in the first :data:`UTF16_SAMPLE`
    bytes of ``data`` (0 for none). Bytes after a byte order mark, or of UTF-16 without one
    (:func:`utf16_without_bom`), are counted as the characters they are (controls, unassigned
    code points, surrogates): UTF-16 text has control bytes for high bytes (NUL for Latin,
    0x04 for Cyrillic), which are not binary. Above :data:`BINARY_SHARE` the content is
    binary, not text."""
    sample = data[:UTF16_SAMPLE]
    if not sample:
        return 0.0
    bom = bom_codec(sample)
    codec, skip = bom if bom else (utf16_without_bom(sample), 0)
    if codec:
        text = sample[skip:].decode(codec, "replace")
        return max(0, _odd_characters(text) - 1) / len(text) if text else 0.0  # (one cut at the end)
    return (len(sample) - len(sample.translate(None, _CONTROL_BYTES))) / len(sample)


NUL_READ_AS = " "
"""What a NUL character (U+0000) in a page's text is read as, HTML and text dumps alike
(:func:`without_nul`; a page with more than a few is refused as binary first). HTML5 has the
tree builder drop it from body text and libxml2 turns it into U+FFFD, which blocks drop: both
glue the words on either side ("beta\\0gamma" -> "betagamma"). In scraped text a NUL mostly
stands between two fields, so it is read as white space: no word is lost or joined."""


def without_nul(text: str) -> str:
    """``text`` with each NUL read as :data:`NUL_READ_AS` (one scan when there is none)."""
    return text.replace("\x00", NUL_READ_AS) if "\x00" in text else text


def decode(data: bytes) -> str:
    """Decode page bytes: BOM, then UTF-16 without one (:func:`utf16_without_bom`), then
    strict UTF-8, then the declared charset, then detection.

    Valid UTF-8 wins over a declared charset because pages far more often declare a legacy
    charset and serve UTF-8 than the other way round; legacy bytes are almost never valid UTF-8.
    """
    text = marked_text(data)
    if text is not None:
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", "replace")
    if len(data) - len(text) >= text.count("\ufffd"):
        # more valid multi-byte sequences than broken bytes: UTF-8 with damage (or with a
        # pasted legacy part), which legacy text almost never is; only the bad bytes are cp1252
        return data.decode("utf-8", "declutter-cp1252")
    match = _META_CHARSET.search(data[:4096])
    declared = match.group(1).decode("ascii", "ignore").lower() if match else None
    if declared and declared.startswith(("utf-16", "utf-32", "utf16", "utf32")):
        declared = None  # a declaration readable as ASCII cannot be true (browsers ignore it too)
    if declared:
        if declared in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
            declared = "windows-1252"  # what browsers do, and what such pages really use
        try:
            codecs.lookup(declared)
        except LookupError:
            declared = None
    if declared and declared not in ("utf-8", "utf8"):
        return data.decode(declared, "replace")
    return data.decode(_undeclared_charset(data), "replace")


# What detectors answer for Latin-script text in some single-byte code page. Their choice
# among these is close to a coin toss on short text (German came out as Turkish or Mac
# Icelandic), so such text is read as windows-1252, which is what browsers in Western
# locales do with an undeclared page.
_LATIN_SINGLE_BYTE = re.compile(
    r"^(?:cp(?:437|850|125[0247])|latin_1|iso8859_(?:[1-49]|1[0345])|ascii|hp_roman8"
    r"|mac_(?:roman|turkish|iceland|latin2|croatian))$"
)


def _undeclared_charset(data: bytes) -> str:
    """The charset of non-UTF-8 bytes that declare none: charset-normalizer's answer when it
    sees a non-Latin script (Cyrillic, Greek, CJK, ...), else windows-1252. The result does not
    depend on which optional detectors happen to be installed."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    if best is not None and not _LATIN_SINGLE_BYTE.match(best.encoding):
        return best.encoding
    return "cp1252"

