# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Runs of cards in a dump read by their layout (:mod:`declutter.content.card_runs`)."""

from __future__ import annotations

from declutter import clean_text

GU_STORY = [
    "સુરતમાં નવું બસ સ્ટેશન શરૂ થયું",
    "સુરતમાં નવું બસ સ્ટેશન આજથી શરૂ થયું છે, અને રોજ ત્રણ હજારથી વધુ બસો અહીં આવશે એમ નગરપાલિકાના અધિકારીઓએ જણાવ્યું.",
    "નવા સ્ટેશનમાં પીવાનું પાણી, શૌચાલય અને બેસવાની જગ્યા છે, અને મુસાફરો ખુશ છે એવું અહેવાલ કહે છે.",
    "આવતા વર્ષે વડોદરામાં પણ આવું સ્ટેશન બાંધવામાં આવશે એમ મંત્રીએ કહ્યું.",
    "વધુ વાંચો",
]


def test_a_card_with_a_short_title_has_its_source_where_its_list_has_it() -> None:
    """fresh16 D6 (Tulu): among one-line cards "Title — Source · age" (ages no reader knows,
    in the script's digits), a card whose title is two words ("ભાવનગર બંદર") is no card by
    itself, and its list's repetition read it with its source inside its title. Most cards of
    the run set title and source apart by one separator: the card's piece after it is its
    source."""
    cards = ["રાજકોટમાં નવરાત્રી ઉત્સવની તૈયારી — સૌરાષ્ટ્ર સમાચાર · ૪ કલાક પહેલાં",
             "ભાવનગર બંદર — દરિયાકાંઠા પત્રિકા · ૭ કલાક પહેલાં",
             "જામનગરમાં નવી શાળા ખુલી — હાલાર સમાચાર · ૯ કલાક પહેલાં"]
    record = clean_text("\n".join(GU_STORY + cards) + "\n", id="gu-cards")
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        ("રાજકોટમાં નવરાત્રી ઉત્સવની તૈયારી", "સૌરાષ્ટ્ર સમાચાર", "૪ કલાક પહેલાં"),
        ("ભાવનગર બંદર", "દરિયાકાંઠા પત્રિકા", "૭ કલાક પહેલાં"),
        ("જામનગરમાં નવી શાળા ખુલી", "હાલાર સમાચાર", "૯ કલાક પહેલાં"),
    ]


def test_a_card_with_a_title_shorter_than_its_source_keeps_its_list_s_order() -> None:
    """The same list with a known age (Swahili): the two-word title beside a source of three
    words was read as the source, the longer piece as the title; the run's order decides."""
    story = ["Kituo kipya cha mabasi chafunguliwa Mombasa",
             "Kituo kipya cha mabasi kimefunguliwa leo mjini Mombasa, na zaidi ya mabasi elfu tatu yatapita hapa kila siku, maafisa wa kaunti walisema.",
             "Kituo hicho kina maji ya kunywa, vyoo na mahali pa kukaa, na wasafiri wamefurahi kwa mujibu wa ripoti.",
             "Waziri alisema kituo kama hicho kitajengwa Malindi mwaka ujao.", "Habari zaidi"]
    cards = ["Tamasha la utamaduni laanza Lamu | Pwani Leo | saa 4 zilizopita",
             "Bandari mpya | Sauti ya Pwani | saa 7 zilizopita",
             "Shule mpya yafunguliwa Kilifi | Habari Pwani | saa 9 zilizopita"]
    record = clean_text("\n".join(story + cards) + "\n", id="sw-cards")
    assert [(t.title, t.source) for t in record.teasers] == [
        ("Tamasha la utamaduni laanza Lamu", "Pwani Leo"), ("Bandari mpya", "Sauti ya Pwani"),
        ("Shule mpya yafunguliwa Kilifi", "Habari Pwani")]
