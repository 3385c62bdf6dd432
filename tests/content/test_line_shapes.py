# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Line shapes: the reader-address and pitch word tests, labels (a script's own colon, a decorated
label, a comment)."""

from __future__ import annotations

import re

import pytest

from declutter import clean_text
from declutter.content.line_shapes import shape_of
from declutter.content.pitches import READER_VOICE as _READER_ADDRESS
from declutter.content.vocabulary import READER_ADDRESS

LINES = ["You'll love it", "Young readers", "your-phone", "Ourselves alone", "Sign up for OUR letter",
         "Unsere Angebote", "Abonnez-vous à notre lettre", "Status update", "Tu opinión", "house rules",
         "Deine Meinung zählt", "nosso app", "Trust us", "USA today"]


@pytest.mark.parametrize("line", LINES)
def test_whole_word_search_answers_as_the_token_lookup(line: str) -> None:
    tokens = set(re.findall(r"\w+", line.lower()))
    assert (_READER_ADDRESS.search(line.lower()) is not None) == (not READER_ADDRESS.isdisjoint(tokens))


@pytest.mark.parametrize(("line", "shape"), [
    ("Download our app to get alerts on your phone whenever a story breaks near you.", "chrome"),
    ("Abonnez-vous à notre lettre pour recevoir votre journal chaque matin dans votre boîte.", "chrome"),
    ('"We will send your parcel with our own drivers next week," the company said on Monday.', "prose"),
    ("The harbour authority said on Monday that the new crane would double the port's capacity.", "prose"),
])
def test_pitches_to_the_reader_are_chrome_and_quotes_are_not(line: str, shape: str) -> None:
    assert shape_of(line).shape == shape


def test_the_line_caches_are_bounded() -> None:
    """The caches of line answers keep at most CACHED_LINES lines each, whatever the run's
    length: a long run's memory stays flat (at 65,536 lines the shape cache alone took
    46 MiB more at 100,000 pages than at 10,000)."""
    from declutter.content import ages, line_captions, line_shapes

    caches = (line_shapes._cached_shape, line_captions._cached_caption, ages.is_age_fast)
    assert {c.cache_info().maxsize for c in caches} == {line_shapes.CACHED_LINES}
    assert line_shapes.CACHED_LINES <= 16384
    for i in range(line_shapes.CACHED_LINES + 50):
        line_shapes.shape_of(f"Zeile {i} der Seitenleiste")
    assert line_shapes._cached_shape.cache_info().currsize == line_shapes.CACHED_LINES


def test_a_list_item_takes_one_cache_entry() -> None:
    """A list item a renderer marks ("* Élément", as ``inscriptis`` does) has its line's shape,
    read under the line alone: its text without the marker takes no second entry of the
    shape cache (with one, the 181 rendered benchmark pages needed 19,654 entries, more than
    CACHED_LINES, and a warm pass missed 14,014 of 31,743 lookups)."""
    from declutter.content import line_shapes

    line_shapes._cached_shape.cache_clear()
    items = [f"* Élément numéro {i} de la liste des rubriques" for i in range(20)]
    for item in items:
        assert line_shapes.shape_of(item) == line_shapes._shape(item[2:])
    assert line_shapes._cached_shape.cache_info().currsize == len(items)


@pytest.mark.parametrize("line", [
    "Vor 3 Stunden · Elbe-Bote", "Teilen: Facebook | X | E-Mail", "Kapitel drei: Der Hafen",
    "Der Rat hat am Montag beschlossen, den Hafen bis 2027 für 40 Millionen Euro auszubauen.",
    "Der Rat hat am Montag beschlossen, den Hafen auszubauen, wie er seit Jahren versprach.",
    "٣ ساعات", "3時間前", "* 12 Artikel",
])
def test_a_shape_knows_whether_its_line_holds_a_digit(line: str) -> None:
    """``LineShape.digit`` is the line's own answer (``\\d``, any script's digits) or None
    (not read: a long sentence), so readers after the shape need not search the line again."""
    digit = shape_of(line).digit
    assert digit is None or digit == (re.search(r"\d", line) is not None)


WORDS_LINES = [*LINES, "Você decide", "hour by hour", "fourteen ours", "", "ihr", "sua-casa"]


@pytest.mark.parametrize("line", WORDS_LINES)
def test_whole_words_finder_answers_as_its_regex(line: str) -> None:
    low = line.lower()  # (the Aho-Corasick pass only skips the regex where no word is in the text)
    assert _READER_ADDRESS.search(low) == _READER_ADDRESS.regex.search(low) or (
        _READER_ADDRESS.search(low).span() == _READER_ADDRESS.regex.search(low).span())
    assert _READER_ADDRESS.findall(low) == _READER_ADDRESS.regex.findall(low)


AM_STORY = [
    "የጤና ሚኒስቴር በሚቀጥለው ዓመት በአዲስ አበባ ከተማ ውስጥ ሦስት መቶ አልጋዎች ያሉት አዲስ የሕፃናት ሆስፒታል እንደሚከፈት ዛሬ አስታውቋል.",
    "ሆስፒታሉ ዘመናዊ የቀዶ ጥገና ክፍሎችና ለአራስ ሕፃናት የሚሆን የፅኑ ሕሙማን ክፍል እንደሚኖረው ሚኒስቴሩ ገልጿል.",
    "ሐኪሞች ፕሮጀክቱን በደስታ ቢቀበሉትም የባለሙያዎች እጥረት አሁንም ከባድ ችግር እንደሆነ ይናገራሉ.",
    "የፕሮጀክቱ ጠቅላላ ወጪ ወደ ስልሳ ሚሊዮን ዶላር እንደሚጠጋ ተገልጿል.",
]


def test_a_label_ending_in_its_scripts_own_colon_makes_a_mid_story_teaser() -> None:
    """The Ethiopic preface colon "፦" ends a label as ":" does (a Po mark of the script, no
    sentence end): "ተጨማሪ ያንብቡ፦ Title" between two paragraphs is a teaser."""

    title = "በባሕር ዳር ከተማ የሚገኘው ክሊኒክ እድሳት ተጀመረ"
    assert shape_of(f"ተጨማሪ ያንብቡ፦ {title}").shape == "label"
    head = "አዲስ አበባ አዲስ የሕፃናት ሆስፒታል ልትከፍት ነው"
    dump = "\n".join([head, *AM_STORY[:2], f"ተጨማሪ ያንብቡ፦ {title}", *AM_STORY[2:]])
    record = clean_text(dump + "\n", id="am")
    assert record.text.split("\n\n") == AM_STORY
    assert [t.title for t in record.teasers] == [title]


def test_a_scripts_comma_after_a_short_lead_makes_no_label() -> None:
    """The Arabic comma separates as "," does: a headline "مصر، Title" is no labelled teaser."""
    assert shape_of("مصر، السعودية تتفقان على خطة جديدة للطاقة").shape != "label"


EU_STORY = [
    "Gipuzkoako Foru Aldundiak etxebizitza babestuen plan berria onartu du, eta datozen bost urteetan mila etxe eraikiko dira.",
    "Etxebizitzak alokairuan edo erosketan eskuratu ahal izango dira, eta lehentasuna izango dute bertan urteak daramatzaten herritarrek.",
    "Alkateek plana txalotu dute, baina lurzoru faltak lanak atzeratuko dituela ohartarazi dute.",
]


def test_a_decorated_label_loses_its_mirror_and_a_comment_is_no_teaser() -> None:
    """"--- Label: Title ---": the decoration that closes the line is the lead's mirror, no word of
    the title; "Name: A sentence. (age)" is a comment (a sentence, its age in brackets), no
    labelled teaser, whose title is a headline. Basque, in no site's wording."""
    title = "Etxebizitzen prezioak berriro igotzen ari dira Bizkaian"
    comment = "Miren_Donostia: Albiste bikaina azkenean. (duela ordu 1)"
    assert shape_of(comment).shape != "label"
    dump = ["Gipuzkoak mila etxebizitza babestu eraikiko ditu", *EU_STORY[:2], f"--- Irakurri ere: {title} ---",
            *EU_STORY[2:], "Iruzkinak", comment, "© 2026 Gipuzkoako Albisteak"]
    record = clean_text("\n".join(dump) + "\n", id="eu")
    assert record.text.split("\n\n") == EU_STORY
    assert [t.title for t in record.teasers] == [title]


