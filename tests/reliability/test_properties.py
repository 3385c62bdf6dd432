"""Property tests: random and malformed input never raises, and every input gives one record.

Four targets: the HTML parser (random bytes, random malformed HTML), the text-dump
splitter, the rule engine (random rule files, loaded and applied), and the record writer
(random records with lone surrogates, control characters and line separators). The
``check_*`` functions hold the properties; ``fuzz/campaign.py`` runs the same functions with
many more examples.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from locations import SAMPLES

from declutter.blocks import text_to_blocks
from declutter.html import parse_html
from declutter.io.readers import Input, RawPage, read
from declutter.io.writers import JsonlWriter
from declutter.pipeline import Pipeline
from declutter.record import Record, Removal, Teaser
from declutter.ruleset.engine import RuleSet
from declutter.ruleset.load import RuleError, load_files

CI = settings(max_examples=150, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

_PIPELINE: Pipeline | None = None


def pipeline() -> Pipeline:
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = Pipeline(page_seconds=10)
    return _PIPELINE


def _valid_line(record: Record) -> dict:
    """The record's output line: one line of valid UTF-8 JSON, however it is split."""
    from declutter.record import dumps

    line = dumps(record)
    raw = line.encode("utf-8")  # no lone surrogates
    assert len(line.splitlines()) == 1 and b"\n" not in raw and b"\r" not in raw
    return json.loads(raw)


# --- strategies -------------------------------------------------------------------------------

TAGS = ["html", "head", "body", "title", "meta", "p", "div", "span", "a", "h1", "h2", "li", "ul",
        "table", "tr", "td", "script", "style", "br", "img", "article", "aside", "nav", "svg",
        "math", "template", "iframe", "noscript", "select", "textarea", "xmp", "plaintext",
        "frameset", "b", "i", "form", "option", "x-custom", "p:q", "?xml", "!DOCTYPE"]
ATTRS = ["class", "id", "href", "style", "hidden", "rel", "charset", "content", "property",
         "src", "xmlns", "xmlns:xi", "aria-hidden", "onload", "lang"]
TEXT = st.text(st.characters(codec="utf-8"), max_size=40) | st.sampled_from(
    ["Read more", "Related Articles", "2 hours ago", "&amp;", "&nbsp;", "&#0;", "&#xD800;",
     "&x;", "&lol9;", "\u2028", "\x00", "\ufeff", "<!--", "-->", "]]>", "<![CDATA[", "\r\n"])


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    """Tag soup: random tags (closed, unclosed, stray end tags), attributes, entities, text."""
    parts: list[str] = []
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from([
            "<!DOCTYPE html>", '<?xml version="1.0"?>',
            '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
            '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>',
            '<meta charset="utf-16">', '<meta charset="x-bogus">', "\ufeff"])))
    for _ in range(draw(st.integers(0, 30))):
        kind = draw(st.integers(0, 4))
        tag = draw(st.sampled_from(TAGS))
        if kind == 0:
            attrs = draw(st.lists(st.tuples(st.sampled_from(ATTRS), TEXT), max_size=3))
            rendered = "".join(f' {k}="{v}"' if i % 2 else f" {k}={v}"
                               for i, (k, v) in enumerate(attrs))
            parts.append(f"<{tag}{rendered}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        else:
            parts.append(draw(TEXT))
    return "".join(parts)


RAW_BYTES = st.binary(max_size=2000)
HTML_INPUT = (html_pages() | html_pages().map(lambda s: s.encode("utf-8", "surrogatepass"))
              | RAW_BYTES | st.sampled_from(["", " ", "\x00"]))


# --- parser -----------------------------------------------------------------------------------

def check_html(data: bytes | str) -> Record:
    """The parser raises nothing but ValueError; the pipeline gives one record, never raises."""
    try:
        page = parse_html(data, id="p")
        assert page.blocks and all(b.text and b.text == b.text.strip() for b in page.blocks)
    except ValueError:
        pass
    record = pipeline().clean(RawPage("fuzz-page", "html", data))
    assert record.id == "fuzz-page"
    line = _valid_line(record)
    assert line["id"] == "fuzz-page"
    assert record.error is not None or record.text or record.teasers
    return record


@CI
@given(HTML_INPUT)
def test_the_parser_gives_one_record_for_any_input(data: bytes | str) -> None:
    check_html(data)


# --- text dumps -------------------------------------------------------------------------------

DUMP_TEXT = st.text(st.characters(codec="utf-8"), max_size=500) | st.lists(
    TEXT | st.sampled_from(["", "   ", "\t", "Hashtags", "#a #b", "Share"]), max_size=30
).map("\n".join)


def check_text(text: str) -> Record:
    """Splitting keeps every non-blank line once, in order; cleaning gives one record."""
    blocks = text_to_blocks(text)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert [b.text for b in blocks] == lines
    assert [b.index for b in blocks] == list(range(len(blocks)))
    record = pipeline().clean(RawPage("fuzz-dump", "text", text))
    assert _valid_line(record)["id"] == "fuzz-dump"
    assert record.error is not None or record.text or record.teasers
    return record


@CI
@given(DUMP_TEXT)
def test_the_dump_splitter_keeps_every_line_and_gives_one_record(text: str) -> None:
    check_text(text)


@CI
@given(st.lists(st.binary(max_size=300).filter(lambda b: b"\n" not in b), max_size=20))
def test_every_jsonl_line_gives_one_item(lines: list[bytes]) -> None:
    assume(not b"\n".join(lines).startswith(b"\x1f\x8b"))  # that file is read as gzip
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        path.write_bytes(b"\n".join(lines))
        items = list(read(Input(path, "in.jsonl"), None, 1 << 20))
    expected = sum(1 for line in lines if line.strip())
    assert len(items) == expected
    for item in items:
        _valid_line(pipeline().clean(item))


# --- rule engine ------------------------------------------------------------------------------

REGEXES = st.sampled_from([
    "(a*)*b", "(a|aa)+$", "^(\\w+\\s?)*$", "(.*a){20}", "(?i)read more", "\\d{1,1000}", "((((",
    "(?P<title>.+)",
    "(?P<title>[^|]+) \\| (?P<source>.+)", "(a+)+\\1", "(?=x)", "x{1001}", "[", "", "\\p{Greek}+",
    ".{0,100}.{0,100}.{0,100}$",
]) | st.text(max_size=12)
SELECTORS = st.sampled_from(["p", "div > a", "a[href]", "*", "::bad", "//p", "count(//*)",
                             "//*[count(//*) > 1]", "document('/etc/passwd')",
                             "//p[php:function('f')]", "p:nth-child(2n+1)"]) | st.text(max_size=8)
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 5) | st.text(max_size=10) | REGEXES,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8)


