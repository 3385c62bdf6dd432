# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""A card's meta line with its age and counts after it (issues 12/13 kind 4, seen as "12
comments · 340 views"): "Source · age · count" and "Source · age · count · count" keep the
age the regexes read; a count is neither the card's age nor its title. A dump of our own in
Turkish."""

from __future__ import annotations

import json

import pytest

import declutter

HEAD = [
    "Belediye nehir üzerinde yeni köprünün yapımına başladı",
    "Belediye pazartesi günü nehrin iki yakasını birbirine bağlayacak yeni köprünün yapımına başladı ve çalışmalar hızla sürüyor.",
    "Projenin maliyeti yaklaşık yirmi milyon lira olup mühendislere göre iki yıl içinde tamamlanması bekleniyor.",
    "Mahalle sakinleri köprünün pazara ulaşımı çok kolaylaştıracağını söylüyor.",
    "Diğer haberler",
]
CARDS = [("Nehirde su seviyesi yeniden düşüyor", 2, 12, 340), ("Okullara yeni kitaplar dağıtıldı", 5, 3, 95),
         ("Şehirde yeni otobüsler sefere başladı", 9, 7, 410)]


@pytest.mark.parametrize("views", [False, True])
def test_counts_after_a_cards_age_leave_the_age(views: bool) -> None:
    lines = list(HEAD)
    for title, hours, comments, seen in CARDS:
        lines += [title, f"Irmak Haber · {hours} saat önce · {comments} yorum" + (f" · {seen} görüntülenme" if views else "")]
    record = json.loads(declutter.extract("\n".join(lines), output_format="json", input_format="text"))
    assert [(t["title"], t["source"], t["age"]) for t in record["teasers"]] == [
        (title, "Irmak Haber", f"{hours} saat önce") for title, hours, _, _ in CARDS]


def test_a_clocks_colon_is_no_labels() -> None:
    # a dateline no card reader takes ("Updated 1:39 am EST, Wednesday, ...") is no label
    # "Updated 1:" over a title "39 am ...": a colon between two digits is a clock's
    from declutter.content.line_shapes import shape_of

    assert shape_of("Güncelleme 1:39 TSİ, Çarşamba, 20 Kasım 2019 Saat").shape != "label"
    assert shape_of("Bölüm 2: 5 uygulama ve 5 akıllı saat incelemesi").shape == "label"  # a part's number