def test_a_hyphenated_label_between_paragraphs_is_a_teaser() -> None:
    # German: "Lese-Tipp: Title" between the story's paragraphs; a label word may be hyphenated
    story = [
        "Die Stadt Freiburg hat am Montag ein neues Forschungszentrum für künstliche Intelligenz eröffnet. Der Bau kostete 45 Millionen Euro.",
        "Im Zentrum sollen knapp dreihundert Forscherinnen und Ingenieure arbeiten, teilte die Stadtverwaltung mit.",
        "Für Studierende beginnt im Januar ein eigenes Praktikumsprogramm. Bewerbungen werden ab sofort angenommen.",
        "Fachleute hoffen, dass solche Projekte die Abwanderung junger Forscher ins Ausland bremsen.",
    ]
    lines = ["Freiburg eröffnet neues Forschungszentrum", "Badische Rundschau · vor 2 Stunden", *story[:2],
             "Lese-Tipp: Deutsche Universitäten steigen in internationalen Ranglisten auf", *story[2:]]
    record = clean_text("\n".join(lines) + "\n", id="tip")
    assert [t.title for t in record.teasers] == ["Deutsche Universitäten steigen in internationalen Ranglisten auf"]
    assert record.text.split("\n\n") == story


def test_comments_named_and_aged_after_a_separator_are_no_teasers() -> None:
    # Polish: "Name: A sentence. — age" comments under the story; the sentence ends before the
    # age's piece, which a headline does not
    story = [
        "Rada miasta Gdańska przyjęła w poniedziałek plan budowy nowej linii tramwajowej do dzielnicy Morena.",
        "Według dyrektora zarządu dróg linia będzie miała dziewięć kilometrów i czternaście przystanków. Koszt szacuje się na 85 milionów złotych.",
        "Mieszkańcy Moreny przyjęli decyzję z zadowoleniem, ale obawiają się korków w czasie budowy.",
    ]
    lines = ["Gdańsk zbuduje nową linię tramwajową", "Dziennik Bałtycki · 5 godz.", *story, "Komentarze 3",
             "Tomasz: Wreszcie, czekamy na to od dziesięciu lat. — 1 godz. temu",
             "Agnieszka: Przystanki ładne, ale tramwajów będzie za mało. — 2 godz. temu",
             "Marek: Szkoda, że linia nie dojedzie do lotniska. — 3 godz. temu"]
    record = clean_text("\n".join(lines) + "\n", id="comments")
    assert record.teasers == []
    assert record.text.split("\n\n") == story


