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
