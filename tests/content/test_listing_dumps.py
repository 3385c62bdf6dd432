# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""A listing dump, a front page of cards and no story (declutter.content.listing_dumps): every
card a teaser, ``text`` empty (fresh-user 13 kind D6), on small Faroese pages of our own."""

from __future__ import annotations

from declutter import clean_text

_CARDS = [("Nýggjur skúli letur upp í Klaksvík", "Portal · 2 tímar síðan",
           "Skúlin hevur pláss fyri trý hundrað næmingar og varð bygdur á tveimum árum."),
          ("Fiskiskip kom heim við metveiðu", "Nordlýsið · í gjár",
           "Skipið hevði verið úti í fýra vikur á Íslandsmiðum og landaði í Fuglafirði."),
          ("Nýtt ferjuskip siglir til Suðuroyar", "KVF · 5 tímar síðan",
           "Ferjan tekur tvey hundrað bilar og siglir tvær ferðir um dagin.")]


def test_a_front_page_of_cards_is_a_listing_not_its_first_card() -> None:
    dump = "Vikublaðið forsíða\n" + "\n\n".join(f"{t}\n{m}\n{x}" for t, m, x in _CARDS) + "\n"
    record = clean_text(dump)
    assert record.text == ""
    assert [(t.title, t.source, t.age, t.text) for t in record.teasers] == [
        ("Nýggjur skúli letur upp í Klaksvík", "Portal", "2 tímar síðan", _CARDS[0][2]),
        ("Fiskiskip kom heim við metveiðu", "Nordlýsið", "í gjár", _CARDS[1][2]),
        ("Nýtt ferjuskip siglir til Suðuroyar", "KVF", "5 tímar síðan", _CARDS[2][2])]


def test_a_story_over_cards_of_another_layout_stays_a_story() -> None:
    """One paragraph under its headline and byline, then cards with no excerpt: a story."""
    story = ("Landsstýrið hevur samtykt eina nýggja ætlan fyri almenna ferðslu, sum fer at "
             "byrja í mars komandi ár og broyta fleiri bussleiðir í Havn.")
    cards = "\n\n".join(f"{t}\n{m}" for t, m, _ in _CARDS)
    record = clean_text(f"Nýggj ætlan fyri bussar í Havn\nPortal · 1 tími síðan\n{story}\n\n{cards}\n")
    assert record.text == story


# a front page whose first card is a sentence (:func:`declutter.content.listing_dumps.footed_cards`;
# session 11, fresh17 kind D10)
FOOTED_FRONT_PAGE = [
    'Nūhela Manuʻa',
    'Nā moʻolelo nui o kēia lā',
    'Ua wehe ʻia he kula ʻōlelo Hawaiʻi hou ma Hilo i kēia lā, a ʻoi aku ma mua o ʻelua haneli nā haumāna i kākau inoa.',
    'Ka Wai Ola · 5 hola i hala',
    'Ua lanakila ka hui pōpeku o Kahului',
    'Hawaii News · 3 hola i hala',
    'He mau nūhou hou e pili ana i ke aniau',
    'Star Advertiser · 1 hola i hala',
]


def test_a_front_page_whose_first_card_is_a_sentence_is_a_listing() -> None:
    """D10: a front page (Hawaiian) under its section heading, the first card a sentence over
    "Source · age", the others a headline each over a meta line of the same layout: the
    sentence is the first card's title, not the page's story, and the heading no title."""
    record = clean_text("\n".join(FOOTED_FRONT_PAGE) + "\n", id="footed-front")
    assert record.text == "" and record.title is None
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        (FOOTED_FRONT_PAGE[2], "Ka Wai Ola", "5 hola i hala"),
        ("Ua lanakila ka hui pōpeku o Kahului", "Hawaii News", "3 hola i hala"),
        ("He mau nūhou hou e pili ana i ke aniau", "Star Advertiser", "1 hola i hala"),
    ]


def test_a_story_paragraph_over_cards_whose_meta_line_heads_them_stays_a_story() -> None:
    """One paragraph under its headline and byline, then cards "Source · age" / "Title": the
    meta line under the paragraph heads the first card (the last title hangs alone under the
    last meta line), so the paragraph is the story."""
    lines = ["Ua wehe ʻia he kula hou ma Hilo", "Ka Wai Ola · 1 hola i hala", FOOTED_FRONT_PAGE[2],
             "Hawaii News · 3 hola i hala", "Ua lanakila ka hui pōpeku o Kahului",
             "Star Advertiser · 4 hola i hala", "He mau nūhou hou e pili ana i ke aniau",
             "KITV · 6 hola i hala", "Ua hoʻokuʻu ʻia nā iʻa hou i ke kai"]
    record = clean_text("\n".join(lines) + "\n", id="headed-cards")
    assert record.text == FOOTED_FRONT_PAGE[2]
    assert len(record.teasers) == 3
