"""Teaser patterns: one layout description, every teaser in it parsed into fields."""

from __future__ import annotations

import textwrap
from pathlib import Path

from declutter.blocks import BOILERPLATE, Page, text_to_blocks
from declutter.content.patterns import parse_teasers
from declutter.ruleset.engine import RuleSet, _PageContext
from declutter.ruleset.load import load_files

RULES = """\
definitions:
  meta: '^(?P<source>[^·]+?) · (?P<age>.+)$'
  link: '^Read more: (?P<url>https?://\\S+)$'
patterns:
  seed:
    - {field: source, match: {max_words: 6, regex: '^[^.!?]+$'}}
    - {field: age, match: {regex: '(?i)ago$|^yesterday$'}}
    - {field: byline, match: {regex: '^-\\s*(?P<byline>\\S.*)$'}, optional: true}
    - {field: title}
    - {field: text, repeat: true, optional: true}
  meta-first:
    - {field: line, match: {like: meta}}
    - {field: title}
    - {field: text, repeat: true, optional: true}
    - {field: url, match: {like: link}}
  meta-last:
    - {field: title}
    - {field: text, repeat: true}
    - {field: line, match: {like: meta}}
rules:
  - {id: t.seed, description: seed layout, match: {text: Seed}, action: teasers, pattern: seed}
  - {id: t.first, description: meta first, match: {text: First}, action: teasers, pattern: meta-first}
  - {id: t.last, description: meta last, match: {text: Last}, action: teasers, pattern: meta-last}
  - {id: t.ad, description: ads inside lists, match: {text: Advertisement}, action: drop}
"""


def rules_in(tmp_path: Path) -> RuleSet:
    (tmp_path / "r.yaml").write_text(RULES, "utf-8")
    return RuleSet(load_files([tmp_path / "r.yaml"]))


def teasers(tmp_path: Path, text: str) -> list[dict[str, str]]:
    page = Page("t", "text", text_to_blocks(textwrap.dedent(text)))
    rules_in(tmp_path).apply(page)
    return [page.teasers[i] for i in sorted(page.teasers)]


def test_seed_layout_with_optional_byline_and_multi_line_bodies(tmp_path):
    got = teasers(tmp_path, """\
        Seed
        Russia Today
        4 hours ago
        - Russia Today
        Coalition loses majority
        First body line.
        Second body line.
        Port Ledger
        yesterday
        Ports brace for strike
        """)
    assert got == [
        {"source": "Russia Today", "age": "4 hours ago", "title": "Coalition loses majority",
         "text": "First body line.\n\nSecond body line."},
        {"source": "Port Ledger", "age": "yesterday", "title": "Ports brace for strike"},
    ]


def test_a_byline_fills_the_source_when_there_is_no_source_line(tmp_path):
    (tmp_path / "r.yaml").write_text(
        "patterns:\n  p:\n    - {field: byline, match: {regex: '^-\\s*(?P<byline>.+)$'}}\n"
        "    - {field: title}\nrules:\n  - {id: t.p, description: d, match: {text: M}, action: teasers,"
        " pattern: p}\n", "utf-8")
    page = Page("t", "text", text_to_blocks("M\n- Wire Service\nA title\n"))
    RuleSet(load_files([tmp_path / "r.yaml"])).apply(page)
    assert page.teasers == {0: {"source": "Wire Service", "title": "A title"}}


def test_an_optional_body_gives_way_to_the_step_that_claims_the_line(tmp_path):
    got = teasers(tmp_path, """\
        First
        Levante Digital · hace 2 días
        Exam calendar moves a week
        The rector blamed building works.
        Read more: https://example.com/a
        Portada Hoy · hace una hora
        Record demand for school meal grants
        Read more: https://example.com/b
        """)
    assert got == [
        {"source": "Levante Digital", "age": "hace 2 días", "title": "Exam calendar moves a week",
         "text": "The rector blamed building works.", "url": "https://example.com/a"},
        {"source": "Portada Hoy", "age": "hace una hora", "title": "Record demand for school meal grants",
         "url": "https://example.com/b"},
    ]


def test_a_closing_meta_line_ends_the_body(tmp_path):
    got = teasers(tmp_path, """\
        Last
        Ferry fleet renewal delayed
        Two hulls need more work.
        Delivery slips by nine months.
        Northern Courier · 3h
        Businesses count the cost
        Hotels lost bookings all winter.
        Highland Daily · an hour ago
        """)
    assert [(t["title"], t["text"], t["source"], t["age"]) for t in got] == [
        ("Ferry fleet renewal delayed", "Two hulls need more work.\n\nDelivery slips by nine months.",
         "Northern Courier", "3h"),
        ("Businesses count the cost", "Hotels lost bookings all winter.", "Highland Daily", "an hour ago"),
    ]


def test_blocks_other_rules_dropped_are_skipped_inside_a_list(tmp_path):
    text = "Last\nTitle one\nBody one.\nAdvertisement\nWire · 1h\n"
    page = Page("t", "text", text_to_blocks(text))
    rules_in(tmp_path).apply(page)
    assert page.teasers == {0: {"title": "Title one", "text": "Body one.", "source": "Wire", "age": "1h"}}
    assert (page.blocks[3].label, page.blocks[3].rule) == (BOILERPLATE, "t.ad")
    assert [b.field for b in page.blocks] == [None, "title", "text", None, "source+age"]


