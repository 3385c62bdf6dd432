# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""A reader comment with no "Comments" heading above it, right after the story, is no story:
a name line, the comment, then a reaction row ("Like · Reply · 2h": short action words set
apart by "·", maybe an age) say so in any language, with no word list."""

from __future__ import annotations

import pytest

from declutter import clean_text

EN = [
    "The county library service will open its three branch libraries on Sundays from next month, the first change to opening hours in a decade.",
    "Volunteers from the Friends of Ashcombe Library will staff the desks in the afternoons, while paid staff cover the mornings.",
    "Library managers said Sunday opening had been the most common request in last year's survey of readers.",
]
DE = [
    "Die Stadtwerke erneuern ab Montag die Wasserleitungen in der Lindenstraße, die Arbeiten sollen bis Ende Oktober dauern.",
    "Anwohner können ihre Grundstücke weiterhin erreichen, für den Durchgangsverkehr bleibt die Straße jedoch gesperrt.",
]
JA = [
    "町は来月から、駅と病院を結ぶ循環バスの本数を一日八便から十二便に増やすと発表した。",
    "高齢者の通院の足を確保するための措置で、運賃は据え置くという。",
]
CASES = {  # story, the comment lines after it
    "en-one": (EN, ["bookworm_88", "Finally, I have been asking for this since my kids were small.", "Like · Reply · 3h"]),
    "en-two-with-counts": (EN, ["Dan Whitley", "Sunday afternoons are when most of us actually have time to read, so this is a long overdue change.", "4 Like · Reply · 5h",
                                "jo_k", "Will the children's section be open as well on those days?", "Like · Reply · 6h"]),
    "en-two-line-comment-rows-without-age": (EN, ["R. Patel", "Good news for the town.", "Shame it took ten years to get here though.", "Like · Reply · Report",
                                                   "mo", "Agreed!", "Like · Reply · Report"]),
    "de": (DE, ["anwohnerin_23", "Hoffentlich wird danach endlich auch der Gehweg neu gemacht.", "Gefällt mir · Antworten · vor 2 Std."]),
    "ja": (JA, ["さくら", "通院に使っているので本当に助かります。", "いいね · 返信 · 4時間前"]),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_comment_without_a_heading_after_the_story_is_no_story(name: str) -> None:
    story, comments = CASES[name]
    dump = "\n".join(["Headline of the local story today", *story, *comments]) + "\n"
    record = clean_text(dump, id=name)
    assert record.text.split("\n\n") == story
    removed = {r.text for r in record.removed or []}
    assert set(comments) <= removed


def test_a_byline_row_under_the_last_paragraph_cuts_no_story() -> None:
    # a paragraph, then a short line and a row of words: no reaction row after a name line
    lines = [*EN[:2], "Sunday hours", EN[2], "Ashcombe Library · Opening hours · Reading"]
    record = clean_text("\n".join(["Headline of the local story today", *lines]) + "\n", id="x")
    assert record.text.split("\n\n")[-1] == EN[2]


TR = [
    "İzmir Büyükşehir Belediyesi, Karşıyaka ile Bornova arasında yeni bir tramvay hattı için ihale açtığını duyurdu.",
    "Yaklaşık on iki kilometre uzunluğundaki hattın on altı durağı olacak ve inşaatın iki yıl sürmesi bekleniyor.",
    "Belediye başkanı, projenin maliyetinin büyük bölümünün Avrupa Yatırım Bankası kredisiyle karşılanacağını söyledi.",
]
TR_COMMENTS = {  # one-line comments "Name: comment — age", no heading over them
    "full-stops": ["Mehmet: Çok güzel, artık işe yarım saatte giderim. — 1 saat önce",
                   "Ayşe: Duraklar güzel ama seferler az olacak gibi. — 2 saat önce",
                   "Emre: Buca da bekliyor, unutmayın lütfen. — 3 saat önce"],
    "exclaimed": ["Mehmet: Çok güzel, artık işe yarım saatte giderim! — 1 saat önce",
                  "Ayşe: Seferler yeterli olacak mı acaba? — 2 saat önce",
                  "Emre: Buca da bekliyor, unutmayın lütfen! — 3 saat önce"],
}


@pytest.mark.parametrize("comments", TR_COMMENTS.values(), ids=TR_COMMENTS.keys())
def test_one_line_comments_with_ages_and_no_heading_are_no_story_nor_teasers(comments: list[str]) -> None:
    dump = "\n".join(["İzmir'e yeni tramvay hattı geliyor", "Ege Haber · 5 saat önce", *TR, *comments]) + "\n"
    record = clean_text(dump, id="izmir")
    assert record.text.split("\n\n") == TR
    assert record.teasers == []
    assert [r.text for r in record.removed or [] if r.rule == "heuristic.comments"] == comments


def test_labelled_cards_with_ages_after_the_story_stay_teasers() -> None:
    # "Topic: Title — age": a title ends in no sentence end, a comment does
    cards = ["Spor: Göztepe deplasmanda üç puanı aldı — 1 saat önce",
             "Ekonomi: Limanda konteyner trafiği yüzde on arttı — 2 saat önce",
             "Kültür: Kordon'da açık hava sineması başlıyor — 4 saat önce"]
    dump = "\n".join(["İzmir'e yeni tramvay hattı geliyor", "Ege Haber · 5 saat önce", *TR, *cards]) + "\n"
    record = clean_text(dump, id="izmir-cards")
    assert record.text.split("\n\n") == TR
    assert len(record.teasers) == 3


PL_SHARED = """\
Nowy most na Wiśle otwarty dla kierowców
Gazeta Pomorska · 3 godziny temu
Po trzech latach budowy nowy most na Wiśle w Grudziądzu został w poniedziałek otwarty dla ruchu samochodowego.
Według zarządu dróg przeprawa skróci dojazd do strefy przemysłowej o kilkanaście minut i odciąży stary most.
Koszt inwestycji wyniósł ponad czterysta milionów złotych, z czego większość pokryły fundusze unijne.
Udostępnij: Facebook | X | WhatsApp
Anna Kowalska: Nareszcie, czekaliśmy na to całe lata! — 1 godz.
Piotr Nowak: Ciekawe, ile będzie kosztował przejazd. — 40 min
Ewa Zielińska: A gdzie ścieżka rowerowa, pytam się? — 15 min
"""


def test_aged_comments_under_a_share_row_are_comments() -> None:
    """One-line comments "Name: text — age" right under a share row (kind D4) are comments as
    they are alone: the chrome row between the story and them does not make them teasers."""
    record = clean_text(PL_SHARED)
    assert record.teasers == []
    assert [r.rule for r in record.removed if r.text.startswith(("Anna", "Piotr", "Ewa"))] == [
        "heuristic.comments"] * 3
    assert "Nareszcie" not in record.text
