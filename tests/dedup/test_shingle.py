"""Normalisation and shingle hashing."""

from __future__ import annotations

import numpy as np

from declutter.dedup.shingle import normalise, shingle_hashes, shingles

TEXTS = [
    "Hello, World! This is a TEST of the thing.",
    "",
    "one two",
    "Ünïcode Straße ﬁne, café—déjà vu! 東京 は 大きい",
    "under_score  tabs\tand\nnewlines ... (and) [brackets]",
    "   ...   ",
]


def test_normalise_folds_case_unicode_and_punctuation():
    assert normalise("Hello,   World!\n\nIt's  ﬁne_ok") == "hello world it s fine ok"
    assert normalise("STRASSE Straße") == "strasse strasse"
    assert normalise("  --  ") == ""


def test_hashes_of_raw_and_normalised_text_are_equal():
    raw, raw_offsets = shingle_hashes(TEXTS, 3)
    norm, norm_offsets = shingle_hashes([normalise(t) for t in TEXTS], 3)
    assert np.array_equal(raw, norm)
    assert np.array_equal(raw_offsets, norm_offsets)


def test_one_hash_per_shingle_and_equal_shingles_hash_equal():
    hashes, offsets = shingle_hashes(TEXTS, 3)
    for i, text in enumerate(TEXTS):
        own = hashes[offsets[i] : offsets[i + 1]]
        assert len(set(own.tolist())) == len(shingles(text, 3))
    # "hello world this" appears in text 0 and in a new text at another position
    other, _ = shingle_hashes(["say hello world this now"], 3)
    assert len(set(other.tolist()) & set(hashes[offsets[0] : offsets[1]].tolist())) == 1


def test_short_and_empty_texts():
    hashes, offsets = shingle_hashes(["", "one two", "   "], 3)
    assert offsets.tolist() == [0, 0, 1, 1]
    assert len(hashes) == 1


def test_hashes_do_not_depend_on_the_batch():
    alone, _ = shingle_hashes([TEXTS[3]], 2)
    batch, offsets = shingle_hashes(TEXTS, 2)
    assert np.array_equal(alone, batch[offsets[3] : offsets[4]])


def test_word_order_matters_within_a_shingle():
    a, _ = shingle_hashes(["alpha beta gamma"], 3)
    b, _ = shingle_hashes(["gamma beta alpha"], 3)
    assert a[0] != b[0]


def test_invisible_characters_join_words_as_a_reader_sees_them():
    plain = "Der Stadtrat hat für ein Jahr die Mühle gekauft"
    hidden = ("\ufeffDer Stadt\u00adrat hat\u00a0f\u0075\u0308r ein Jahr die Mu\u0308h\u2060le "
              "ge\u200bkauft\u200e")
    assert normalise(hidden) == normalise(plain)
    assert shingle_hashes([hidden], 3)[0].tolist() == shingle_hashes([plain], 3)[0].tolist()
    # Joiners inside Persian words stay (they change the word); digits still count.
    assert normalise("می\u200cخواهم") == "می\u200cخواهم"
    assert normalise("Pegel 312 cm") != normalise("Pegel 244 cm")