def test_parsing_stops_where_the_layout_no_longer_fits(tmp_path):
    text = "Last\nOnly a title and a body\nBody.\nNo meta line follows here\n"
    assert teasers(tmp_path, text) == []
    rules = rules_in(tmp_path)
    page = Page("t", "text", text_to_blocks(text))
    ctx = _PageContext(page)
    pattern = next(r for r in rules.rules if r.id == "t.last").pattern
    assert list(parse_teasers(page, 1, pattern, ctx.check)) == []


CARD_RULES = """\
definitions:
  meta: '^(?P<source>[^·]+?) · (?P<age>.+)$'
rules:
  - id: t.box
    description: a read-also box that is one block
    match: {css: div.box}
    action: teasers
    span: self
    pattern:
      - field: title
        parts: {title: a, url: a, line: {css: span.meta, like: meta}}
"""

CARD_PAGE = b"""<html><head><link rel="canonical" href="https://paper.example/news/a.html"></head>
<body><article><h1>Schools open their yards in the heat</h1>
<p>Forty school yards will open to families at weekends while the heat wave lasts, the city said.</p>
<div class="box"><span>Read also</span> <a href="/health/heat-advice.html">Heat advice for older people</a>
<span class="meta">Paper Daily \xc2\xb7 2 hours ago</span></div>
<p>The yards will be open from nine in the morning to seven in the evening, with staff on site.</p>
</article></body></html>"""


def test_parts_take_card_fields_from_elements_inside_one_block(tmp_path):
    from declutter.html import parse_html

    (tmp_path / "r.yaml").write_text(CARD_RULES, "utf-8")
    page = parse_html(CARD_PAGE, id="p")
    RuleSet(load_files([tmp_path / "r.yaml"])).apply(page)
    assert list(page.teasers.values()) == [{
        "title": "Heat advice for older people", "url": "https://paper.example/health/heat-advice.html",
        "source": "Paper Daily", "age": "2 hours ago", "label": "Read also"}]
    (box,) = [b for b in page.blocks if b.field == "card"]
    assert box.text.startswith("Read also")



def test_a_label_inside_the_link_is_not_part_of_the_title(tmp_path):
    # <a>Related: Title</a>: the label is the card's, dropped with an audit entry; a title
    # that merely starts with "More" has no label separator and stays whole
    from declutter.html import parse_html

    (tmp_path / "r.yaml").write_text(CARD_RULES, "utf-8")
    for inside, title, label in [
        ("See also: Night buses to run every ten minutes", "Night buses to run every ten minutes",
         "See also:"),
        ("More trains for the coast line in summer", "More trains for the coast line in summer", None),
    ]:
        html = CARD_PAGE.replace(b"<span>Read also</span> ", b"").replace(
            b"Heat advice for older people", inside.encode())
        page = parse_html(html, id="p")
        RuleSet(load_files([tmp_path / "r.yaml"])).apply(page)
        (fields,) = page.teasers.values()
        assert (fields["title"], fields.get("label")) == (title, label)

GROWTH_RULES = """\
rules:
  - id: t.tail
    description: a list that needs a closing meta line, over a page of lines that have none
    match: {text: Last}
    action: teasers
    pattern:
      - {field: title}
      - {field: text, repeat: true}
      - {field: line, match: {regex: '^(?P<source>[^·]+?) · (?P<age>.+)$'}}
"""


def test_matching_work_grows_linearly_with_the_blocks(tmp_path, monkeypatch):
    """The worst case of a repeated step: a long run of short lines where every start begins
    a teaser that fails at its end. A recursive matcher re-enters each start once per earlier
    start (Fibonacci growth: ~10^5 fills at 26 lines); the work here is counted, not timed."""
    import declutter.content.patterns as patterns

    (tmp_path / "r.yaml").write_text(GROWTH_RULES, "utf-8")
    rules = RuleSet(load_files([tmp_path / "r.yaml"]))
    fill = patterns._fill
    work = {"fills": 0, "checks": 0}

    def counted_fill(*args, **kwargs):
        work["fills"] += 1
        return fill(*args, **kwargs)

    monkeypatch.setattr(patterns, "_fill", counted_fill)
    per_block = []
    for n in (40, 400, 4000):  # 1x, 10x, 100x
        work.update(fills=0, checks=0)
        page = Page("t", "text", text_to_blocks("Last\n" + "".join(f"line {k}\n" for k in range(n))))
        ctx = _PageContext(page)

        def check(matcher, block, ctx=ctx):
            work["checks"] += 1
            return ctx.check(matcher, block)

        assert list(parse_teasers(page, 1, rules.rules[0].pattern, check)) == []
        assert work["checks"] <= n  # each (matcher, block) pair is checked once
        per_block.append(work["fills"] / n)
    # work per block is bounded by a constant (one fill per repeat slot), so 100x the blocks
    # costs at most ~100x the work; at 1x the repeats run into the page's end sooner
    assert max(per_block) <= patterns.MAX_REPEAT + 2, per_block
    assert per_block[2] <= 1.1 * per_block[1], per_block
