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
