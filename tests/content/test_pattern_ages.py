"""A teaser pattern's age field reads ages as the card reader does, and one card whose age
no reader knows does not void the rest of its list (issue 12, round 3)."""

from __future__ import annotations

from pathlib import Path

from declutter.blocks import Page, text_to_blocks
from declutter.ruleset.engine import RuleSet
from declutter.ruleset.load import load_files

RULES = """\
rules:
  - id: t.picks
    description: picks
    match: {text: Unsere Auswahl}
    action: teasers
    pattern:
      - field: line
        match: {regex: '^(?P<title>.+) — (?P<source>[^,]+), (?P<age>[^,]+)$'}
"""

STORY = "Die Fähre nach Helgoland fällt wegen des Sturms bis Freitag aus, teilte die Reederei mit.\n"


def _teasers(tmp_path: Path, cards: str) -> list[tuple[str, str, str]]:
    (tmp_path / "r.yaml").write_text(RULES, "utf-8")
    page = Page("t", "text", text_to_blocks(STORY + "Unsere Auswahl\n" + cards))
    RuleSet(load_files([tmp_path / "r.yaml"])).apply(page)
    return [(t["title"], t["source"], t["age"]) for t in (page.teasers[i] for i in sorted(page.teasers))]


def test_an_age_field_takes_what_the_card_age_reader_reads(tmp_path: Path) -> None:
    # "vorgestern" is read by dateparser, not by the regexes: the first card is still a card
    cards = ("Neue Radbrücke über die Trave — Lübecker Blatt, vorgestern\n"
             "Hafenfest zieht viele an — Küstenbote, gestern\n")
    assert _teasers(tmp_path, cards) == [
        ("Neue Radbrücke über die Trave", "Lübecker Blatt", "vorgestern"),
        ("Hafenfest zieht viele an", "Küstenbote", "gestern"),
    ]


def test_a_card_whose_age_no_reader_knows_does_not_void_the_list(tmp_path: Path) -> None:
    # "Weihnachtszeit" is no age: that card is left to the other rules, the rest are read
    cards = ("Neue Radbrücke über die Trave — Lübecker Blatt, Weihnachtszeit\n"
             "Hafenfest zieht viele an — Küstenbote, gestern\n"
             "Stadtrat beschließt neues Parkkonzept — Husumer Blatt, vor 3 Stunden\n"
             "Diese Zeile ist keine Karte mehr.\n"
             "Noch eine Karte danach — Inselbote, gestern\n")
    assert _teasers(tmp_path, cards) == [
        ("Hafenfest zieht viele an", "Küstenbote", "gestern"),
        ("Stadtrat beschließt neues Parkkonzept", "Husumer Blatt", "vor 3 Stunden"),
    ]