@st.composite
def matches(draw: st.DrawFn) -> dict:
    keys = draw(st.sets(st.sampled_from(["text", "phrase", "prefix", "regex", "like", "css", "xpath",
                                         "kind", "min_words", "max_words", "after", "bogus"]),
                        max_size=3))
    out: dict = {}
    for key in keys:
        if key == "regex":
            out[key] = draw(REGEXES)
        elif key in ("css", "xpath"):
            out[key] = draw(SELECTORS)
        elif key == "like":
            out[key] = draw(st.sampled_from(["age", "source-age", "nope"]))
        elif key == "after":
            out[key] = {"regex": draw(REGEXES)}
        elif key in ("min_words", "max_words"):
            out[key] = draw(st.integers(-1, 50) | st.text(max_size=3))
        else:
            out[key] = draw(st.text(max_size=10) | st.lists(st.text(max_size=10), max_size=3) | VALUES)
    return out


@st.composite
def rule_files(draw: st.DrawFn) -> str:
    """A rule file: mostly well-formed rules with random parts, sometimes garbage YAML."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.sampled_from([
            "!!python/object/apply:os.system ['touch /tmp/declutter-pwned']",
            "rules: !!python/object/new:builtins.exec ['raise SystemExit']",
            "a: &a [*a]", "rules: [", "- x\n-y: :", "\x00\x01", "rules:\n  - *undefined",
        ]) | st.text(max_size=80))
    rules = []
    for n in range(draw(st.integers(0, 4))):
        rule: dict = {"id": f"fuzz.r{n}", "description": "fuzz rule",
                      "action": draw(st.sampled_from(["drop", "keep", "teasers", "end-of-story", "x"])),
                      "match": draw(matches())}
        if rule["action"] == "teasers" or draw(st.integers(0, 5)) == 0:
            rule["pattern"] = draw(st.lists(st.fixed_dictionaries(
                {"field": st.sampled_from(["title", "source", "age", "text", "url", "line", "x"])},
                optional={"match": matches(), "optional": st.booleans(), "repeat": st.booleans()}),
                max_size=4))
            rule["span"] = draw(st.sampled_from(["next", "self", "all"]))
        if draw(st.integers(0, 6)) == 0:
            rule.pop(draw(st.sampled_from(["id", "description", "match"])))
        rules.append(rule)
    doc: dict = {"name": "fuzz", "rules": rules}
    if draw(st.integers(0, 5)) == 0:  # a key no rule file has, or a known key with junk
        doc[draw(st.sampled_from(["definitions", "patterns", "tests", "description"])
                 | st.text(max_size=6))] = draw(VALUES)
    if draw(st.booleans()):
        doc["scope"] = draw(st.sampled_from(["all", {"domains": ["example.org"]}, {"markers": []},
                                             {"urls": ["(a*)*"]}, 7]))
    if draw(st.integers(0, 4)) == 0:
        doc["tests"] = [{"name": "t", "path": draw(st.sampled_from(
            ["../../../../etc/passwd", "/etc/passwd", "x.html", "../samples/html/x.html"])),
            "expect": {"contains": "x"}}]
    return yaml.safe_dump(doc, allow_unicode=True)


def _pages() -> list[RawPage]:
    html = sorted((SAMPLES / "html").glob("*.html"))[:2]
    dump = SAMPLES / "dumps" / "daily8-dump.txt"
    return ([RawPage(p.name, "html", p.read_bytes(), url="https://example.org/a") for p in html]
            + [RawPage(dump.name, "text", dump.read_bytes())])


PAGES = _pages()


def check_rules(text: str) -> RuleSet | None:
    """A rule file loads or is refused with RuleError (nothing else, never any code run);
    a loaded one, applied with the bundled rules, gives one record per page."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "rules"
        folder.mkdir()
        (folder / "fuzz.yaml").write_text(text, "utf-8", errors="surrogatepass")
        try:
            load_files([folder])
        except RuleError as exc:
            assert exc.problems and all(":" in str(p) for p in exc.problems)
            return None
        rules = RuleSet.load([folder])
    assert not Path("/tmp/declutter-pwned").exists()
    fuzzed = Pipeline(rules=rules, page_seconds=10)
    for page in PAGES:
        record = fuzzed.clean(page)
        assert _valid_line(record)["id"] == page.id
    return rules


