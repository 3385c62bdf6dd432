# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""A mid-story labelled one-line card in Japanese, Korean or Chinese is a teaser like a European
one ("READ MORE: Title"): a short label ending in a full-width or ASCII colon, or led by an
arrow, then a title, alone between story paragraphs. The label is read by its shape, not by
its words (none of the labels below is in the vocabulary)."""

from __future__ import annotations

import pytest

from declutter import clean_text

JA = [
    "県は金曜日、老朽化が進む県立美術館の本館を二年間休館し、耐震補強と空調設備の更新を行うと発表した。",
    "休館中は所蔵作品の一部を県内の公民館や学校に貸し出す巡回展を開き、鑑賞の機会を保つという。",
    "改修後は屋上に展望テラスを設け、夜間開館の日を月二回に増やす計画も盛り込まれている。",
    "美術館の友の会は、休館前の最後の企画展に多くの人が訪れてほしいと呼びかけている。",
]
KO = [
    "부산시는 오는 봄부터 해운대 해수욕장 일대에 자율주행 셔틀버스를 시범 운행한다고 금요일 밝혔다.",
    "셔틀버스는 정류장 여섯 곳을 순환하며 하루 열두 차례 운행되고 요금은 받지 않는다.",
    "시는 시범 운행 결과를 분석해 다른 관광지로 노선을 넓힐지 결정할 예정이다.",
    "일부 상인들은 주차 공간이 줄어들 수 있다며 대책을 요구하고 있다.",
]
ZH = [
    "市政府周五宣布，将在明年春季前完成老城区十二条街道的雨污分流改造工程，总投资约三亿元。",
    "施工期间部分路段将实行单向通行，公交线路也会相应调整，具体方案将提前一周公布。",
    "改造完成后，老城区雨季积水问题有望得到根本缓解，沿街商户的经营环境也将改善。",
    "不少居民表示支持，但也希望施工单位尽量减少夜间噪音。",
]
CASES = {  # story, label line, teaser title
    "ja-fullwidth-colon": (JA, "こちらもおすすめ：港の朝市、毎週日曜に拡大開催へ", "港の朝市、毎週日曜に拡大開催へ"),
    "ja-ascii-colon": (JA, "注目記事: 港の朝市、毎週日曜に拡大開催へ", "港の朝市、毎週日曜に拡大開催へ"),
    "ja-arrow-no-colon": (JA, "▶次に読む 港の朝市、毎週日曜に拡大開催へ", "港の朝市、毎週日曜に拡大開催へ"),
    "ko-colon-label-of-four-words": (KO, "같이 보면 좋은 뉴스: 광안리 드론쇼 매주 토요일 열려", "광안리 드론쇼 매주 토요일 열려"),
    "ko-fullwidth-colon": (KO, "추천 기사：광안리 드론쇼 매주 토요일 열려", "광안리 드론쇼 매주 토요일 열려"),
    "zh-fullwidth-colon": (ZH, "延伸阅读：地铁五号线南延段年底通车", "地铁五号线南延段年底通车"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_cjk_labelled_card_between_paragraphs_is_a_teaser(name: str) -> None:
    story, line, title = CASES[name]
    dump = "\n".join(["見出し 地元のニュース 今日の話題", *story[:2], line, *story[2:]]) + "\n"
    record = clean_text(dump, id=name)
    assert record.text.split("\n\n") == story
    assert [t.title for t in record.teasers] == [title]


@pytest.mark.parametrize("line", [
    "知事は金曜日の記者会見で：来年度から県内の全ての小学校で給食費を無料にすると述べた",  # a long lead is no label
    "부산시 관계자는 금요일 기자회견에서 다음과 같이 말했다: 안전이 최우선이다",
])
def test_a_sentence_with_a_colon_in_a_cjk_story_stays_story(line: str) -> None:
    story = JA if line[0] == "知" else KO
    dump = "\n".join(["見出し 地元のニュース 今日の話題", *story[:2], line, *story[2:]]) + "\n"
    record = clean_text(dump, id="sentence")
    assert line in record.text.split("\n\n")
    assert not record.teasers
