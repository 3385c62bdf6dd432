# ruff: noqa: E501  (the page lines below are data, kept whole)
"""Word counts read a script's own word marks (:func:`declutter.blocks.spaced_words`): the
Ethiopic wordspace "፡" sets words apart as a space does, the Tibetan tsheg "་" sets syllables
apart (two syllables a word, as two Han characters are). Before, a paragraph written so counted
one word for each space, and both readers lost the story (fresh-user kinds H4 and D1: a Tibetan
page gave its nav line as the story in HTML, "no story found" as a dump). Pages of our own in
Amharic (written with wordspaces) and Dzongkha, and the user's Tibetan reproducers."""

from __future__ import annotations

import pytest

from declutter import clean_html, clean_text
from declutter.blocks import count_words, spaced_words
from declutter.content.line_shapes import shape_of

AM_HEADLINE = "ባሕር፡ዳር፡አዲስ፡የሕዝብ፡ቤተ፡መጻሕፍት፡ከፈተች"
AM_STORY = [
    "የባሕር፡ዳር፡ከተማ፡አስተዳደር፡ከሃምሳ፡ሺህ፡በላይ፡መጻሕፍትን፡የያዘ፡አዲስ፡የሕዝብ፡ቤተ፡መጻሕፍት፡ረቡዕ፡ዕለት፡በይፋ፡ከፈተ። ቤተ፡መጻሕፍቱ፡ለተማሪዎችና፡ለተመራማሪዎች፡ትልቅ፡ጥቅም፡እንደሚሰጥ፡ተገልጿል።",
    "የቤተ፡መጻሕፍቱ፡ኃላፊ፡እንደተናገሩት፡ብዙ፡የቆዩ፡መጻሕፍት፡ወደ፡ዲጂታል፡ተቀይረው፡በኢንተርኔት፡ሊነበቡ፡ይችላሉ።",
    "በቤተ፡መጻሕፍቱ፡ውስጥ፡የታሪክ፡የሕክምና፡የሃይማኖትና፡የቋንቋ፡መጻሕፍት፡እንዲሁም፡ለልጆች፡የተለየ፡የንባብ፡ክፍል፡አለ።",
    "በየቀኑ፡ከአንድ፡ሺህ፡በላይ፡ሰዎች፡ይጎበኙታል፤ ቤተ፡መጻሕፍቱ፡ከጠዋቱ፡ሦስት፡ሰዓት፡እስከ፡ምሽቱ፡አንድ፡ሰዓት፡ክፍት፡ነው።",
]
AM_DUMP = "\n".join(["ባሕር፡ዳር፡ዜና", "ዋና፡ገጽ  ዜና  ስፖርት  ባህል", AM_HEADLINE, *AM_STORY,
                     "አጋራ፦ Facebook · Telegram · X", "© 2026 ባሕር፡ዳር፡ዜና"])
AM_HTML = ("<html><head><meta charset='utf-8'></head><body><nav>ዋና፡ገጽ፡ዜና፡ስፖርት</nav><article>"
           f"<h1>{AM_HEADLINE}</h1>" + "".join(f"<p>{p}</p>" for p in AM_STORY[:3])
           + "</article><footer>© 2026</footer></body></html>")

