"""The lists of a story's heading section that join it (declutter/content/section_lists.py):
rows of elements as lines, on pages of our own."""

from __future__ import annotations

from declutter.blocks import STORY
from declutter.content.html_story import label_html
from declutter.html import parse_html

HEAD = "<html><head><title>Sup ikan bilis</title></head><body><h1>Sup ikan bilis</h1>"
STEPS = (
    "<div class='langkah'><p>Rebus air bersama bawang putih yang sudah diketuk selama lima minit sehingga "
    "harum, kemudian masukkan ikan bilis dan biarkan mendidih perlahan.</p>"
    "<p>Masukkan sayur dan perasakan dengan garam serta lada sulah, kemudian masak lagi selama tiga minit "
    "sebelum api ditutup dan sup dihidangkan panas bersama nasi.</p></div></body></html>"
)


def labels(rows: str) -> dict[str, tuple[str | None, str | None]]:
    page = parse_html(HEAD + rows + STEPS, id="t", url="https://dapur.example/sup")
    label_html(page)
    return {b.text: (b.label, b.rule) for b in page.blocks}


def test_rows_of_a_name_and_an_amount_are_the_lines_of_a_list() -> None:
    # Malay: ingredient rows <div><p>name</p><p>amount</p></div>, one with a name alone
    got = labels(
        "<div class='bahan'>"
        "<div class='baris'><p>ikan bilis kering</p><p>50 gram</p></div>"
        "<div class='baris'><p>bawang putih</p><p>3 ulas</p></div>"
        "<div class='baris'><p>sawi hijau dipotong</p><p>1 ikat</p></div>"
        "<div class='baris'><p>garam secukup rasa</p></div></div>"
    )
    for line in ("ikan bilis kering", "50 gram", "3 ulas", "garam secukup rasa"):
        assert got[line] == (STORY, "heuristic.section-list")


def test_rows_of_links_stay_out() -> None:
    # the same rows, each a linked title and a count: a menu, not the story's list
    got = labels(
        "<div class='menu'>"
        "<div class='baris'><p><a href='/a'>Resipi ayam masak merah</a></p><p>12</p></div>"
        "<div class='baris'><p><a href='/b'>Resipi kuih lapis sarawak</a></p><p>8</p></div>"
        "<div class='baris'><p><a href='/c'>Resipi nasi lemak pandan</a></p><p>5</p></div></div>"
    )
    assert got["Resipi ayam masak merah"][0] != STORY
