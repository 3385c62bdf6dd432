# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Record segmentation of a dump's teaser lists (:mod:`declutter.content.card_segments`): a
list's heading that no rule knows, above cards in blank-line chunks, is told by the cards'
shared layout, not taken as the first card's source. Written in Basque, in no site's wording."""

from __future__ import annotations

from declutter import clean_text
from declutter.blocks import Block
from declutter.content.card_segments import list_heading
from declutter.content.line_shapes import LineShape, shape_of
from declutter.io.readers import RawPage
from declutter.pipeline import parse

EU_HEAD = "Bilboko metroak geltoki berria irekiko du Zorrotzan"
EU_STORY = [
    "Bizkaiko Garraio Partzuergoak jakinarazi duenez, metroaren geltoki berria datorren astelehenean irekiko da Zorrotzako auzoan, lau urteko obren ondoren.",
    "Geltoki berriak egunean zortzi mila bidaiari inguru hartuko ditu, eta auzoa hiriaren erdigunearekin hamar minututan lotuko du.",
]
EU_CARDS = [
    ("Donostiako portuak itsasontzi berria jaso du", "Berria", "duela 2 ordu"),
    ("Gasteizko udalak aurrekontu berriak onartu ditu", "Naiz", "duela 5 ordu"),
    ("Athleticek garaipena lortu du San Mamesen", "Deia", "duela 7 ordu"),
]


def _record(cards: list[list[str]]) -> object:
    lines = [EU_HEAD, *EU_STORY, "Lotutako albisteak"]
    for card in cards:
        lines += [*card, ""]
    return clean_text("\n".join(lines) + "\n", id="list")


def test_a_list_heading_over_three_line_cards_is_no_cards_source() -> None:
    record = _record([list(c) for c in EU_CARDS])
    assert [(t.title, t.source, t.age, t.text) for t in record.teasers] == [(*c, None) for c in EU_CARDS]
    assert any(r.text == "Lotutako albisteak" for r in record.removed)


def test_a_list_heading_over_two_line_cards_is_no_cards_text() -> None:
    record = _record([[t, f"{s} · {a}"] for t, s, a in EU_CARDS])
    assert [(t.title, t.source, t.age, t.text) for t in record.teasers] == [(*c, None) for c in EU_CARDS]


def _cards(cards: list[list[str]]) -> list[list[tuple[Block, LineShape]]]:
    """Each card's lines as blocks with their shapes, its last line a meta line."""
    page = parse(RawPage("p", "text", "\n".join(line for card in cards for line in card)))
    blocks = iter(page.blocks)
    out = []
    for card in cards:
        lines = [next(blocks) for _ in card]
        out.append([(b, shape_of(b.text)) for b in lines[:-1]] + [(lines[-1], LineShape("meta", 3, {"age": card[-1]}))])
    return out


def test_the_lines_over_a_lists_shared_stride_are_its_heading() -> None:
    cards = _cards([["Lotutako albisteak", *EU_CARDS[0]], list(EU_CARDS[1]), list(EU_CARDS[2])])
    assert [[b.text for b, _ in c] for c in list_heading(cards)] == [list(c) for c in EU_CARDS]


def test_a_card_longer_than_the_next_two_in_the_middle_of_a_list_stays_whole() -> None:
    # the second card's title runs on two lines: the card before it ends with the list's
    # layout, so the line over that layout is no heading
    texts = [list(EU_CARDS[0]), ["Gasteizko udalak aurrekontu berriak", "onartu ditu gaur goizean", "Naiz", "duela 5 ordu"],
             list(EU_CARDS[2]), ["Iruñeko jaiak hasi dira gaur goizean", "Diario de Noticias", "duela 9 ordu"]]
    cards = _cards(texts)
    assert list_heading(cards) == cards


def test_a_heading_needs_two_cards_of_the_shared_layout_under_it() -> None:
    cards = _cards([["Lotutako albisteak", *EU_CARDS[0]], list(EU_CARDS[1])])
    assert list_heading(cards) == cards


def test_a_pitch_and_a_share_row_over_the_heading_are_no_fields_of_the_first_card() -> None:
    # no blank line between the story's foot and the first card: the chunk holds the pitch,
    # the share row and the heading over the first card's head
    lines = [EU_HEAD, *EU_STORY, "Jarraitu gaitzazu WhatsAppen berriak zuzenean jasotzeko!",
             "Partekatu: Facebook · WhatsApp · X", "Lotutako albisteak"]
    for card in EU_CARDS:
        lines += [*card, ""]
    record = clean_text("\n".join(lines) + "\n", id="list")
    assert [(t.title, t.source, t.age, t.text) for t in record.teasers] == [(*c, None) for c in EU_CARDS]


