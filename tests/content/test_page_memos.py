"""Per-page memos of the dump reader: answers kept for one page, the same as asked anew."""

from __future__ import annotations

from declutter import clean_text
from declutter.blocks import text_to_blocks
from declutter.content import page_memos
from declutter.content.ages import is_age_fast
from declutter.content.card_lines import byline_names
from declutter.content.dump_bylines import _NAMES, byline_pieces
from declutter.content.line_shapes import shapes_of

PAGE = """Harbour cranes stand idle as the dock strike enters its second week
By Ann Lee · Port Ledger · 3h
The strike at the container terminal has left forty ships waiting offshore, the port said on Monday.
Union leaders said talks with the operators would resume later this week, but no date has been set for a vote.
"""


def test_a_memo_answers_as_the_function_does_and_is_emptied_by_a_new_page() -> None:
    blocks = text_to_blocks(PAGE)
    shapes = shapes_of(blocks)
    page_memos.new_page()
    for b in blocks:
        first = byline_pieces(b, shapes)
        assert byline_pieces(b, shapes) == first  # (asked again: the memo's answer)
        if first is not None:
            assert first == byline_names(b.text, is_age_fast)
    assert _NAMES
    page_memos.new_page()
    assert not _NAMES


def test_a_memo_stays_bounded_without_new_pages() -> None:
    memo = page_memos.page_memo()
    for k in range(page_memos.MEMO_LINES + 10):
        page_memos.remember(memo, f"line {k}", k)
    assert len(memo) <= page_memos.MEMO_LINES


def test_pages_read_in_turn_give_the_records_read_alone() -> None:
    other = "Ostatnie wiadomości\nJan Kowalski · Gazeta Portowa · 2 godz.\n" + PAGE.split("\n", 2)[2]
    alone = clean_text(PAGE).to_dict(), clean_text(other).to_dict()
    for _ in range(2):  # (each page's memos emptied by the next)
        assert (clean_text(PAGE).to_dict(), clean_text(other).to_dict()) == alone
