# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""The story run of a text dump (:mod:`declutter.content.story_run`): a run of paragraphs resumes
after one short line no rule reads (an ad label in a language no rule names)."""

from __future__ import annotations

import pytest

from declutter import clean_text

AD_LABEL_AM = [
    "በአዲስ አበባ አዲስ የአውቶቡስ መስመር ተከፈተ",
    "ዜና ዛሬ · 3 ሰዓት በፊት",
    "የአዲስ አበባ ከተማ አስተዳደር በከተማዋ ዋና ዋና መንገዶች ላይ አዲስ የአውቶቡስ አገልግሎት ዛሬ ጠዋት መጀመሩን አስታወቀ።",
    "በመጀመሪያው ምዕራፍ ሃምሳ አውቶቡሶች የሚሰሩ ሲሆን ዋጋው ከተለመደው የአውቶቡስ ዋጋ ጋር ተመሳሳይ ነው ተብሏል።",
    "ማስታወቂያ",
    "በሚቀጥለው ዓመት መጨረሻ ሁለት መቶ አውቶቡሶችን ለማሰማራት መታቀዱን የትራንስፖርት ቢሮ ኃላፊው ገልጸዋል።",
]

AD_LABEL_MG = [
    "Nanokatra tsena vaovao eto Antsirabe ny kaominina",
    "Gazety Vaovao · 2 ora lasa izay",
    "Nanokatra tsena vaovao eto afovoan-tanàna ny kaominina Antsirabe ny sabotsy teo, araka ny fanambaran'ny ben'ny tanàna.",
    "Mpivarotra telonjato no afaka mivarotra ao anatin'ilay tsena, ary maimaim-poana ny hofan-toerana mandritra ny volana voalohany.",
    "Dokambarotra",
    "Mikasa ny hanitatra ilay tsena amin'ny taona ho avy ny kaominina raha mahomby izy.",
]


@pytest.mark.parametrize("lines", [AD_LABEL_AM, AD_LABEL_MG], ids=["amharic", "malagasy"])
def test_a_story_resumes_after_a_one_word_ad_label_between_its_paragraphs(lines: list[str]) -> None:
    """Issue 12, D4: two paragraphs, an ad label in a language no rule names ("ማስታወቂያ",
    "Dokambarotra"), then the story's last paragraph, as long as the others: the run resumes
    after the label; the label alone is chrome, the last paragraph is the story's."""
    record = clean_text("\n".join(lines) + "\n", id="ad-label")
    assert record.title == lines[0]
    assert record.text.split("\n\n") == lines[2:4] + lines[5:]
    assert lines[4] in [r.text for r in record.removed]


RULED_AD_KN = [
    "ಮೈಸೂರಿನಲ್ಲಿ ಹೊಸ ಬಸ್ ನಿಲ್ದಾಣ ಉದ್ಘಾಟನೆ",
    "ಕನ್ನಡ ಸುದ್ದಿ | 7 ಡಿಸೆಂಬರ್ 2026",
    "ಮೈಸೂರು ನಗರದ ಹೊರವಲಯದಲ್ಲಿ ನಿರ್ಮಿಸಲಾದ ಹೊಸ ಬಸ್ ನಿಲ್ದಾಣವನ್ನು ಸಾರಿಗೆ ಸಚಿವರು ಭಾನುವಾರ ಬೆಳಿಗ್ಗೆ ನೂರಾರು ಜನರ ಸಮ್ಮುಖದಲ್ಲಿ ಉದ್ಘಾಟಿಸಿದರು.",
    "ನಿಲ್ದಾಣದಲ್ಲಿ ನಲವತ್ತು ಬಸ್‌ಗಳು ಒಂದೇ ಬಾರಿಗೆ ನಿಲ್ಲಲು ಸ್ಥಳವಿದ್ದು ಪ್ರಯಾಣಿಕರಿಗೆ ಕುಡಿಯುವ ನೀರು, ಶೌಚಾಲಯ ಮತ್ತು ವಿಶ್ರಾಂತಿ ಕೊಠಡಿಯ ವ್ಯವಸ್ಥೆ ಮಾಡಲಾಗಿದೆ.",
    "ಇದರಿಂದ ನಗರದ ಮುಖ್ಯ ರಸ್ತೆಗಳಲ್ಲಿ ಸಂಚಾರ ದಟ್ಟಣೆ ಸಾಕಷ್ಟು ಕಡಿಮೆಯಾಗಲಿದೆ ಮತ್ತು ಪ್ರಯಾಣದ ಸಮಯ ಉಳಿಯಲಿದೆ ಎಂದು ಅಧಿಕಾರಿಗಳು ತಿಳಿಸಿದ್ದಾರೆ.",
    "Advertisement",
    "ಹಾಸನದಲ್ಲೂ ಇಂತಹದೇ ನಿಲ್ದಾಣ ನಿರ್ಮಿಸಲಾಗುವುದು ಎಂದು ಸಚಿವರು ಹೇಳಿದರು.",
    "ಇದಕ್ಕೆ ಸಂಬಂಧಿಸಿದ ಸುದ್ದಿಗಳು",
    "ಹಾಸನದಲ್ಲಿ ರೈತರ ಪ್ರತಿಭಟನೆ | ಕನ್ನಡ ಸುದ್ದಿ | 3 ಗಂಟೆ ಹಿಂದೆ",
    "ಮಂಡ್ಯದಲ್ಲಿ ಕಬ್ಬು ಬೆಲೆ ಏರಿಕೆ | ಪ್ರಜಾ ವಾರ್ತೆ | ನಿನ್ನೆ",
    "ಶಿವಮೊಗ್ಗದಲ್ಲಿ ಮಳೆ ಮುಂದುವರಿಕೆ | ಕನ್ನಡ ಸುದ್ದಿ | 1 ದಿನ ಹಿಂದೆ",
]


def test_a_story_resumes_after_an_ad_label_a_rule_dropped() -> None:
    """Issue 12, D1: an ad label a generic rule drops ("Advertisement") between a story's
    paragraphs, its last paragraph under it and a "related" heading over one-line cards after
    it (Kannada): the run resumes after the dropped label, as after one no rule reads."""
    lines = RULED_AD_KN
    record = clean_text("\n".join(lines) + "\n", id="ruled-ad")
    assert record.title == lines[0]
    assert record.text.split("\n\n") == lines[2:5] + lines[6:7]
    assert [t.title for t in record.teasers] == [line.split(" | ")[0] for line in lines[8:]]