@CI
@given(rule_files())
def test_random_rule_files_load_cleanly_or_are_refused(text: str) -> None:
    check_rules(text)


# --- record writer ----------------------------------------------------------------------------

NASTY = st.text(st.characters(codec="utf-8") | st.characters(min_codepoint=0xD800,
                                                              max_codepoint=0xDFFF)
                | st.sampled_from(["\x00", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029",
                                   "\r", "\n", "\ufeff", "\x7f"]), max_size=30)
JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
                           | NASTY, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(NASTY, inner, max_size=3), max_leaves=6)
RECORDS = st.builds(
    Record, id=NASTY, url=st.none() | NASTY, source=st.none() | NASTY, title=st.none() | NASTY,
    text=NASTY, teasers=st.lists(st.builds(Teaser, title=NASTY, source=NASTY, age=NASTY,
                                           text=NASTY, url=NASTY), max_size=2),
    removed=st.none() | st.lists(st.builds(Removal, rule=NASTY, text=NASTY,
                                           at=st.none() | st.integers(0, 9)), max_size=2),
    meta=st.dictionaries(NASTY, JSON_VALUES, max_size=3), error=st.none() | NASTY,
    extra=st.dictionaries(NASTY.filter(lambda k: k not in {
        "id", "url", "source", "title", "text", "teasers", "removed", "meta", "error"}),
        JSON_VALUES, max_size=2),
)


def check_writer(records: list[Record]) -> None:
    """Whatever records hold, the file is valid UTF-8 with exactly one JSON line per record."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        with JsonlWriter(out) as writer:
            for record in records:
                writer.write(record)
        raw = out.read_bytes()
    text = raw.decode("utf-8")
    lines = text.splitlines()  # also splits on U+2028, U+0085, \x1c...: none may be raw
    assert len(lines) == len(records) == raw.count(b"\n")
    for record, line in zip(records, lines, strict=True):
        data = json.loads(line)
        assert data["id"] == record.id.encode("utf-8", "replace").decode("utf-8")


@CI
@given(st.lists(RECORDS, max_size=5))
def test_the_writer_writes_one_valid_line_per_record(records: list[Record]) -> None:
    check_writer(records)
