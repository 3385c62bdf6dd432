"""The library API and the pipeline's promises: one record per item, budgets, order."""

from __future__ import annotations

import random
import time

import pytest
from locations import SAMPLES

import declutter
from declutter import Pipeline, clean_html, clean_text
from declutter.io.readers import Failure, RawPage

SEED = SAMPLES / "dumps" / "daily8-dump.txt"


def test_public_api_is_small_and_documented() -> None:
    assert sorted(declutter.__all__) == [
        "Failure", "Pipeline", "RawPage", "Record", "Removal", "RuleSet", "Teaser",
        "clean_html", "clean_text", "extract"]
    for name in declutter.__all__:
        assert getattr(declutter, name).__doc__


def test_clean_text_accepts_bytes_and_str() -> None:
    a = clean_text(SEED.read_bytes(), id="x")
    b = clean_text(SEED.read_text("utf-8"), id="x")
    assert a == b and a.id == "x" and len(a.teasers) == 3


def test_clean_html_minimal_page() -> None:
    html = ("<html><head><title>Storm hits coast | Coast News</title></head><body>"
            "<article><h1>Storm hits coast</h1><p>" + "Heavy rain fell across the region today. " * 6
            + "</p><p>Advertisement</p><p>" + "Roads were closed as rivers rose overnight. " * 5
            + "</p></article></body></html>")
    record = clean_html(html, url="https://coast.example/storm")
    assert record.error is None
    assert record.title == "Storm hits coast"
    assert record.text.startswith("Heavy rain fell")
    assert "Advertisement" not in record.text
    assert {"rule": "global.advertisement", "text": "Advertisement"} in [
        {"rule": r.rule, "text": r.text} for r in record.removed or ()]


def test_every_item_gives_one_record() -> None:
    pipe = Pipeline()
    items = [RawPage("a", "text", SEED.read_bytes()), Failure("b", "cannot read: boom"),
             RawPage("c", "text", b"\x00\x01\x02" * 100), RawPage("d", "html", b"")]
    records = list(pipe.run(items))
    assert [r.id for r in records] == ["a", "b", "c", "d"]
    assert [r.error is None for r in records] == [True, False, False, False]
    assert records[1].error == "cannot read: boom"


def test_extra_keys_survive_an_error() -> None:
    record = Pipeline().clean(RawPage("z", "text", b"\x00" * 50, extra={"lang": "en"}))
    assert record.error and record.to_dict()["input"] == {"lang": "en"}


def test_page_time_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    import declutter.content.dump_story as dump_story  # (the pipeline imports it per text page)

    def slow(page: object, *rest: object) -> None:
        time.sleep(2)

    monkeypatch.setattr(dump_story, "label_dump", slow)
    pipe = Pipeline(page_seconds=0.2)
    start = time.monotonic()
    record = pipe.clean(RawPage("slow", "text", SEED.read_bytes()))
    assert time.monotonic() - start < 1.5
    assert record.error == "PageTimeout: page took longer than 0.2 s"
    monkeypatch.undo()
    assert pipe.clean(RawPage("ok", "text", b"Title\nA line of story text here.")).error is None


def test_an_unexpected_bug_costs_one_page_not_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    import declutter.content.dump_story as dump_story

    calls = []

    def flaky(page: object, *rest: object) -> None:
        calls.append(page)
        if len(calls) == 1:
            raise TypeError("boom")

    monkeypatch.setattr(dump_story, "label_dump", flaky)
    records = list(Pipeline().run([RawPage("a", "text", b"T\nstory line"),
                                   RawPage("b", "text", b"T\nstory line")]))
    assert [r.error for r in records][0] == "internal error: TypeError: boom"
    assert records[1].id == "b"


_STORY = ("Harbour plans delayed\n\n"
          + "The council said on Monday that the new harbour plans would be published after "
            "a long review of costs. " * 5 + "\n\n"
          + "Another paragraph says more about the harbour, the town and the plans for it. " * 4)


@pytest.mark.parametrize("content", [b"\x00\xff" * 100, b"\x00\x01\xfe\x00" * 300, b"\x00" * 4000],
                         ids=["nul-ff", "nul-control", "nul"])
def test_binary_bytes_are_refused_as_html_and_as_text(content: bytes) -> None:
    # one check for both formats, on the bytes: NUL bytes that are not UTF-16 text are binary
    assert clean_html(content).error == "ValueError: binary content, not an HTML page"
    assert clean_text(content).error == "ValueError: binary content, not a text page"
    record = next(Pipeline().run([content]))  # no markup: read as the CLI reads a .bin file
    assert record.error == "ValueError: binary content, not a text page" and not record.text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-16"])
def test_utf16_text_is_not_binary_with_or_without_bom(codec: str) -> None:
    record = clean_text(_STORY.encode(codec))
    assert record.error is None and record.title == "Harbour plans delayed"
    assert record.text.startswith("The council said on Monday")
    html = clean_html(f"<h1>Harbour plans delayed</h1><p>{_STORY}</p>".encode(codec))
    assert html.error is None and "\x00" not in html.text and "harbour plans would" in html.text


_GREEK_STORY = ("Το δημοτικό συμβούλιο ενέκρινε τη Δευτέρα το σχέδιο για τη νέα γέφυρα του λιμανιού, "
                "που θα ενώσει τις δύο συνοικίες και θα ανοίξει για την κυκλοφορία το επόμενο φθινόπωρο. ")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be-bom"])
