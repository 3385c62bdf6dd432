# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Page-head kinds a fresh user met (issue 12), each on a dump of our own in another language:
a byline on two lines (a name over its age), a byline whose age only ``dateparser`` reads, a
byline set apart by an ideographic space with its date first, a byline with the age first and
the author after, a page of chrome only, a page with no headline."""

from __future__ import annotations

import pytest

from declutter import clean_text

STORY_DE = [
    "Der Stadtrat hat am Dienstagabend nach einer langen Debatte den Bau der neuen Rheinbrücke beschlossen, mit neun Stimmen dafür und vier dagegen.",
    "Die Arbeiten sollen im Frühjahr beginnen und rund elf Monate dauern; in der intensivsten Bauphase sind bis zu sechzig Arbeitsplätze vorgesehen.",
    "Gegner hatten gefordert, das Ufer als Auwald zu erhalten, und auf den Lärm für die Anwohner der Uferstraße hingewiesen.",
    "Die Verwaltung erklärte, der Lärmschutzplan mit einer neuen Hecke und einem öffentlichen Fußweg nehme die meisten Einwände auf.",
]
HEAD_DE = "Stadtrat beschließt Bau der neuen Rheinbrücke bei Speyer"
STORY_FR = [
    "Le conseil municipal a approuvé mardi soir le projet de tramway après un long débat qui s'est prolongé bien après minuit, par neuf voix contre quatre.",
    "Les travaux devraient commencer au printemps et durer environ onze mois, avec jusqu'à soixante emplois pendant la phase la plus chargée du chantier.",
    "Les opposants demandaient que le tracé épargne le parc des Berges et s'inquiétaient du bruit pour les riverains de la rue du Port.",
    "La mairie affirme que le plan paysager, avec une haie d'essences locales et un nouveau sentier public, répond à la plupart de ces craintes.",
]
HEAD_FR = "Le tramway de Valombre franchira la rivière dès 2028"
STORY_ID = [
    "Pemerintah kota menyetujui rencana pembangunan jembatan baru pada Selasa malam setelah perdebatan panjang yang berlangsung hingga lewat tengah malam.",
    "Pekerjaan akan dimulai pada musim kemarau dan berlangsung sekitar sebelas bulan, dengan enam puluh pekerja pada fase tersibuk proyek tersebut.",
    "Warga sekitar sempat meminta agar tepian sungai tetap menjadi hutan kota dan mengeluhkan kebisingan selama pembangunan berlangsung.",
    "Dinas pekerjaan umum menyatakan rencana penataan taman dan jalur pejalan kaki baru telah menjawab sebagian besar keberatan warga.",
]
HEAD_ID = "Pemkot setujui pembangunan jembatan baru di tepi Sungai Kapuas"
STORY_ZH = [
    "市轨道交通集团七日宣布，地铁三号线延伸段将于明年年底前开工建设，新增车站五座，全长约九点六公里。",
    "延伸段总投资较最初估算大幅增加，最新测算已超过一百二十亿元，沿线部分地段的拆迁方案仍在协商之中。",
    "沿线居民对施工噪声和地下水的影响表示担忧，市里表示将在开工前召开听证会，广泛听取各方意见。",
]
HEAD_ZH = "地铁三号线延伸段明年开工　市交通局"


def _dump(*parts: list[str] | str) -> str:
    return "\n".join(line for part in parts for line in ([part] if isinstance(part, str) else part))


@pytest.mark.parametrize(
    ("dump", "title", "meta"),
    [
        # a byline on two lines: a name of three words or more over its age
        (_dump(HEAD_DE, "Redaktion Rheinpfalz Nord", "vor 3 Stunden", STORY_DE), HEAD_DE,
         {"site_name": "Redaktion Rheinpfalz Nord", "age": "vor 3 Stunden"}),
        # ... of two words: the title was right, the name was lost
        (_dump(HEAD_FR, "Courrier Alpin", "il y a 2 heures", STORY_FR), HEAD_FR,
         {"site_name": "Courrier Alpin", "age": "il y a 2 heures"}),
        # an age only dateparser reads, after a plain hyphen: one name beside a relative age
        # names the site (README: "Quayside Post · 2h" gives site_name)
        (_dump(HEAD_ID, "Redaksi Kota - 2 jam yang lalu", STORY_ID), HEAD_ID,
         {"site_name": "Redaksi Kota", "age": "2 jam yang lalu"}),
        # date first, source last, an ideographic space between them
        (_dump(HEAD_ZH, "2026年12月7日 10:32　城市快讯网", STORY_ZH), HEAD_ZH,
         {"author": "城市快讯网", "age": "2026年12月7日 10:32"}),
        # the age first, the author after a joining word
        (_dump(HEAD_DE, "Veröffentlicht vor 6 Stunden von Lena Vogt", STORY_DE), HEAD_DE,
         {"author": "Lena Vogt", "age": "vor 6 Stunden"}),
        (_dump("LE COURRIER ALPIN | L'actualité des vallées", HEAD_FR, "Publié il y a 6 heures par Lucie Morel", STORY_FR),
         HEAD_FR, {"author": "Lucie Morel", "age": "il y a 6 heures"}),
    ],
    ids=["two-lines", "two-lines-two-words", "dateparser-age", "ideographic-space", "age-first", "age-first-masthead"],
)
def test_page_head_byline(dump: str, title: str, meta: dict[str, str]) -> None:
    record = clean_text(dump, id="head")
    assert record.title == title
    assert {k: v for k, v in record.meta.items() if v} == meta
    story = [line for line in dump.splitlines() if line in (*STORY_DE, *STORY_FR, *STORY_ID, *STORY_ZH)]
    assert record.text.split("\n\n") == story


def test_chrome_only_page_is_no_story() -> None:
    dump = _dump(
        "RHEINBLICK",
        "Politik / Wirtschaft / Kultur / Sport",
        "Teilen: Facebook | WhatsApp | E-Mail",
        "Melden Sie sich für unseren täglichen Newsletter an und verpassen Sie nichts mehr.",
        "Anzeige",
        "Impressum - Datenschutz - Kontakt",
        "© 2026 Rheinblick",
    )
    record = clean_text(dump, id="chrome")
    assert record.error == "no story found"
    assert record.text == ""


def test_no_headline_keeps_the_first_paragraph() -> None:
    record = clean_text(_dump(STORY_FR), id="prose")
    assert record.title is None
    assert record.text.split("\n\n") == STORY_FR


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Von Katrin Vogel · vor 2 Stunden", "Katrin Vogel"),  # "von" stands in lower case in the story
        ("von Katrin Vogel · vor 2 Stunden", "Katrin Vogel"),
        ("Anna Maria Weber · vor 2 Stunden", "Anna Maria Weber"),  # no word of hers in lower case
    ],
)
def test_byline_prefix_word(byline: str, author: str) -> None:
    story = [*STORY_DE[:3], "Der Entwurf stammt von einem Büro aus Mannheim, das auch die Brücke in Worms geplant hat."]
    record = clean_text(_dump(HEAD_DE, byline, story), id="prefix")
    assert record.title == HEAD_DE
    assert record.meta["author"] == author


SPONSORED_UNDER_HEADLINE_TH = [
    "ข่าวเหนือ ออนไลน์",
    "รถไฟสายใหม่เชียงใหม่ขนส่งผู้โดยสารได้กว่าหนึ่งล้านคนในปีแรก",
    "ได้รับการสนับสนุน: จองโรงแรมราคาถูกที่เชียงใหม่ วันนี้",
    "สำนักข่าวภาคเหนือ · 7 ธันวาคม 2026 10:32",
    "รถไฟสายใหม่เชียงใหม่ได้ขนส่งผู้โดยสารมากกว่าหนึ่งล้านคนนับตั้งแต่เปิดให้บริการ ตามรายงานของบริษัทผู้ให้บริการ",
    "เจ้าหน้าที่กล่าวว่าจำนวนนักท่องเที่ยวต่างชาติที่ใช้บริการรถไฟเพิ่มขึ้นอย่างมากในปีนี้ โดยเฉพาะในช่วงฤดูหนาว",
    "บริษัทมีแผนจะเพิ่มเที่ยวรถไฟในช่วงเทศกาลปีใหม่ เพื่อรองรับความต้องการที่เพิ่มขึ้นของผู้โดยสาร",
]

SPONSORED_UNDER_HEADLINE_HI = [
    "समाचार दर्पण",
    "पटना में नई मेट्रो लाइन ने पहले महीने में दस लाख यात्रियों को पहुँचाया",
    "प्रायोजित: पटना में सस्ते होटल अभी बुक करें",
    "पटना ब्यूरो · 7 दिसंबर 2026 10:32",
    "पटना में नई मेट्रो लाइन ने अपने पहले महीने में दस लाख से अधिक यात्रियों को उनकी मंज़िल तक पहुँचाया, निगम ने बताया।",
    "अधिकारियों ने कहा कि सुबह और शाम के समय सबसे अधिक भीड़ रहती है और जल्द ही नई ट्रेनें जोड़ी जाएँगी।",
    "निगम अगले साल तक लाइन को हवाई अड्डे तक बढ़ाने की योजना बना रहा है ताकि यात्रियों को सुविधा मिले।",
]


@pytest.mark.parametrize("lines", [SPONSORED_UNDER_HEADLINE_TH, SPONSORED_UNDER_HEADLINE_HI],
                         ids=["thai", "hindi"])
def test_the_headline_over_a_labelled_line_and_a_dated_byline_is_the_title(lines: list[str]) -> None:
    """Issue 12, D6: a masthead, the headline, a "Sponsored: ..." line in the page's language,
    then a byline whose date names the month in a script with combining marks ("ธันวาคม",
    "दिसंबर"), then the story: the headline is the title (not the masthead, not the labelled
    line), the byline gives the site and the date, and neither the masthead nor the labelled
    line is story."""
    record = clean_text("\n".join(lines) + "\n", id="sponsored-head")
    assert record.title == lines[1]
    site, age = lines[3].split(" · ")
    assert record.meta == {"site_name": site, "age": age}
    assert record.text.split("\n\n") == lines[4:]
