# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Ages alone on their line in a dump's multi-line cards whose words change with the unit
(declutter.content.alone_ages; fresh-user 13 kind D2), on a small Sepedi page of our own."""

from __future__ import annotations

from declutter import clean_text

_STORY = "\n".join((
    "Mmasepala wa Polokwane o tsebišitše gore o tla thoma go aga tsela ye mpsha ya go ya "
    "Seshego ka kgwedi ya Matšhe ngwageng wo o tlago.",
    "Go ya ka mmušo wa selegae, tsela ye e tla fediša mathata a sephethephethe ao badudi ba "
    "bego ba lebane le ona mengwaga ye mentši.",
    "Badudi ba re ba thabile kudu ka morero wo, gomme ba holofela gore mešomo e tla thongwa "
    "ka nako ye e beilwego.",
))


def test_numbered_ages_whose_agreeing_words_change_are_a_column() -> None:
    dump = (f"Tsela ye mpsha ya Seshego\n{_STORY}\nDitaba tše dingwe\n"
            "1.\nTheko ya peterole e theogile ka Limpopo\nThobela FM\ndiiri tše 3 tše fetilego\n"
            "2.\nSekolo se seswa se bulwa Mankweng\nPolokwane Observer\nmaabane\n"
            "3.\nDikgau tša bokgabo di abilwe Lebowakgomo\nCapricorn FM\nmatšatši a 2 a fetilego\n")
    record = clean_text(dump)
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        ("Theko ya peterole e theogile ka Limpopo", "Thobela FM", "diiri tše 3 tše fetilego"),
        ("Sekolo se seswa se bulwa Mankweng", "Polokwane Observer", "maabane"),
        ("Dikgau tša bokgabo di abilwe Lebowakgomo", "Capricorn FM", "matšatši a 2 a fetilego")]
    assert "Thobela" not in record.text


LV_DAY_CARDS = [  # one field a line; the first two ages day words, the third numbered
    'Rīgas bibliotēka atver jaunu zāli mazākumtautību valodām',
    'Rīgas pilsētas bibliotēka vakar atvēra jaunu zāli reģiona mazākumtautību valodām, kurā ir vairāk nekā trīs tūkstoši grāmatu.',
    'Bibliotēkas direktore sacīja, ka zāle ir pirmā šāda veida valstī un ka tajā katru nedēļu notiks bezmaksas kursi pieaugušajiem.',
    'Lasiet arī',
    'Cēsu muzejs pēc restaurācijas atkal atvērts',
    'Druva',
    'šodien',
    'Restaurācija izmaksāja divus miljonus.',
    'Jauns tilts pār Daugavu Jēkabpilī',
    'Brīvā Daugava',
    'vakar',
    'Tilts tiks atvērts martā.',
    'Valodu festivāls Liepājā ilgs trīs dienas',
    'Kurzemes Vārds',
    'pirms 3 dienām',
    'Trīs dienas ar koncertiem.',
]


def test_day_words_before_a_list_s_first_numbered_age_are_its_first_ages() -> None:
    """fresh16 D4 (Interlingua, "hodie", "heri", "3 dies retro"): a list runs from the newest
    card, so its day words ("today", "yesterday") stand before its numbered ages; with one
    numbered age only, the column was no column and the list no teasers. Two different day
    words or more right before the first numbered age, one card's stride apart, all of the
    column in lower case, each right under a card's source, are the first cards' ages."""
    record = clean_text("\n".join(LV_DAY_CARDS) + "\n", id="lv-day-cards")
    assert [(t.title, t.source, t.age, t.text) for t in record.teasers] == [
        ("Cēsu muzejs pēc restaurācijas atkal atvērts", "Druva", "šodien", "Restaurācija izmaksāja divus miljonus."),
        ("Jauns tilts pār Daugavu Jēkabpilī", "Brīvā Daugava", "vakar", "Tilts tiks atvērts martā."),
        ("Valodu festivāls Liepājā ilgs trīs dienas", "Kurzemes Vārds", "pirms 3 dienām", "Trīs dienas ar koncertiem."),
    ]
    assert [r.text for r in record.removed] == ["Lasiet arī"]
