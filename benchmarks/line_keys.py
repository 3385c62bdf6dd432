"""Collisions of the line key (CRC-32 << 32 | Adler-32, :func:`declutter.templates.sketch.line_key`)
on real lines: the figures quoted in ``declutter/templates/sketch.py``.

Takes every distinct line (white space stripped, 1 to 400 characters) of the 990 HTML pages of
the shared trafilatura evaluation set (``../shared/benchmarks/trafilatura-eval/html``: markup,
navigation, scripts and story lines, many short and alike, the hard case for Adler-32), keys
them as templates do (:func:`~declutter.templates.sketch.block_keys`: case folded, digits read
as ``0``, within one source), and counts the pairs of lines sharing each half of the key and
the whole key. Prints each half's share of colliding pairs (a uniform 32-bit hash: 2**-32),
and, taking the halves as independent, the whole key's and the colliding pairs expected
among 10 million distinct lines.

    python benchmarks/line_keys.py
"""

from __future__ import annotations

import gzip
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from declutter.templates.sketch import block_keys, normalise  # noqa: E402

PAGES = ROOT.parent / "shared" / "benchmarks" / "trafilatura-eval" / "html"


def colliding_pairs(values: list[int]) -> int:
    """Pairs of positions holding the same value."""
    return sum(k * (k - 1) // 2 for k in Counter(values).values() if k > 1)


def main() -> None:
    lines: set[str] = set()
    for page in sorted(PAGES.glob("*.html.gz")):
        for line in gzip.decompress(page.read_bytes()).decode("utf-8", "replace").splitlines():
            line = line.strip()
            if 0 < len(line) <= 400:
                lines.add(line)
    # lines equal once normalised share their key by design: count among distinct forms
    forms = sorted({normalise(line) for line in lines})
    keys = block_keys("example", forms)  # one source: its seed adds nothing to collisions
    high = colliding_pairs([k >> 32 for k in keys])
    low = colliding_pairs([k & 0xFFFFFFFF for k in keys])
    whole = colliding_pairs(keys)
    pairs = len(forms) * (len(forms) - 1) / 2
    sizes = sorted(len(f.encode()) for f in forms)
    print(f"{len(forms):,} distinct normalised lines of {len(list(PAGES.glob('*.html.gz')))} pages "
          f"(median {sizes[len(sizes) // 2]} bytes, {pairs:.2e} pairs)")
    p_crc, p_adler = high / pairs, low / pairs
    print(f"CRC-32 (high half):  {high:,} colliding pairs, share {p_crc:.2e} (2**-32: {2**-32:.2e})")
    print(f"Adler-32 (low half): {low:,} colliding pairs, share {p_adler:.2e}")
    print(f"whole key:           {whole:,} colliding pairs")
    for low_bytes, high_bytes in ((1, 20), (21, 60), (61, 10**6)):  # Adler-32 is weak on short lines
        part = [k for f, k in zip(forms, keys, strict=True) if low_bytes <= len(f.encode()) <= high_bytes]
        n = len(part) * (len(part) - 1) / 2 or 1
        print(f"  lines of {low_bytes}-{high_bytes} bytes: {len(part):,}, share of colliding pairs: "
              f"CRC-32 {colliding_pairs([k >> 32 for k in part]) / n:.2e}, "
              f"Adler-32 {colliding_pairs([k & 0xFFFFFFFF for k in part]) / n:.2e}")
    print(f"halves taken as independent: {p_crc * p_adler:.1e} a pair; "
          f"{p_crc * p_adler * 1e14 / 2:.1e} colliding pairs expected among 10 million lines")


if __name__ == "__main__":
    main()
