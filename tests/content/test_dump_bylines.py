# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""A byline or dateline carrying an age (a meta line) under a dump's headline is the page's own
byline, not the anchor of a teaser card: dumps of our own in three languages and layouts."""

from __future__ import annotations

import re

import pytest

from declutter import clean_text

PT = [
    "Gazeta do Vale",
    "Baixe o aplicativo da Gazeta e receba alertas em primeira mão",
    "Prefeitura anuncia reforma completa do mercado municipal até dezembro",
    "Há 3 horas · Redação Gazeta do Vale",
    "A prefeitura apresentou nesta segunda-feira o projeto de reforma do mercado municipal, fechado desde o incêndio de agosto.",
    "As obras devem custar 18 milhões de reais e incluem um novo telhado, banheiros acessíveis e uma praça de alimentação.",
    "Os comerciantes serão transferidos para uma estrutura provisória na rua ao lado enquanto durarem os trabalhos.",
    "A associação dos feirantes disse que acompanhará o cronograma e cobrará a entrega no prazo prometido.",
    "Curtir 88 · Amei 12 · Grr 4",
    "Compartilhar no WhatsApp · Compartilhar no Facebook · Copiar link",
    "Leia também",
    "• Chuva forte alaga ruas do centro pela segunda vez (Jornal da Serra, há 5 h)",
    "• Escolas estaduais terão merenda reforçada (Gazeta do Vale, ontem)",
    "© 2026 Gazeta do Vale · Todos os direitos reservados",
]
EN = [
    "THE QUAYSIDE POST",
    "Lifeboat crew rescues four walkers cut off by the tide near Penhallow",
    "Quayside Post · 2h",
    "Four walkers were lifted from a sandbank near Penhallow on Sunday afternoon after the tide came in faster than they expected.",
    "The volunteer crew reached them within twenty minutes of the call and brought them back to the harbour wet but unhurt.",
    "Coastguard officers urged visitors to check the tide tables before setting out across the bay, where the water rises quickly.",
    "The station has been called out thirty-one times this year, more than in the whole of last summer.",
    "👏 51   😮 9",
    "Share via email · Share on Bluesky · Print",
    "Sign up to the Quayside morning briefing",
]
ZH = [
    "城市快讯网",
    "下载客户端，第一时间获取本地新闻",
    "地铁三号线延伸段年底前开通运营",
    "城市快讯网 · 2小时前",
    "市轨道交通集团十二日宣布，地铁三号线延伸段将于今年十二月底前开通，新增车站五座。",
    "延伸段全长九点六公里，连接老城区与高铁新城，预计每天可分流乘客约八万人次。",
    "沿线居民表示，开通后上下班通勤时间将缩短一半左右，出行更加方便。",
    "集团负责人称，目前各车站装修已基本完成，正在进行设备联调联试。",
    "点赞 210 · 转发 31",
    "分享到：微信 · 微博 · 复制链接",
]


@pytest.mark.parametrize(
    ("lines", "headline", "byline", "chrome", "meta"),
    [
        (PT, PT[2], PT[3], [PT[0], PT[3], PT[8], PT[9]], {"site_name": "Redação Gazeta do Vale", "age": "Há 3 horas"}),
        (EN, EN[1], EN[2], [EN[0], EN[2], EN[7], EN[8]], {"site_name": "Quayside Post", "age": "2h"}),
        (ZH, ZH[2], ZH[3], [ZH[0], ZH[3], ZH[8], ZH[9]], {"site_name": "城市快讯网", "age": "2小时前"}),
    ],
)
def test_a_byline_with_an_age_under_the_headline_is_no_teaser(
        lines: list[str], headline: str, byline: str, chrome: list[str], meta: dict[str, str]) -> None:
    record = clean_text("\n".join(lines) + "\n", id="byline")
    assert record.meta == meta  # the byline's source and age are the story's
    assert record.title == headline
    assert record.text.split("\n\n")[0] == lines[lines.index(byline) + 1]
    removed = [r.text for r in record.removed or []]
    for line in chrome:  # masthead, byline, reaction bar, share row: removed, in no card
        assert line in removed, line
    listed = [line for line in lines if line.startswith("• ")]
    assert [t.title for t in record.teasers] == [re.sub(r"^• | \(.*\)$", "", line) for line in listed]


IT = [
    "IL CORRIERE LAGUNARE",
    "Cronaca | Sport | Cultura",
    "Chioggia, il nuovo ponte mobile entra in funzione dopo tre anni di cantiere",
    "Di Giulia Ferri · Il Corriere Lagunare · 5 ore fa",
    "Il ponte mobile sul canale della Vena è stato aperto stamattina alla presenza del sindaco e di centinaia di residenti.",
    "L'opera, costata undici milioni di euro, permetterà il passaggio delle barche da pesca anche con l'alta marea.",
    "I commercianti del centro storico sperano in un aumento dei visitatori già dalla prossima estate.",
    "Il comune ha promesso che la manutenzione sarà affidata a una ditta locale.",
    "Altre notizie",
    "Mestre, chiude per lavori la biblioteca civica — Il Corriere Lagunare, 2 ore fa",
    "Pellestrina, tornano i battelli notturni per l'estate — Gazzetta del Lido, ieri",
]
NL = [
    "Het Kustblad",
    "Gemeente Vlieland bouwt nieuwe steiger voor veerboot",
    "Sanne Bakker, «Het Kustblad», 3 uur geleden",
    "De gemeente Vlieland begint volgende maand met de bouw van een nieuwe steiger voor de veerboot naar Harlingen.",
    "De oude steiger is volgens de rederij te kort voor de nieuwe, grotere schepen die vanaf het voorjaar varen.",
    "Bewoners mogen tijdens de werkzaamheden gratis parkeren bij het havenkantoor.",
    "De bouw moet voor het begin van het zomerseizoen klaar zijn.",
]
EN2 = [
    "MOORSIDE WEEKLY",
    "Village bakery saved by crowdfunding drive after owner's appeal",
    "By Priya Nair | 4 hours ago",
    "A bakery that has served the village of Moorside for ninety years will stay open after neighbours raised more than £40,000 in a week.",
    "Owner Ellen Marsh had warned in January that rising energy bills would force her to close by the spring.",
    "The money will pay for a new, more efficient oven and cover the shop's bills until the autumn.",
    "Marsh said she had been moved to tears by the response from customers old and new.",
]


@pytest.mark.parametrize(
    ("lines", "headline", "byline", "meta"),
    [
        (IT, IT[2], IT[3], {"author": "Giulia Ferri", "site_name": "Il Corriere Lagunare", "age": "5 ore fa"}),
        (NL, NL[1], NL[2], {"author": "Sanne Bakker", "site_name": "Het Kustblad", "age": "3 uur geleden"}),
        (EN2, EN2[1], EN2[2], {"author": "Priya Nair", "age": "4 hours ago"}),
    ],
)
def test_a_byline_naming_the_author_under_the_headline_is_no_teaser_nor_title(
        lines: list[str], headline: str, byline: str, meta: dict[str, str]) -> None:
    # whatever pieces a byline holds (a person's name, the site's, an age; ·, | or commas),
    # it is the page's: the person's name is the author (the site's recurs on its page)
    record = clean_text("\n".join(lines) + "\n", id="author-byline")
    assert record.title == headline
    assert record.meta == meta
    assert byline in [r.text for r in record.removed or []]
    assert record.text.split("\n\n")[0] == lines[lines.index(byline) + 1]
    assert byline not in record.text
    assert {t.title for t in record.teasers} == {
        line.split(" — ")[0] for line in lines[lines.index(byline) + 1:] if " — " in line}


SL = [
    "PRIMORSKI OBZORNIK | Novice z obale",
    "Koper širi pristanišče proti jugu",
    "Primorski Obzornik · pred 2 urama",
    "Luka Koper je v ponedeljak predstavila načrt za razširitev pristanišča proti jugu, ki naj bi bil končan v petih letih.",
    "Po besedah uprave bo nov pomol dolg osemsto metrov, vrednost naložbe pa ocenjujejo na 120 milijonov evrov.",
    "Okoljevarstveniki opozarjajo na vpliv gradnje na morsko dno in zahtevajo novo presojo vplivov na okolje.",
    "© 2026 Primorski Obzornik",
]


@pytest.mark.parametrize(
    ("byline", "age"),
    [("Primorski Obzornik · pred 2 urama", "pred 2 urama"),  # a number, its unit after it
     ("Primorski Obzornik · 3 ure nazaj", "3 ure nazaj")],
)
def test_a_byline_with_an_age_no_reader_knows_is_read_in_a_bylines_place(byline: str, age: str) -> None:
    # Slovenian (no reader knows its ages): under the headline and over the story, a name and
    # a number of one or two digits with its unit word is the page's age, whatever its words
    lines = [byline if line == SL[2] else line for line in SL]
    record = clean_text("\n".join(lines) + "\n", id="local-age-byline")
    assert record.title == SL[1]
    assert record.meta == {"site_name": "Primorski Obzornik", "age": age}
    assert record.text.split("\n\n") == SL[3:6]


def test_a_subtitle_with_a_year_under_the_headline_is_no_byline() -> None:
    # a number of four digits is a year, not a count of hours: no age, no byline
    lines = [SL[0], SL[1], "Primorski Obzornik · projekt 2031", *SL[3:]]
    record = clean_text("\n".join(lines) + "\n", id="year-subtitle")
    assert "age" not in record.meta


@pytest.mark.parametrize(
    ("site", "byline", "age"),
    [("ព័ត៌មានថ្មី", "កោះសន្តិភាព - 5 ម៉ោងមុន", "5 ម៉ោងមុន"),  # Khmer: a script without case
     ("اردو خبریں", "روزنامہ جنگ ۔ ۲ گھنٹے پہلے", "۲ گھنٹے پہلے")],  # Urdu: its full stop spaced as a dash
)
def test_a_caseless_site_name_over_headline_and_byline_is_no_title(site: str, byline: str, age: str) -> None:
    # a plain site name on the first line (no capitals, no tagline), then the headline and a
    # byline whose name has no capitals and whose age no reader knows: the headline is the
    # title, the byline gives the page's age, and neither is left in the story
    if site == "ព័ត៌មានថ្មី":
        head = "រដ្ឋាភិបាលបើកផ្លូវថ្មីនៅភ្នំពេញ"
        story = ["ក្រសួងសាធារណការបានបើកផ្លូវថ្មីចំនួនបីខ្សែនៅក្នុងរាជធានីភ្នំពេញកាលពីព្រឹកនេះ។",
                 "មន្ត្រីបាននិយាយថាផ្លូវទាំងនេះនឹងជួយកាត់បន្ថយការកកស្ទះចរាចរណ៍នៅក្នុងទីក្រុង។",
                 "ប្រជាពលរដ្ឋបានស្វាគមន៍គម្រោងនេះយ៉ាងខ្លាំង។"]
    else:
        head = "لاہور میں نئی میٹرو لائن پر کام شروع کر دیا گیا"
        story = ["صوبائی حکومت نے آج لاہور میں نئی میٹرو لائن کی تعمیر کا باقاعدہ آغاز کر دیا ہے۔",
                 "حکام کے مطابق منصوبہ تین سال میں مکمل ہوگا اور روزانہ ہزاروں مسافر اس سے فائدہ اٹھائیں گے۔",
                 "شہریوں نے منصوبے کا خیرمقدم کیا ہے مگر تعمیر کے دوران ٹریفک کے مسائل پر تشویش ظاہر کی ہے۔"]
    record = clean_text("\n".join([site, head, byline, *story]) + "\n", id="caseless-site")
    assert record.title == head
    assert record.meta.get("age") == age
    assert record.text.split("\n\n") == story


# Lingala (its bylines in French, as in Kinshasa), written for these tests: a site's byline
# with an age no reader knows, a dateline under it, and datelines in a byline's place
LN_HEAD = "Kinshasa efungoli zando ya sika na Gombe"
LN_STORY = [
    "Guvernema ya engumba Kinshasa efungoli lelo na ntongo zando ya sika na Gombe, nsima ya mibu mibale ya misala.",
    "Bakambi balobi ete zando yango ekozala na bisika koleka nkoto moko mpo na bato ya mombongo mpe mai ya peto.",
    "Bato ya mombongo basepeli mingi mpo zando ya kala ezalaki na motondo te mpe ezalaki kobebisama na mbula.",
]


@pytest.mark.parametrize("dateline", ["KINSHASA, Kongo —", "Kinshasa", "MBANDAKA"])
def test_a_dateline_under_the_byline_leaves_the_site_its_byline(dateline: str) -> None:
    # "Site · age" in a language no reader knows, a dateline alone between it and the story:
    # the byline is still read where one is expected, and its one name is the site's
    record = clean_text("\n".join([LN_HEAD, "Mokolo ya Kinshasa · ngonga 3 eleki", dateline, *LN_STORY]) + "\n",
                        id="dateline")
    assert record.title == LN_HEAD
    assert record.meta == {"site_name": "Mokolo ya Kinshasa", "age": "ngonga 3 eleki"}
    assert record.text.split("\n\n") == LN_STORY


@pytest.mark.parametrize(
    ("byline", "meta"),
    [
        # one name beside a relative age names the site (README: "Quayside Post · 2h")
        ("Radio Okapi · il y a 2 heures", {"site_name": "Radio Okapi", "age": "il y a 2 heures"}),
        # a place and a date is a dateline: no one's name
        ("Mbandaka, 6 décembre 2026", {"age": "6 décembre 2026"}),
        ("MBANDAKA, Kongo, 6 décembre 2026", {"age": "6 décembre 2026"}),
        # a writer's byline dates the story: the name stays the author's
        ("Jean Mbuyi · 6 décembre 2026", {"author": "Jean Mbuyi", "age": "6 décembre 2026"}),
    ],
)
def test_a_byline_s_one_name_is_the_site_s_and_a_place_no_one_s(byline: str, meta: dict[str, str]) -> None:
    record = clean_text("\n".join([LN_HEAD, byline, *LN_STORY]) + "\n", id="byline")
    assert record.title == LN_HEAD
    assert record.meta == meta
    assert record.text.split("\n\n") == LN_STORY


def test_a_name_alone_under_the_headline_introduced_by_a_function_word_is_the_author() -> None:
    # "Na" ("by") stands in lower case in the story ("lelo na ntongo"): it introduces the name
    lines = [LN_HEAD, "Na Jean Mbuyi", "Mokolo ya Kinshasa · ngonga 3 eleki", *LN_STORY]
    record = clean_text("\n".join(lines) + "\n", id="signed")
    assert record.meta == {"author": "Jean Mbuyi", "site_name": "Mokolo ya Kinshasa", "age": "ngonga 3 eleki"}
    assert record.text.split("\n\n") == LN_STORY


UZ = [
    "Toshkentda yangi metro bekati ochildi",
    "{byline}",
    "Poytaxtda yangi metro bekati yo'lovchilar uchun ochildi, deb xabar berdi shahar hokimligi matbuot xizmati.",
    "Bekat kuniga o'n besh ming kishiga xizmat ko'rsatishi kutilmoqda va u ikki yirik mahallani bog'laydi.",
    "Qurilish ishlari ikki yil davom etdi, loyiha qiymati to'rt yuz milliard so'mni tashkil qildi.",
    "© 2026 Toshkent Xabarlari",
]


@pytest.mark.parametrize(
    ("byline", "meta"),
    [("Toshkent Xabarlari · 3 kun o'tib", {"site_name": "Toshkent Xabarlari", "age": "3 kun o'tib"}),
     ("Shahar Bo'limi | 07/12/2026 14:20", {"age": "07/12/2026 14:20"})],
)
def test_a_bylines_age_keeps_its_apostrophes_and_its_date(byline: str, meta: dict[str, str]) -> None:
    # Uzbek (fresh-user report 13, kind D5): an apostrophe inside an age's word is a letter of
    # it ("o'tib"), and a date with its time after it is one age, never the time alone
    lines = [line.format(byline=byline) for line in UZ]
    record = clean_text("\n".join(lines) + "\n", id="uz-byline")
    assert byline not in record.text
    assert {k: v for k, v in record.meta.items() if k in meta} == meta


SK = [
    "Východný denník",
    "Mesto otvorilo nový most cez rieku Hornád",
    "Redaktorka denníka Jana Nováková",
    "Nový most cez rieku Hornád v Košiciach otvorili v pondelok ráno, stavba trvala takmer tri roky a stála štyridsať miliónov eur.",
    "Primátor povedal, že most skráti cestu do centra pre tisíce ľudí zo sídlisk na juhu mesta.",
    "Doprava na starom moste bude od budúceho týždňa obmedzená pre opravy.",
]


def test_a_byline_with_the_authors_role_before_the_name_is_no_headline() -> None:
    # Slovak (fresh-user report 14, kind D4): "role, then a name" under the headline and over
    # the story's first paragraph is the byline, whatever the role's words; the headline stays
    record = clean_text("\n".join(SK) + "\n", id="sk-byline")
    assert record.title == SK[1]
    assert record.meta.get("author") == "Jana Nováková"
    assert "Redaktorka" not in record.text


def test_a_counted_age_is_read_by_one_shape_in_either_order() -> None:
    from declutter.content.byline_ages import counted_age, shaped_age

    assert counted_age("pre 2 sata") and counted_age("pele ga diura tse 2")
    assert not counted_age("2026 Lipa") and not counted_age("Kapitola 3. 2")
    assert shaped_age("pre 2 sata") and not shaped_age("diura tse 2")  # (the dump's: number first)