def test_utf16_with_a_bom_in_any_script_is_not_binary(codec: str) -> None:
    # the high bytes of Greek (U+03xx) are control bytes; after a BOM they are characters
    def encode(text: str) -> bytes:
        return b"\xfe\xff" + text.encode("utf-16-be") if codec == "utf-16-be-bom" else text.encode(codec)

    record = clean_text(encode("Νέα γέφυρα στο λιμάνι\n" + _GREEK_STORY * 3))
    assert record.error is None and record.title == "Νέα γέφυρα στο λιμάνι"
    assert record.text.startswith("Το δημοτικό συμβούλιο")
    html = clean_html(encode(f"<h1>Νέα γέφυρα στο λιμάνι</h1><p>{_GREEK_STORY * 3}</p>"))
    assert html.error is None and "ενέκρινε τη Δευτέρα" in html.text


_MALAYALAM_STORY = ("നദിക്ക് കുറുകെ പുതിയ പാലം നിർമ്മിക്കാനുള്ള പദ്ധതിക്ക് നഗരസഭ തിങ്കളാഴ്ച അംഗീകാരം നൽകി, "
                    "ഇത് രണ്ട് പ്രദേശങ്ങളെ തമ്മിൽ ബന്ധിപ്പിക്കും. ")
_MONGOLIAN_STORY = ("Хотын зөвлөл даваа гарагт голын дээгүүр шинэ гүүр барих төлөвлөгөөг баталж, "
                    "хоёр хорооллыг холбох ажил ирэх намар эхэлнэ. ")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(("title", "story"),
                         [("പുതിയ പാലം", _MALAYALAM_STORY), ("Шинэ гүүр", _MONGOLIAN_STORY)],
                         ids=["malayalam", "mongolian"])
def test_utf16_without_a_bom_in_one_script_is_read(codec: str, title: str, story: str) -> None:
    # high bytes 0x0d (Malayalam) or 0x04 (Cyrillic) are control bytes, not NUL: read as bytes
    # the page was "binary content"; one script's high bytes and letters mark UTF-16 text
    record = clean_text(f"{title}\n{story * 3}\n{story}".encode(codec))
    assert record.error is None and record.title == title and record.text.startswith(story[:20])
    html = clean_html(f"<h1>{title}</h1><p>{story * 3}</p>".encode(codec))
    assert html.error is None and html.title == title and story[:20] in html.text


_LATVIAN_STORY = ("Rīgas dome pirmdien apstiprināja jaunā tilta būvniecības plānu pār Daugavu, kas "
                  "savienos divus rajonus un mazinās satiksmes slodzi pilsētas centrā. Šķērsojums, "
                  "ūdens, ļaudis, ņemot, ģimenes, ķēde, ēka, īss, žogs, čaula. ")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_with_latin_extended_letters_is_read(codec: str) -> None:
    # ā ē ī ū š ž ... (U+01xx) have high byte 0x01, a control byte: counted as bytes, with the
    # NULs of the ASCII letters left out, the page was "binary content" (fresh17 D9, Tongan)
    record = clean_text(f"Jauns tilts pār Daugavu\n{_LATVIAN_STORY * 4}".encode(codec))
    assert record.error is None and record.title == "Jauns tilts pār Daugavu"
    assert record.text.startswith("Rīgas dome pirmdien")


def test_small_integers_in_one_script_block_are_still_binary() -> None:
    # 16-bit numbers that all read as Cyrillic letters, with no ASCII (no NUL high byte) between
    rng = random.Random(3)
    content = b"".join(rng.randrange(0x400, 0x500).to_bytes(2, "little") for _ in range(2048))
    assert clean_text(content).error == "ValueError: binary content, not a text page"
    repeated = "Ӑӓ".encode("utf-16-le") * 1000  # two letters over and over
    assert clean_text(repeated).error == "ValueError: binary content, not a text page"


def test_binary_after_a_bom_is_still_binary() -> None:
    # random bytes after a UTF-16 BOM read as unassigned code points, surrogates and controls
    content = b"\xff\xfe" + random.Random(7).randbytes(4000)
    assert clean_text(content).error == "ValueError: binary content, not a text page"
    assert clean_html(content).error == "ValueError: binary content, not an HTML page"


@pytest.mark.parametrize("content", ["", " \n\t\n  \r\n", b"", b"\n\n"])
def test_an_empty_text_dump_says_so_like_an_empty_html_page(content: str | bytes) -> None:
    assert clean_text(content).error == "ValueError: empty page: no text"
    assert clean_html(content).error == "ValueError: empty page: no HTML to parse"


_NUL_STORY = ("Rada miasta przyjęła w poniedziałek plan budowy nowego mostu\x00nad Wisłą, który ma "
              "połączyć dwie dzielnice i odciążyć centrum od ruchu samochodowego w godzinach szczytu. ")


def test_a_nul_reads_as_a_space_in_html_and_in_dumps_alike() -> None:
    # one behaviour for both paths: no word lost, none glued to the next ("mostu\0nad")
    html = clean_html(f"<h1>Nowy most nad Wisłą</h1><p>{_NUL_STORY * 3}</p>".encode())
    text = clean_text(("Nowy most nad Wisłą\n" + _NUL_STORY * 3).encode())
    for record in (html, text):
        assert record.error is None and "\x00" not in record.text
        assert "mostu nad Wisłą" in record.text and "mostunad" not in record.text


@pytest.mark.parametrize("content", [b"x\x00y\x00z", b"a\x00b\x00c\x00d\x00e"])
def test_an_odd_number_of_bytes_is_no_utf16_page(content: bytes) -> None:
    # read as UTF-16 the last byte would be lost silently; as bytes, its NULs make it binary
    assert clean_html(content).error == "ValueError: binary content, not an HTML page"
    assert clean_text(content).error == "ValueError: binary content, not a text page"