DZ_HEADLINE = "ཐིམ་ཕུག་ལུ་དཔེ་མཛོད་གསརཔ་ཅིག་ཁ་ཕྱེ་ཡི།"
DZ_STORY = [
    "ཐིམ་ཕུག་ཁྲོམ་སྡེ་ནང་ ཟ་ཞག་གསུམ་པའི་ཉིནམ་ རྫོང་ཁའི་དཔེ་དེབ་ཁྲི་ཚོ་གཉིས་ལྷག་ཡོད་པའི་དཔེ་མཛོད་གསརཔ་ཅིག་ཁ་ཕྱེ་ཡི། དཔེ་མཛོད་འདི་གིས་ས་གནས་ཀྱི་སློབ་ཕྲུག་དང་ཞིབ་འཚོལ་པ་ཚུ་ལུ་ཕན་ཐོགས་ཆེ་བས།",
    "དཔེ་མཛོད་ཀྱི་འགོ་དཔོན་གྱིས་ དཔེ་ཆ་རྙིངམ་ལེ་ཤ་ཅིག་གློག་རིག་ནང་བཙུགས་ཏེ་ ཡོངས་འབྲེལ་གུ་ལྷག་ཚུགས་པའི་ཐབས་ལམ་བཟོ་དོ་ཟེར་ སླབ་ཅི།",
    "དཔེ་མཛོད་ནང་ ལོ་རྒྱུས་དང་ གསོ་བ་རིག་པ་ ཆོས་ལུགས་ སྐད་ཡིག་ཚུ་གི་དཔེ་ཆ་ཡོད་མི་མ་ཚད་ ཨ་ལོ་ཚུ་གི་དོན་ལུ་ ལྷག་ཁང་སོ་སོ་ཅིག་ཡང་ཡོད།",
    "ཉིན་ལྟར་མི་སྟོང་ཕྲག་གཅིག་ལྷག་ཙམ་འོང་སྟེ་ དཔེ་མཛོད་འདི་ ཞོགས་པ་ཆུ་ཚོད་དགུ་ལས་ ཕྱི་ཁ་ཆུ་ཚོད་བདུན་ཚུན་ཚོད་ཁ་ཕྱེ་སྟེ་ཡོདཔ་ཨིན།",
]
DZ_DUMP = "\n".join(["འབྲུག་གི་གསར་འགྱུར།", "གཙོ་ངོས།  གསར་འགྱུར།  རྩེད་འགྲན།", DZ_HEADLINE, *DZ_STORY,
                     "བགོ་བཤའ། Facebook · WeChat · X", "© ༢༠༢༦ འབྲུག་གི་གསར་འགྱུར།"])

# the fresh user's reproducers (Tibetan)
BO_HEADLINE = "ལྷ་སར་བོད་ཡིག་དཔེ་མཛོད་གསར་པ་ཞིག་སྒོ་ཕྱེ།"
BO_STORY = [
    "ལྷ་སའི་གྲོང་ཁྱེར་ནང་དུ་ཉིན་གསུམ་པར་བོད་ཡིག་དཔེ་དེབ་ཁྲི་ཚོ་ལྔ་ལྷག་ཡོད་པའི་དཔེ་མཛོད་གསར་པ་ཞིག་སྒོ་ཕྱེ་བ་རེད། དཔེ་མཛོད་འདི་ནི་ས་གནས་ཀྱི་སློབ་ཕྲུག་དང་ཞིབ་འཇུག་པ་ཚོར་ཕན་ཐོགས་ཆེན་པོ་ཡོད།",
    "དཔེ་མཛོད་ཀྱི་འགན་འཛིན་ཚེ་རིང་དབང་མོས་བཤད་དོན། ང་ཚོས་དཔེ་ཆ་རྙིང་པ་མང་པོ་ཞིག་གློག་ཀླད་ནང་དུ་བཅུག་ནས་དྲ་ཐོག་ཏུ་ཀློག་ཐུབ་པ་བཟོ་གི་ཡོད་ཅེས་བཤད།",
    "དཔེ་མཛོད་ནང་དུ་ལོ་རྒྱུས་དང་། སྨན་རྩིས། ཆོས་ལུགས། སྐད་ཡིག་བཅས་ཀྱི་དཔེ་ཆ་ཚང་མ་ཡོད་པ་དང་། བྱིས་པའི་ཀློག་ཁང་སྒེར་ཞིག་ཀྱང་ཡོད།",
    "ཉིན་རེར་མི་གྲངས་སྟོང་ཕྲག་གཅིག་ལྷག་ཙམ་ཡོང་གི་ཡོད་པ་དང་། སྒོ་ཕྱེ་དུས་ཚོད་ནི་ཞོགས་པ་ཆུ་ཚོད་དགུ་ནས་དགོང་མོ་ཆུ་ཚོད་བདུན་བར་ཡིན།",
]
BO_HTML = ("<html><head><meta charset='utf-8'></head><body><nav>གཙོ་ངོས། གསར་འགྱུར།</nav><article>"
           f"<h1>{BO_HEADLINE}</h1>" + "".join(f"<p>{p}</p>" for p in BO_STORY)
           + "</article><footer>© ༢༠༢༦</footer></body></html>")


