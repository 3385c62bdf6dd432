# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""A list of two cards whose ages are in a language no reader knows (issues 12/13 kind 3, seen
in Hausa): each card's title over its source and age, the two ages the same but for their
rising number, is a list all the same. A dump of our own in Somali."""

from __future__ import annotations

import json

import declutter

SO = [
    "Dowladda ayaa bilowday dhismaha buundada cusub ee webiga",
    "Dowladda gobolka ayaa Isniintii bilowday dhismaha buundada cusub ee isku xiraysa labada magaalo ee webiga dhinacyadiisa ku yaal.",
    "Mashruucan ayaa lagu qiyaasay lacag badan, waxaana la filayaa in la dhammeeyo laba sano gudahood, sida ay sheegeen injineerada.",
    "Dadka deegaanka ayaa sheegay in buundadu ay fududayn doonto socodka suuqa.",
    "Warar la xiriira",
    "Biyaha webiga ayaa bilaabay inay hoos u dhacaan",
    "Wargeyska Waqooyi · 2 saacadood ka hor",
    "Ardayda ayaa helay buugaag cusub oo waxbarasho",
    "Wargeyska Waqooyi · 5 saacadood ka hor",
    "Xuquuqda daabacaadda 2026 Wargeyska Waqooyi",
]


def test_two_cards_whose_ages_no_reader_knows_are_a_list() -> None:
    record = json.loads(declutter.extract("\n".join(SO), output_format="json", input_format="text"))
    assert [(t["title"], t["age"]) for t in record["teasers"]] == [
        ("Biyaha webiga ayaa bilaabay inay hoos u dhacaan", "2 saacadood ka hor"),
        ("Ardayda ayaa helay buugaag cusub oo waxbarasho", "5 saacadood ka hor"),
    ]
    assert "Biyaha" not in record["text"]
