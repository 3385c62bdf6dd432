# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Scripts written without spaces between words (Thai, Lao, Khmer, Myanmar), read as CJK is:
their lines count in characters, not space-separated words, so a story paragraph is prose
(fresh-user kind D6: a Thai dump gave "no story found", every paragraph after-story). Dumps
of our own in Khmer, Lao and Myanmar."""

from __future__ import annotations

import pytest

from declutter import clean_text
from declutter.blocks import count_words
from declutter.content.features import CJK
from declutter.content.line_shapes import shape_of

KM_STORY = """\
ភ្នំពេញពង្រីកផ្លូវថ្មីដើម្បីកាត់បន្ថយការកកស្ទះចរាចរណ៍
រដ្ឋបាលរាជធានីភ្នំពេញបានប្រកាសគម្រោងពង្រីកផ្លូវចំនួនប្រាំខ្សែនៅក្នុងខណ្ឌសែនសុខ ដើម្បីកាត់បន្ថយការកកស្ទះចរាចរណ៍នៅម៉ោងប្រញាប់។
អភិបាលរាជធានីបានថ្លែងថា ការងារសាងសង់នឹងចាប់ផ្តើមនៅខែមករា។
ក្រៅពីនេះ ក្រុមហ៊ុនដឹកជញ្ជូនសាធារណៈនឹងបន្ថែមរថយន្តក្រុងចំនួន ៥០ គ្រឿងលើខ្សែផ្លូវថ្មីទាំងនេះ។
អ្នកបើកបរជាច្រើនបានស្វាគមន៍គម្រោងនេះ ប៉ុន្តែខ្លះបារម្ភអំពីការកកស្ទះបណ្តោះអាសន្នក្នុងអំឡុងពេលសាងសង់។
#ភ្នំពេញ #ចរាចរណ៍
© 2026 កាសែតភ្នំពេញថ្ងៃនេះ
"""

LO_STORY = """\
ນະຄອນຫຼວງວຽງຈັນເລັ່ງສ້ອມແປງຖະໜົນກ່ອນລະດູຝົນ
ອົງການປົກຄອງນະຄອນຫຼວງວຽງຈັນໄດ້ປະກາດແຜນການສ້ອມແປງຖະໜົນຈໍານວນສິບສາຍໃນເຂດເມືອງຈັນທະບູລີ ເພື່ອຫຼຸດຜ່ອນບັນຫານໍ້າຖ້ວມໃນລະດູຝົນ
ເຈົ້າຄອງນະຄອນຫຼວງກ່າວວ່າ ວຽກງານກໍ່ສ້າງຈະເລີ່ມຕົ້ນໃນເດືອນມັງກອນ ແລະ ຈະສໍາເລັດກ່ອນລະດູຝົນປີໜ້າ
ນອກຈາກນີ້ ບໍລິສັດຂົນສົ່ງມວນຊົນຈະເພີ່ມລົດເມອີກ 50 ຄັນໃນເສັ້ນທາງໃໝ່ເຫຼົ່ານີ້
"""

MY_STORY = """\
ရန်ကုန်မြို့တွင် လမ်းသစ်များ ချဲ့ထွင်ရန် စီစဉ်
ရန်ကုန်မြို့တော်စည်ပင်သာယာရေးကော်မတီသည် မြို့တွင်းယာဉ်ကြောပိတ်ဆို့မှုကို လျှော့ချရန်အတွက် လမ်းငါးသွယ်ကို ချဲ့ထွင်မည်ဖြစ်ကြောင်း ကြေညာခဲ့သည်။
မြို့တော်ဝန်က ဆောက်လုပ်ရေးလုပ်ငန်းများကို ဇန်နဝါရီလတွင် စတင်မည်ဖြစ်ပြီး လာမည့်မိုးရာသီမတိုင်မီ ပြီးစီးရန် လျာထားကြောင်း ပြောကြားခဲ့သည်။
ထို့အပြင် အများပြည်သူသယ်ယူပို့ဆောင်ရေးကုမ္ပဏီက လမ်းသစ်များပေါ်တွင် ဘတ်စ်ကား ၅၀ စီး ထပ်မံတိုးမြှင့်မည်ဖြစ်သည်။
"""


def test_a_khmer_story_is_found_and_its_chrome_dropped() -> None:
    result = clean_text(KM_STORY, id="km")
    assert result.error is None
    lines = KM_STORY.splitlines()
    assert result.title == lines[0]
    assert result.text.split("\n\n") == lines[1:5]
    assert not any(r.text in result.text for r in result.removed)
    assert {r.text for r in result.removed} == set(lines[5:])


@pytest.mark.parametrize("dump", [LO_STORY, MY_STORY], ids=["lo", "my"])
def test_lao_and_myanmar_stories_are_found(dump: str) -> None:
    result = clean_text(dump, id="unspaced")
    lines = dump.splitlines()
    assert result.error is None
    assert result.title == lines[0]
    assert result.text.split("\n\n") == lines[1:]


@pytest.mark.parametrize("line", [KM_STORY.splitlines()[1], LO_STORY.splitlines()[1],
                                  MY_STORY.splitlines()[1]], ids=["km", "lo", "my"])
def test_an_unspaced_paragraph_is_prose_by_its_characters(line: str) -> None:
    # two or three space-separated "words", but a paragraph's length in characters
    assert len(line.split()) <= 6
    assert shape_of(line).shape == "prose"
    assert len(CJK.findall(line)) >= 40
    assert count_words(line) >= 20


def test_an_abbreviated_age_ends_no_sentence_in_an_unspaced_script() -> None:
    # "Source · 2 ຊມ.": the full stop is the abbreviation's; the byline is no story paragraph
    byline = "ຂ່າວສານວຽງຈັນມື້ນີ້ · 2 ຊມ."
    assert shape_of(byline).shape != "prose"
    lines = LO_STORY.splitlines()
    result = clean_text("\n".join([lines[0], byline, *lines[1:]]) + "\n", id="lo")
    assert result.title == lines[0]
    assert result.text.split("\n\n") == lines[1:]
    assert byline in [r.text for r in result.removed]
