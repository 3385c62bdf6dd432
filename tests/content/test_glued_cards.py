# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Teaser cards glued on one dump line (:mod:`declutter.content.glued_cards`; session 11,
fresh17 kind D3)."""

from __future__ import annotations

from declutter import clean_text

GLUED_CARDS = [
    'Imvula enkulu yonakalise iindlela eMthatha',
    'Iindaba · iiyure ezi-2 ezidlulileyo',
    'Imvula enkulu ebiqhubeka ubusuku bonke yonakalise iindlela ezininzi eMthatha nakwiilali ezikufutshane.',
    'Umasipala uthe uza kuqalisa ukulungisa iindlela kule veki izayo, kodwa abahlali bacela uncedo ngokukhawuleza.',
    'Amanqaku anxulumeneyo: Isikolo esitsha sivuliwe eQonce (Daily Dispatch, iiyure ezi-4 ezidlulileyo) • Amaxabiso okutya anyukile (Isolezwe, izolo) • Ibhulorho entsha eMonti (GroundUp, iintsuku ezi-3 ezidlulileyo)',
]


def test_cards_glued_on_one_line_are_teasers() -> None:
    """D3: a related box flattened to one line under its label (Xhosa), "Label: Title
    (Source, age) • Title (Source, age) • ...", ages no reader knows ("iiyure ezi-4
    ezidlulileyo", "izolo"): each card is a teaser, the label dropped, the line no story."""
    record = clean_text("\n".join(GLUED_CARDS) + "\n", id="glued-cards")
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        ("Isikolo esitsha sivuliwe eQonce", "Daily Dispatch", "iiyure ezi-4 ezidlulileyo"),
        ("Amaxabiso okutya anyukile", "Isolezwe", "izolo"),
        ("Ibhulorho entsha eMonti", "GroundUp", "iintsuku ezi-3 ezidlulileyo"),
    ]
    assert record.text.endswith("ngokukhawuleza.")
    assert [r.text for r in record.removed if r.rule == "heuristic.glued-teasers"] == ["Amanqaku anxulumeneyo:"]


def test_a_line_of_bracketed_counts_is_no_glued_cards() -> None:
    """Pieces whose bracketed pairs hold no age column (names in both places) are no cards:
    the line stays whole."""
    line = "Abadlali abatsha: Sipho Dlamini (Bucks, Durban) • Thabo Nkosi (Chiefs, Soweto)"
    record = clean_text("\n".join([*GLUED_CARDS[:4], line]) + "\n", id="no-glued")
    assert record.teasers == [] and line in [record.text.split("\n\n")[-1], *(r.text for r in record.removed)]
