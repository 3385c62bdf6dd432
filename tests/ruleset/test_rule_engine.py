"""The rule engine on real pages: each matcher, each action, precedence and scopes."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from declutter.blocks import BOILERPLATE, TEASER, Page, text_to_blocks
from declutter.html import parse_html
from declutter.pipeline import clean_text
from declutter.ruleset.engine import RuleSet, fold, fold_all


@pytest.fixture
def load_rules(write_rules: Callable[..., Path], tmp_path: Path) -> Callable[..., RuleSet]:
    """load_rules(yaml_text, bundled=False) -> RuleSet of one rule file (plus bundled ones if asked)."""

    def load(text: str, bundled: bool = False, name: str = "test.yaml") -> RuleSet:
        write_rules(name, text)
        return RuleSet.load([tmp_path / "rules"], bundled=bundled)

    return load


def page_of(text: str, **kw: str) -> Page:
    """A text-dump page from an indented literal."""
    return Page(id="t", format="text", blocks=text_to_blocks(textwrap.dedent(text)), **kw)


STORY_LINES = """\
    Harbour cranes stand idle as dock strike enters its second week
    Dock workers walked out on Monday, halting traffic at the country's largest container port.
    Sponsored content
    The union said the strike would continue until a new wage offer was tabled by the operator.
    SHARE ON FACEBOOK
    Shipping lines have started diverting vessels to smaller ports further along the coast.
    Related
    Port Ledger · 2 days ago
    """


def labels(rules: RuleSet, text: str, **kw: str) -> list[tuple[str | None, str | None, str]]:
    page = page_of(text, **kw)
    rules.apply(page)
    return [(b.label, b.rule, b.text) for b in page.blocks]


def dropped_by(rules: RuleSet, text: str, **kw: str) -> dict[str, str]:
    return {t: r for label, r, t in labels(rules, text, **kw) if label == BOILERPLATE}


def one_rule(match: str, action: str = "drop", extra: str = "") -> str:
    return f"""\
        rules:
          - id: t.rule
            description: rule under test
            match: {match}
            action: {action}
        {extra}"""


def test_exact_text_ignores_case_and_spacing(load_rules):
    rules = load_rules(one_rule("{text: 'sponsored   CONTENT'}"))
    assert dropped_by(rules, STORY_LINES) == {"Sponsored content": "t.rule"}


@pytest.mark.parametrize("texts", [
    ["Sponsored content", "Sponsored\u00a0 CONTENT", "Straße\tNEWS", "ΣΟΦΟΣ  Ξ", "  lead", "end ", ""],
    ["one\nblock of two lines", "Share  this"],
    [],
])
def test_page_folding_is_each_block_folded(texts: list[str]) -> None:
    # the page is case folded at once and only blocks with odd white space are folded alone
    assert fold_all(texts) == [fold(t) for t in texts]


@pytest.mark.parametrize("texts", [
    ["Plain line", "tab\there", "no-break\u00a0space", "ideographic\u3000space", "x\u2028y"],
    ["Clean one", "clean two", "CLEAN Three"],
])
def test_page_folding_finds_each_odd_white_space(texts: list[str]) -> None:
    # one search over the page decides whether any block needs folding alone
    assert fold_all(texts) == [fold(t) for t in texts]


def test_phrases_as_literal_set_match_as_the_automaton(load_rules, monkeypatch):
    # up to PHRASE_SET_MAX phrases are one RE2 literal set, more one Aho-Corasick automaton:
    # both give each block the same rules, repeated and overlapping phrases and prefixes too
    from declutter.ruleset import rule_index

    yaml = """\
        rules:
          - id: t.share
            description: share rows
            match: {phrase: [on facebook, facebook, "on face"]}
            action: drop
          - id: t.lead
            description: share and source leads
            match: {prefix: [share, "port ledger"]}
            action: drop
        """
    page = page_of("""\
        Share on Facebook and on facebook
        Port Ledger · 2 days ago
        Story about a ledger and share prices on facebook.
        Plain line
        """)
    texts = [b.text for b in page.blocks]
    folded = fold_all(texts)
    chosen = load_rules(textwrap.dedent(yaml))._view(page, "\n".join(folded))
    assert chosen.phrase_set is not None and chosen.automaton is None
    monkeypatch.setattr(rule_index, "PHRASE_SET_MAX", 0)
    automaton = load_rules(textwrap.dedent(yaml))._view(page, "\n".join(folded))
    assert automaton.phrase_set is None and automaton.automaton is not None
    found = chosen.candidates(folded, texts)
    assert found == automaton.candidates(folded, texts)
    assert found == [(0, [0, 1]), (1, [1]), (2, [0])]  # a prefix counts only at the start


def test_phrase_matches_inside_a_line(load_rules):
    rules = load_rules(one_rule("{phrase: [on facebook, nothing here]}"))
    assert dropped_by(rules, STORY_LINES) == {"SHARE ON FACEBOOK": "t.rule"}


def test_prefix_matches_only_at_the_start(load_rules):
    rules = load_rules(one_rule("{prefix: 'port ledger'}"))
    assert dropped_by(rules, STORY_LINES) == {"Port Ledger · 2 days ago": "t.rule"}
    rules = load_rules(one_rule("{prefix: 'ledger'}"))
    assert dropped_by(rules, STORY_LINES) == {}


def test_regex_is_searched(load_rules):
    rules = load_rules(one_rule(r"{regex: '\d+ days ago$'}"))
    assert dropped_by(rules, STORY_LINES) == {"Port Ledger · 2 days ago": "t.rule"}


def test_regexes_match_each_block_on_its_own_though_searched_page_wide(load_rules):
    # the regexes run once over the whole page (blocks joined by line breaks): ^ and $ must
    # hold at each block's own ends, and no match may run from one block into the next
    rules = load_rules(one_rule(r"{regex: '^(?i)related\s+port ledger'}"))
    assert dropped_by(rules, STORY_LINES) == {}  # "Related" / "Port Ledger ..." are two blocks
    rules = load_rules(one_rule(r"{regex: '^[^.]{2,30}$'}"))
    assert dropped_by(rules, STORY_LINES) == {"Sponsored content": "t.rule", "SHARE ON FACEBOOK": "t.rule",
                                              "Related": "t.rule", "Port Ledger · 2 days ago": "t.rule"}
    # \A and \z mean the text's ends: such a regex is searched block by block
    rules = load_rules(one_rule(r"{regex: '\ARelated\z'}"))
    assert dropped_by(rules, STORY_LINES) == {"Related": "t.rule"}
    rules = load_rules(one_rule(r"{regex: 'ago\z'}"))
    assert dropped_by(rules, STORY_LINES) == {"Port Ledger · 2 days ago": "t.rule"}


def test_page_wide_regex_matches_find_their_blocks_after_multibyte_text(load_rules):
    # the page is searched as UTF-8 bytes: a match's block is found by counting line breaks,
    # so characters of 2, 3 and 4 bytes before it, and several matches in one block or in
    # blocks far apart, must still name the right blocks
    rules = load_rules(one_rule(r"{regex: '\d+ (?:days|Tage) ago'}"))
    text = "\n".join([
        "Größere Städte — 東京 und München 🚆",
        "Ein Absatz über Bahnhöfe, 3 Tage ago geschrieben, und 4 days ago verbessert.",
        "Ни одной даты здесь нет.",
        "",
        "東京新聞 · 2 days ago",
        "Keine Zeit hier 🙂",
        "Port Ledger · 12 days ago",
    ])
    assert dropped_by(rules, text) == {
        "Ein Absatz über Bahnhöfe, 3 Tage ago geschrieben, und 4 days ago verbessert.": "t.rule",
        "東京新聞 · 2 days ago": "t.rule",
        "Port Ledger · 12 days ago": "t.rule",
    }


def test_page_regexes_find_every_block_across_the_pieces_searched_together(load_rules):
    # the page set searches REGEX_LINES blocks at a time: matches on a piece's first and last
    # block, in several pieces, and a page shorter than one piece all name their own blocks
    from declutter.ruleset.rule_index import REGEX_LINES

    rules = load_rules(one_rule(r"{regex: '^(?:Anzeige|\d+ Kommentare)$'}"))
    spots = {0, REGEX_LINES - 1, REGEX_LINES, 2 * REGEX_LINES + 5, 3 * REGEX_LINES - 1}
    lines = [("Anzeige" if k % 2 else f"{k} Kommentare") if k in spots
             else f"Absatz {k}: Die Fähre nach Föhr fährt heute später ab." for k in range(3 * REGEX_LINES)]
    page = page_of("\n".join(lines))
    rules.apply(page)
    assert {b.index for b in page.blocks if b.rule == "t.rule"} == spots
    assert dropped_by(rules, "Anzeige\nDie Fähre fährt.\n") == {"Anzeige": "t.rule"}


def test_like_uses_a_bundled_definition(load_rules):
    rules = load_rules(one_rule("{like: age}"), bundled=True)
    got = dropped_by(rules, "Story title\nSome story text that is long enough to be a paragraph here.\n"
                            "vor 3 Stunden\nA second paragraph of the story, equally long enough.\n")
    assert got == {"vor 3 Stunden": "t.rule"}


def test_word_bounds_combine_with_other_conditions(load_rules):
    rules = load_rules(one_rule("{phrase: strike, max_words: 12}"))
    assert dropped_by(rules, STORY_LINES) == {
        "Harbour cranes stand idle as dock strike enters its second week": "t.rule"}
    rules = load_rules(one_rule("{phrase: strike, min_words: 13}"))
    assert list(dropped_by(rules, STORY_LINES).values()) == ["t.rule"]
    assert "The union said" in next(iter(dropped_by(rules, STORY_LINES)))


def test_after_a_marker_holds_for_every_later_block(load_rules):
    rules = load_rules(one_rule("{after: {text: SHARE ON FACEBOOK}}"))
    assert list(dropped_by(rules, STORY_LINES)) == [
        "Shipping lines have started diverting vessels to smaller ports further along the coast.",
        "Related", "Port Ledger · 2 days ago"]


HTML = b"""<html><body><article>
<h1>Night buses return to the city centre</h1>
<p>The council will restore four night bus routes from next month after a two-year gap.</p>
<div class="promo-box"><p>Try the Metro app for live departures.</p></div>
<p>Officials expect the buses to carry about four thousand passengers each weekend night.</p>
<aside id="card"><p>Read the council's full transport plan online.</p></aside>
</article></body></html>"""


def html_labels(rules: RuleSet) -> dict[str, tuple[str | None, str | None]]:
    page = parse_html(HTML, id="p", url="https://metro.example/a")
    rules.apply(page)
    return {b.text: (b.label, b.rule) for b in page.blocks}


def test_css_selector_matches_blocks_inside_the_selected_element(load_rules):
    got = html_labels(load_rules(one_rule("{css: 'div.promo-box'}")))
    assert got["Try the Metro app for live departures."] == (BOILERPLATE, "t.rule")
    assert [t for t, (label, _) in got.items() if label] == ["Try the Metro app for live departures."]


def test_xpath_matches_blocks_inside_the_selected_element(load_rules):
    got = html_labels(load_rules(one_rule("{xpath: \"//aside[@id='card']\"}")))
    assert [t for t, (label, _) in got.items() if label] == ["Read the council's full transport plan online."]


def test_kind_restricts_to_html_tags_and_dump_lines(load_rules):
    got = html_labels(load_rules(one_rule("{phrase: night, kind: h1}")))
    assert [t for t, (label, _) in got.items() if label] == ["Night buses return to the city centre"]
    assert dropped_by(load_rules(one_rule("{phrase: night, kind: h1}")), "Night\nnight line\n") == {}


def test_keep_protects_a_block_from_every_drop(load_rules):
    rules = load_rules("""\
        rules:
          - {id: t.drop, description: drops ads, match: {phrase: sponsored}, action: drop}
          - {id: t.keep, description: but not this one, match: {text: Sponsored content}, action: keep}
          - {id: t.end, description: ends the story, match: {text: Sponsored content}, action: end-of-story}
        """)
    page = page_of(STORY_LINES)
    decisions = rules.apply(page)
    kept = page.blocks[2]
    assert kept.kept and kept.label is None and kept.rule == "t.keep"
    assert decisions[2].winner == "t.keep" and decisions[2].matched == ["t.drop", "t.keep", "t.end"]
    # end-of-story still ends the story after the kept block
    assert [b.rule for b in page.blocks[3:]] == ["t.end"] * 5
    record = clean_text(STORY_LINES.replace("    ", ""), rules=rules)
    assert "Sponsored content" in record.text


def test_end_of_story_drops_everything_after_its_first_match(load_rules):
    rules = load_rules(one_rule("{text: Related}", "end-of-story"))
    assert list(dropped_by(rules, STORY_LINES)) == ["Related", "Port Ledger · 2 days ago"]


def test_teasers_after_a_marker_become_records(load_rules):
    rules = load_rules("""\
        definitions:
          meta: '^(?P<source>[^·]+?) · (?P<age>.+)$'
        rules:
          - id: t.related
            description: Related list
            match: {text: Related}
            action: teasers
            pattern:
              - {field: title}
              - {field: line, match: {like: meta}}
        """)
    text = STORY_LINES.replace("    Related\n", "    Related\n    Ports brace for weekend\n")
    record = clean_text(text.replace("    ", ""), rules=rules)
    assert [(t.title, t.source, t.age) for t in record.teasers] == [
        ("Ports brace for weekend", "Port Ledger", "2 days ago")]
    assert "Ports brace" not in record.text
    assert [r.text for r in record.removed] == ["Related"]


def test_a_teaser_card_in_the_middle_of_the_story(load_rules):
    rules = load_rules("""\
        rules:
          - id: t.card
            description: '"See also:" card between paragraphs'
            match: &card {regex: '^See also: (?P<title>.+)$'}
            action: teasers
            span: self
            pattern: [{field: line, match: *card}]
        """)
    text = ("Cranes idle as strike goes on\n"
            "Dock workers walked out on Monday, halting traffic at the largest container port.\n"
            "See also: Freight rates climb as ships queue offshore\n"
            "The union said the strike would continue until a new wage offer was tabled.\n")
    record = clean_text(text, rules=rules)
    assert [t.title for t in record.teasers] == ["Freight rates climb as ships queue offshore"]
    assert record.text.split("\n\n") == [
        "Dock workers walked out on Monday, halting traffic at the largest container port.",
        "The union said the strike would continue until a new wage offer was tabled."]
    page = page_of(text)
    rules.apply(page)
    assert (page.blocks[2].label, page.blocks[2].field) == (TEASER, "title")


def test_bundled_read_also_cards_in_three_languages():
    text = ("Titre de l'article\n"
            "Premier paragraphe de l'article, assez long pour compter comme un paragraphe.\n"
            "À lire aussi : Rennes étend ses pistes cyclables\n"
            "Lesen Sie auch: Neue Radwege in Köln\n"
            "Lee también: Sevilla amplía el carril bici\n"
            "Dernier paragraphe de l'article, lui aussi assez long pour compter vraiment.\n")
    record = clean_text(text)
    assert [t.title for t in record.teasers] == [
        "Rennes étend ses pistes cyclables", "Neue Radwege in Köln", "Sevilla amplía el carril bici"]
    assert len(record.text.split("\n\n")) == 2


def test_site_rules_come_before_global_ones(write_rules, tmp_path):
    write_rules("global.yaml", one_rule("{phrase: sponsored}"))
    write_rules("sites/port.yaml", """\
        scope: {markers: [Port Ledger]}
        rules:
          - {id: port.sponsor, description: site wording, match: {phrase: sponsored}, action: drop}
        """)
    rules = RuleSet.load([tmp_path / "rules"], bundled=False)
    assert dropped_by(rules, STORY_LINES) == {"Sponsored content": "port.sponsor"}
    page = page_of(STORY_LINES)
    assert rules.apply(page)[2].matched == ["port.sponsor", "t.rule"]
    # out of the site's scope only the global rule applies
    assert dropped_by(rules, STORY_LINES.replace("Port Ledger", "Wire")) == {
        "Sponsored content": "t.rule"}


def test_among_drops_the_first_rule_in_file_order_wins(load_rules):
    rules = load_rules("""\
        rules:
          - {id: t.first, description: one, match: {prefix: sponsored}, action: drop}
          - {id: t.second, description: two, match: {text: sponsored content}, action: drop}
        """)
    assert dropped_by(rules, STORY_LINES) == {"Sponsored content": "t.first"}


def test_scopes_by_domain_url_source_and_marker(write_rules, tmp_path):
    for name, scope in [("dom", "{domains: [port.example]}"), ("url", "{urls: ['/live/']}"),
                        ("src", "{sources: [Port Feed]}"), ("mark", "{markers: ['2 days ago']}")]:
        write_rules(f"sites/{name}.yaml", f"""\
            scope: {scope}
            rules:
              - {{id: {name}.x, description: scoped, match: {{text: Sponsored content}}, action: drop}}
            """)
    rules = RuleSet.load([tmp_path / "rules"], bundled=False)
    plain = STORY_LINES.replace("2 days ago", "today")

    def winner(**kw: str) -> str | None:
        return dropped_by(rules, plain, **kw).get("Sponsored content")

    assert winner() is None
    assert winner(url="https://news.port.example/a") == "dom.x"
    assert winner(url="https://other.example/live/123") == "url.x"
    assert winner(source="port feed") == "src.x"
    assert dropped_by(rules, STORY_LINES)["Sponsored content"] == "mark.x"


def test_thousands_of_phrase_rules_still_match_exactly(load_rules):
    many = "\n".join(
        f"  - {{id: p.{i}, description: phrase {i}, match: {{phrase: 'promo code {i:05d}'}}, action: drop}}"
        for i in range(3000)
    )
    rules = load_rules("rules:\n" + many + "\n")
    text = ("A title\nUse promo code 02718 at checkout today.\nPromo code 99999 is not a rule.\n"
            "A long line of story text that mentions no promotion at all, only the news.\n")
    assert dropped_by(rules, text) == {"Use promo code 02718 at checkout today.": "p.2718"}


def test_extra_rule_folders_apply_after_the_bundled_rules(write_rules, tmp_path):
    write_rules("mine.yaml", """\
        rules:
          - {id: mine.ads, description: same block as a bundled rule, match: {text: Sponsored content},
             action: drop}
          - {id: mine.diverting, description: a block no bundled rule drops, match: {phrase: diverting},
             action: drop}
        """)
    rules = RuleSet.load([tmp_path / "rules"])
    page = page_of(STORY_LINES)
    decisions = rules.apply(page)
    assert decisions[2].matched == ["global.advertisement", "mine.ads"]
    assert decisions[2].winner == "global.advertisement"
    assert (page.blocks[5].label, page.blocks[5].rule) == (BOILERPLATE, "mine.diverting")


def test_regexes_compile_only_where_a_page_needs_them(load_rules):
    """Start-up (issue 16): a page searched page-wide compiles only the regexes its set found
    (in Swedish here), and the block-by-block set only for a page with a line break inside a
    block, whose matches are then the same."""
    rules = load_rules(r"""
        rules:
          - id: t.rule
            description: a regex on one line of the page
            match: {regex: '(?i)^annons$'}
            action: drop
          - id: t.other
            description: a second regex, on no line of the page
            match: {regex: '^\d+ kommentarer$'}
            action: drop
        """)
    page = page_of("Hamnen stängs i veckan\nAnnons\nFartygen går till andra hamnar.\n")
    rules.apply(page)
    view = next(iter(rules._views.values()))
    assert view.page_set is not None and view._regex_set is None
    assert [view.page_regexes[k][0] for k in view.page_regexes._compiled] == [0]
    lines = page_of("Hamnen stängs\nAnnons\nFartygen går.\n")
    lines.blocks[2].text = "Fartygen går\ntill andra hamnar."  # a block with a line break
    rules.apply(lines)
    assert view._regex_set is not None
    assert [b.rule for b in lines.blocks] == [None, "t.rule", None]


def test_odd_white_space_is_what_str_isspace_says() -> None:
    from declutter.ruleset.page_search import _SPACES

    spaces = "".join(c for c in map(chr, range(0x10000)) if c.isspace() and c not in " \n")
    assert spaces == _SPACES