def test_a_photo_credit_of_names_set_apart_by_slashes_is_no_labelled_card() -> None:
    """"Fotografie: Name / Name" at a story's foot (kind D4) credits a photo: its "title" is
    names set apart by "/", no headline, so no labelled card and no teaser."""
    assert shape_of("Fotografie: Moravský deník / Jana Dvořáková").shape != "label"
    dump = ("Brno otevře novou tramvajovou trať do Bystrce už v létě\n"
            "Moravský deník · před 4 hodinami\n"
            "Radnice v pondělí oznámila, že nová tramvajová trať mezi Kníničkami a Bystrcí bude hotová o dva měsíce dříve.\n"
            "Trať měří čtyři kilometry a má šest zastávek, tramvaje na ní budou ve špičce jezdit každých deset minut.\n"
            "Stavba stála 1,2 miliardy korun, většinu nákladů pokryly evropské fondy přidělené městu.\n"
            "Fotografie: Moravský deník / Jana Dvořáková\n")
    record = clean_text(dump)
    assert record.teasers == []
    assert "Dvořáková" not in record.text


def test_row_mark_pretest_is_the_row_search() -> None:
    """``_row_mark`` skips the row search on lines with no bar, dot nor wide gap: every white
    space character but the space is unprintable, so a run of three is seen either way."""
    import sys

    from declutter.content.line_shapes import _ROW, _row_mark

    assert all(not chr(c).isprintable() for c in range(sys.maxunicode + 1)
               if chr(c).isspace() and chr(c) != " ")
    for text in ["Dela · Skriv ut · E-post", "Inicio | Mundo", "Ein   Abstand", "Tab\t\u00a0\u2003gap",
                 "Zwei  Leerzeichen", "Keine Zeile mit Trennern", "a\u3000\u3000\u3000b", "x |y", "Ana•Maria"]:
        assert _row_mark(text) == (_ROW.search(text) is not None), text


def test_word_count_of_letters_and_digits_needs_no_word_search() -> None:
    """A short line of letters and digits set apart by spaces has as many words as tokens:
    ``str.isalnum`` reads what ``\\w`` does (all of Unicode), so the shape reader skips its
    word search there; a line with a dash or a bullet still counts its words."""
    import re
    import sys

    from declutter.content.line_shapes import shape_of

    word = re.compile(r"\w")
    assert all(chr(c).isalnum() == (word.match(chr(c)) is not None)
               for c in range(sys.maxunicode + 1) if chr(c) != "_")
    assert shape_of("Ελλάδα 2026 εκλογές").words == 3
    assert shape_of("— Anzeige —").words == 1
    assert shape_of("Startseite").shape == "chrome"


@pytest.mark.parametrize(("text", "record"), [
    ("Vizualizări: 842 | Adăugat de: Ioana | Etichete: munte, drumeție | Evaluare: 4.5/5", True),
    ("Views: 1120 · Added by: Posh · Rating: 0.0/0", True),
    ("Home | World | Sport", False),  # a nav row: no labels
    ("Er sagte: ja | sie sagte: nein | und dann sagten alle zusammen: vielleicht nicht heute", False),
    ("Note: one thing | another thing here | more", False),  # one label, not a record
])
def test_a_row_of_labelled_fields_is_a_record(text: str, record: bool) -> None:
    from declutter.content.line_shapes import is_field_row

    assert is_field_row(text) is record