def test_word_marks_count_as_spaces() -> None:
    assert spaced_words("Two regional banks") == count_words("Two regional banks") == 3
    assert spaced_words("ኢትዮጵያ፡ውስጥ፡ዛሬ") == 3  # three words, one token
    assert spaced_words("ལྷ་སར་བོད་ཡིག") == 2  # four syllables: two words
    assert spaced_words("© ༢༠༢༦ བོད་ཀྱི་གསར་འགྱུར") == 4  # the tokens without syllables count whole
    assert count_words(AM_STORY[1]) == 13 and count_words(BO_STORY[1]) >= 12


@pytest.mark.parametrize("line", [AM_STORY[1], DZ_STORY[2], BO_STORY[2]], ids=["am", "dz", "bo"])
def test_a_paragraph_written_with_word_marks_is_prose(line: str) -> None:
    assert shape_of(line).shape == "prose"


@pytest.mark.parametrize("dump, headline, story", [(AM_DUMP, AM_HEADLINE, AM_STORY),
                                                   (DZ_DUMP, DZ_HEADLINE, DZ_STORY),
                                                   ("\n".join([BO_HEADLINE, *BO_STORY]), BO_HEADLINE, BO_STORY)],
                         ids=["am", "dz", "bo"])
def test_a_dump_written_with_word_marks_keeps_its_story(dump: str, headline: str, story: list[str]) -> None:
    record = clean_text(dump, id="marks")
    assert record.error is None
    assert record.title == headline
    assert record.text.split("\n\n") == story


@pytest.mark.parametrize("html, headline, story", [(AM_HTML, AM_HEADLINE, AM_STORY[:3]),
                                                   (BO_HTML, BO_HEADLINE, BO_STORY)], ids=["am", "bo"])
def test_an_html_page_written_with_word_marks_keeps_its_story(html: str, headline: str, story: list[str]) -> None:
    record = clean_html(html, id="marks")
    assert record.title == headline
    assert record.text.split("\n\n") == story
    assert record.text.count("ዋና፡ገጽ") + record.text.count("གཙོ་ངོས") == 0  # the nav is no story


@pytest.mark.parametrize(("text", "read"), [
    ("कर्\u200dहाड", "कर्\u200dहाड"),  # Marathi eyelash ra: ZWJ after the virama, a mark (Mn)
    ("नन्\u200dहा", "नन्\u200dहा"),
    ("👩\u200d🔬", "👩\u200d🔬"),  # emoji joined into one picture
    ("न्\u200d", "न्"),  # a joiner at the end of the text joins nothing
    ("कर \u200d हाड", "कर  हाड"),  # nor one between spaces
])
def test_joiners_stay_inside_words_after_combining_marks(text: str, read: str) -> None:
    # ZWJ after a virama (category Mn, not \w) was dropped: "कर्‍हाड" read as "कर्हाड" (fresh17 D5)
    from declutter.blocks import drop_invisible

    assert drop_invisible(text) == read


def test_a_zwj_inside_a_word_survives_the_dump_and_html_paths() -> None:
    headline = "कर्\u200dहाड शहरात नवीन पूल"
    story = ("नगरपरिषदेने सोमवारी नदीवरील नवीन पुलाच्या बांधकामाला मंजुरी दिली, जो दोन भागांना जोडेल "
             "आणि कर्\u200dहाड शहराच्या मध्यभागातील वाहतूक कमी करेल. ")
    for record in (clean_text(f"{headline}\n{story * 3}"), clean_html(f"<h1>{headline}</h1><p>{story * 3}</p>")):
        assert record.title == headline and "कर्\u200dहाड शहराच्या" in record.text
