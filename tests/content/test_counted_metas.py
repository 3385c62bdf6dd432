# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Meta lines of counts read by their repetition (:mod:`declutter.content.counted_metas`)."""

from __future__ import annotations

import pytest

from declutter import clean_text

MG_STORY = [
    "Nosokafana androany ny lalana vaovao mampitohy an'Antananarivo sy Toamasina, taorian'ny asa naharitra telo taona.",
    "Nilaza ny minisitra fa hanafaingana ny fitaterana entana sy olona ity lalana ity, indrindra amin'ny fotoam-pijinjana.",
    "Nankasitraka ny fanokafana ireo mpivarotra any an-tsena, izay nilaza fa hihena ny vidin'ny fitaterana.",
]
MG_CARDS = [
    ("Hitombo ny vidin'ny vary any Antsirabe", "Midi Madagasikara"),
    ("Mpianatra maro no nahazo ny bakalorea tamin'ity taona ity", "Newsmada"),
    ("Hanomboka ny fambolena voanio any Sambava", "Midi Madagasikara"),
]


def test_cards_whose_meta_lines_give_counts_no_age_keep_their_sources() -> None:
    # Malagasy (fresh-user report 14, kind D2): "Source · hevitra 12 · minitra 5 famakiana"
    # under each title is the card's meta line, its counts no age, whatever their words
    lines = ["Nosokafana ny lalana vaovao Antananarivo-Toamasina", *MG_STORY, "Vaovao hafa"]
    for n, (title, source) in enumerate(MG_CARDS):
        lines += [title, f"{source} · hevitra {3 * n + 4} · minitra {n + 2} famakiana"]
    record = clean_text("\n".join(lines) + "\n", id="mg-counts")
    assert record.text.split("\n\n") == MG_STORY
    assert [(t.title, t.source, t.age) for t in record.teasers] == [(*c, None) for c in MG_CARDS]


def test_a_card_with_an_age_after_a_counted_list_is_read_at_the_lists_stride() -> None:
    # the same list with one more card whose line gives an age after the same mark ("ora 6
    # lasa", words no age reader knows): its source and its age
    lines = ["Nosokafana ny lalana vaovao Antananarivo-Toamasina", *MG_STORY, "Vaovao hafa"]
    for n, (title, source) in enumerate(MG_CARDS):
        lines += [title, f"{source} · hevitra {3 * n + 4} · minitra {n + 2} famakiana"]
    lines += ["Nisondrotra ny vidin'ny solika any Mahajanga", "Newsmada · ora 6 lasa"]
    record = clean_text("\n".join(lines) + "\n", id="mg-counts-aged")
    assert record.text.split("\n\n") == MG_STORY
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        *((*c, None) for c in MG_CARDS), ("Nisondrotra ny vidin'ny solika any Mahajanga", "Newsmada", "ora 6 lasa")]


SW_STORY = [
    "Serikali ya Tanzania imetangaza mpango mpya wa kujenga reli ya kisasa kutoka Dar es Salaam hadi Mwanza mwaka ujao.",
    "Waziri wa uchukuzi alisema mradi huo utagharimu shilingi trilioni kumi na utakamilika ndani ya miaka minne.",
    "Wakazi wa mikoa ya kati wamepokea habari hiyo kwa furaha, wakisema usafiri utakuwa rahisi na wa bei nafuu.",
]
SW_CARDS = [("Bei ya mafuta yapanda tena mjini Arusha", "Habari Leo"),
            ("Timu ya taifa yajiandaa kwa mechi ya kirafiki", "Mwananchi"),
            ("Mvua kubwa yasababisha mafuriko Morogoro", "Habari Leo")]


@pytest.mark.parametrize("marker", ["", "* "])
def test_counted_meta_lines_set_as_list_items_are_read(marker: str) -> None:
    # Swahili, written for these tests: "Source · maoni 4 · dakika 2 za kusoma" under each
    # title, each line a list item ("* "): the line's shape is read without its marker, and
    # its counts hold digits all the same (the pass skips the lines whose shape holds none)
    lines = ["Reli mpya ya kisasa kujengwa hadi Mwanza", *SW_STORY, "Habari nyingine"]
    for n, (title, source) in enumerate(SW_CARDS):
        lines += [f"{marker}{title}", f"{marker}{source} · maoni {3 * n + 4} · dakika {n + 2} za kusoma"]
    record = clean_text("\n".join(lines) + "\n", id="sw-counts")
    assert record.text.split("\n\n") == SW_STORY
    assert [(t.title, t.age) for t in record.teasers] == [(title, None) for title, _ in SW_CARDS]