# Quechua (no age reader knows it): "title / source / age" cards, one with an excerpt under
# its age, with or without blank lines between the cards
QU_HEAD = "Qusqupi musuq hatun ñan kicharikun"
QU_STORY = [
    "Qusqu llaqtapi musuq hatun ñanta kunan p'unchaw kicharirqanku, kimsa wata llamk'asqa qhipaman, ñan Saqsaywaman k'itiman chayan.",
    "Llaqta kamachiqkunaqa nirqanku, musuq ñanwanqa runakuna iskay chunka minutupi Plaza de Armasmanta chayanqaku nispa.",
    "Chakra runakunapas kusikurqanku, kunanqa papata sarata ima aswan utqaylla qhatuman apanqaku.",
]
QU_CARDS = [
    ("Punu llaqtapi musuq yachay wasi", "Los Andes", "2 uraña"),
    ("Ayakuchupi tarpuy pacha qallarin", "Wamani Willakuy", "5 uraña"),
    ("Apurimaq qhapaq mayu wiñarin", "Chaski", "8 uraña"),
]
QU_EXCERPT = "Tarpuqkunaqa nirqanku, kay wata para aswan tempranomanta chayamurqan."


def _qu_teasers(excerpt_under: int, blank: bool) -> list[tuple[str, str | None, str | None, str | None]]:
    lines = [QU_HEAD, *QU_STORY, "", "Huk willakuykuna", ""]
    for k, card in enumerate(QU_CARDS):
        lines += [*card, *([QU_EXCERPT] if k == excerpt_under else []), *([""] if blank else [])]
    record = clean_text("\n".join(lines) + "\n", id="list")
    assert record.text.split("\n\n") == QU_STORY
    return [(t.title, t.source, t.age, t.text) for t in record.teasers]


def test_one_card_with_an_excerpt_keeps_its_lists_stride_and_its_excerpt() -> None:
    # the ages are read by their column although one step between them is a line longer, and
    # with no blank line between the cards the chunk is cut at the other cards' period
    for blank in (True, False):
        for k in (0, 1):
            expected = [(*c, QU_EXCERPT if n == k else None) for n, c in enumerate(QU_CARDS)]
            assert _qu_teasers(k, blank) == expected, (k, blank)


# Wolof: "title / Source · age" cards, one with an excerpt between its title and its meta line
# (no age reader knows the ages), with or without blank lines between the cards
WO_HEAD = "Ndox mu bare yàq na ay kër ci Ndakaaru"
WO_STORY = [
    "Ndox mu bare mu taw démb ci guddi yàq na ay kër yu bare ci Pikin ak Gediwaay, te ay njaboot dëkk nañu ci mbedd yi.",
    "Njiitu réew mi wax na ne kenn deewul, waaye yoon yu bare tëju nañu ba tey ci suba.",
    "Ndimbal yi yónnee nañu oto yu bare ngir dimbali ñi nekk ci musiba bi.",
]
WO_CARDS = [
    ("Njëgu ceeb yokk na ci Kawlax", "Xibaar Senegaal", "3 waxtu ci ginnaaw"),
    ("Beykat yi bëgg nañu jënd jumtukaay yu bees", "Kawlax Tey", "5 waxtu ci ginnaaw"),
    ("Jàngalekat yu bees dinañu ñëw ci lekkool yi", "Xibaar Senegaal", "8 waxtu ci ginnaaw"),
]
WO_EXCERPT = "Ministar bi wax na ne ñaari téeméeri jàngalekat dinañu liggéey ci diiwaan bi."


def test_an_excerpt_between_a_cards_title_and_its_meta_line_keeps_the_list() -> None:
    # the ages are learnt from their column and each card keeps its title, source and age,
    # the one with an excerpt too (first, middle or last card)
    for blank in (True, False):
        for k in (0, 1, 2):
            lines = [WO_HEAD, *WO_STORY, "", "Yeneen xibaar", ""]
            for n, (title, source, age) in enumerate(WO_CARDS):
                lines += [title, *([WO_EXCERPT] if n == k else []), f"{source} · {age}", *([""] if blank else [])]
            record = clean_text("\n".join(lines) + "\n", id="list")
            assert record.text.split("\n\n") == WO_STORY, (k, blank)
            expected = [(*c, WO_EXCERPT if n == k else None) for n, c in enumerate(WO_CARDS)]
            assert [(t.title, t.source, t.age, t.text) for t in record.teasers] == expected, (k, blank)


