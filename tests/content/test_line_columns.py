"""A dump's column of card ages (declutter.content.line_columns): a day word between two
numbered ages in another unit ("3 hours ago", "yesterday", "2 days ago") is the column's, and
the list is read whole (fresh-user 13 kind D2), on a small Maltese page of our own."""

from __future__ import annotations

from declutter import clean_text

_STORY = "\n".join((
    "Il-Gvern ħabbar il-bieraħ pjan ġdid għat-trasport pubbliku li se jibda f'Marzu tas-sena "
    "d-dieħla u jbiddel diversi rotot tal-karozzi tal-linja fil-Belt.",
    "Skont il-pjan, il-karozzi tal-linja se jgħaddu kull ħames minuti fil-ħinijiet l-aktar "
    "impenjati, filgħodu u filgħaxija.",
    "Il-Ministru qal li l-għan hu li jitnaqqas it-traffiku fiċ-ċentru u li aktar nies jużaw "
    "it-trasport pubbliku biex imorru x-xogħol.",
))


def test_a_day_word_between_numbered_ages_of_two_units_keeps_the_list() -> None:
    dump = (f"Pjan ġdid għat-trasport pubbliku\n{_STORY}\nAħbarijiet oħra\n"
            "Il-port ta' Marsaxlokk jiġi mkabbar (Times of Malta, 3 sigħat ilu)\n"
            "Rebħa kbira għat-tim nazzjonali (Il-Mument, ilbieraħ)\n"
            "Jinfetaħ mużew ġdid fl-Imdina (Newsbook, 2 jiem ilu)\n"
            "© 2026 Aħbarijiet\n")
    record = clean_text(dump)
    assert [(t.source, t.age) for t in record.teasers] == [
        ("Times of Malta", "3 sigħat ilu"), ("Il-Mument", "ilbieraħ"), ("Newsbook", "2 jiem ilu")]
    assert "Marsaxlokk" not in record.text
