"""What the markup of an HTML story's blocks tells (declutter.content.story_marks): an
editor's note set wholly in emphasis with a link goes, a bold lead that opens the story stays."""

from __future__ import annotations

from fresh17_html_pages import H4_XH, H4_ZU, H5_ID, H5_MS, clean

from declutter.api import extract

_PARAGRAPHS = (
        "Gradska uprava je u utorak predstavila novi plan javnog prijevoza koji stupa na snagu "
        "u ožujku sljedeće godine i mijenja nekoliko autobusnih linija u središtu grada.",
        "Prema novom planu tramvaji će u vršnim satima voziti svakih pet minuta, a noćni "
        "autobusi prometovat će i vikendom, rekli su iz uprave na konferenciji za medije.",
        "Gradonačelnik je rekao da je cilj promjena smanjiti promet automobila u središtu "
        "grada i skratiti vrijeme putovanja za većinu putnika koji dolaze iz predgrađa.")


def test_an_editors_note_in_italics_with_a_link_goes_a_bold_lead_stays() -> None:
    lead = ("<p><b>Novi plan prijevoza donosi češće tramvaje i noćne autobuse vikendom, a "
            "promjene stupaju na snagu u ožujku, <a href='/plan'>objavila je uprava</a>.</b></p>")
    note = "<p><i>Pratite nas i na <a href='https://t.me/x'>Telegramu</a>.</i></p>"
    body = [f"<p>{p}</p>" for p in _PARAGRAPHS]
    html = (f"<html><body><article><h1>Grad mijenja autobusne linije</h1>{lead}{body[0]}{note}"
            f"{''.join(body[1:])}"
            "</article></body></html>")
    text = extract(html) or ""
    assert "Novi plan prijevoza" in text and "Gradonačelnik" in text
    assert "Telegramu" not in text


def test_live_blog_entry_stamps_leave_the_text() -> None:
    # fresh-user report 17, kind H5: "<div class=entry><time>13:40</time><p>...</p></div>"
    record = clean(H5_ID)
    assert not any(s in record["text"] for s in ("14:05", "13:40", "13:15"))
    assert [(r["rule"], r["text"]) for r in record["removed"]] == [
        ("heuristic.entry-stamp", "14:05"), ("heuristic.entry-stamp", "13:40"),
        ("heuristic.entry-stamp", "13:15")]
    assert record["text"].count("\n\n") == 2  # the three entries' paragraphs stay


def test_stamps_in_paragraphs_of_their_own_leave_the_text() -> None:
    # (a variant: "<p class=stamp>09.40</p><p>...</p>", the time with a point)
    record = clean(H5_MS)
    assert [r["text"] for r in record["removed"] if r["rule"] == "heuristic.entry-stamp"] == [
        "09.40", "09.15", "08.50"]


def test_an_advert_label_repeated_between_paragraphs_leaves_the_story() -> None:
    # fresh-user report 17, kind H4: a one-word block between paragraphs, twice on the page
    record = clean(H4_ZU)
    assert "Isikhangiso" not in record["text"]
    assert [r["rule"] for r in record["removed"]] == ["heuristic.ad-label"] * 2
    assert record["text"].count("\n\n") == 3


def test_an_advert_label_marked_by_its_class_leaves_the_story() -> None:
    # (a variant: once on the page, in a div classed "ad-label")
    record = clean(H4_XH)
    assert "Intengiso" not in record["text"]
    assert [r["rule"] for r in record["removed"]] == ["heuristic.ad-label"]


def test_an_interviews_speaker_names_in_bold_stay() -> None:
    # (what the advert-label test must not take: a name set in bold before each answer)
    answer = ("Jawaban yang panjang tentang migrasi, tentang geografi dan tentang sejarah panjang "
              "negara-negara di kawasan ini.")
    question = ("Pertanyaan pertama tentang migrasi dan bagaimana kebijakan pemerintah berubah "
                "selama sepuluh tahun terakhir ini?")
    body = "".join(f"<p><strong>Rina Wati</strong></p><p>{question}</p>"
                   f"<p><strong>Budi Santoso</strong></p><p>{answer}</p>" for _ in range(2))
    record = clean(f"<html><body><article><h1>Wawancara tentang migrasi</h1><p>{answer}</p>{body}"
                   "</article></body></html>")
    assert record["text"].count("Rina Wati") == 2
    assert record["removed"] == []