NB_FIELD_CARDS = [  # one field a line (title / source / age / a short excerpt) under a heading
    "Biblioteket i Tromsø åpner en ny sal for samiske språk",
    "Kommunebiblioteket i Tromsø åpnet i går en ny sal for regionens minoritetsspråk, med mer enn tre tusen bøker på samisk og kvensk.",
    "Bibliotekssjefen sa at salen er den første i sitt slag i landet, og at den skal tilby gratis kurs for voksne hver uke.",
    "Les også",
    "Museet i Alta åpner igjen etter restaurering", "Altaposten", "2 timer siden", "Restaureringen kostet to millioner.",
    "Ny bro over Tanaelva", "Finnmarken", "5 timer siden", "Broen åpner i mars.",
    "Språkfestival i Kautokeino", "Ságat", "8 timer siden", "Tre dager med konserter.",
]


def test_cards_of_one_field_a_line_begin_at_their_title_not_at_the_short_excerpt_above() -> None:
    """fresh16 D4: the cards' period reads either way (heading, title, source, age; or
    excerpt, title, source, age), and a two-word heading over the list is as "short" as a
    short excerpt; read finer, the line the cut leaves over at the top (a heading, no
    sentence) is unlike the excerpts, the one it would leave at the foot (a sentence) is like
    them: each card ends with its own excerpt, and the first card is no heading's."""
    record = clean_text("\n".join(NB_FIELD_CARDS) + "\n", id="nb-field-cards")
    assert [(t.title, t.source, t.age, t.text) for t in record.teasers] == [
        ("Museet i Alta åpner igjen etter restaurering", "Altaposten", "2 timer siden", "Restaureringen kostet to millioner."),
        ("Ny bro over Tanaelva", "Finnmarken", "5 timer siden", "Broen åpner i mars."),
        ("Språkfestival i Kautokeino", "Ságat", "8 timer siden", "Tre dager med konserter."),
    ]
    assert [r.text for r in record.removed] == ["Les også"]


LV_LINES = [
    'Rīgas bibliotēka atver jaunu zāli mazākumtautību valodām',
    'Rīgas pilsētas bibliotēka vakar atvēra jaunu zāli reģiona mazākumtautību valodām, kurā ir vairāk nekā trīs tūkstoši grāmatu.',
    'Bibliotēkas direktore sacīja, ka zāle ir pirmā šāda veida valstī un ka tajā katru nedēļu notiks bezmaksas kursi pieaugušajiem.',
    'Lasiet arī',
    'Cēsu muzejs pēc restaurācijas atkal atvērts',
    'Druva',
    'pirms 2 stundām',
    'Restaurācija izmaksāja divus miljonus.',
    'Jauns tilts pār Daugavu Jēkabpilī',
    'Brīvā Daugava',
    'pirms 5 stundām',
    'Tilts tiks atvērts martā.',
    'Valodu festivāls Liepājā ilgs trīs dienas',
    'Kurzemes Vārds',
    'pirms 8 stundām',
    'Trīs dienas ar koncertiem.',
]

LV_FOOTED = [*LV_LINES, "Privātuma politika · Lietošanas noteikumi"]


def test_a_footer_row_under_the_last_card_s_excerpt_makes_no_comment_of_that_card() -> None:
    """A meta line over a sentence over a row ("Name · 2 h" / comment / "Reply · Report")
    reads as a comment; the list's last card over the page's footer row ("Privātuma politika ·
    Lietošanas noteikumi") reads so too, one period after the cards above it: it was lost, and
    the list cut the other way (each excerpt on the next card)."""
    record = clean_text("\n".join(LV_FOOTED) + "\n", id="lv-footed")
    assert [(t.title, t.source, t.age, t.text) for t in record.teasers] == [
        ("Cēsu muzejs pēc restaurācijas atkal atvērts", "Druva", "pirms 2 stundām", "Restaurācija izmaksāja divus miljonus."),
        ("Jauns tilts pār Daugavu Jēkabpilī", "Brīvā Daugava", "pirms 5 stundām", "Tilts tiks atvērts martā."),
        ("Valodu festivāls Liepājā ilgs trīs dienas", "Kurzemes Vārds", "pirms 8 stundām", "Trīs dienas ar koncertiem."),
    ]
