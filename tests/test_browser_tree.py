"""Issue 13, kind 6 (parse-level loss): markup that libxml2 reads differently from a browser.

The regression pages in tests/pages (written for this project, one per sub-kind) are scored by
tests/content/test_html_story.py like every page there; here each is also checked to lose its
story under a plain libxml2 parse, so it keeps testing the repair.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from declutter.browser_tree import browser_markup
from declutter.html import _parser, parse_html, parse_tree

PAGES = Path(__file__).resolve().parent / "pages"
STORY = "<p>" + "The story a browser shows, sentence after sentence. " * 6 + "</p>"


def texts(html: str) -> list[str]:
    return [b.text for b in parse_html(html, id="t").blocks]


def plain_text(raw: bytes) -> str:
    """The blocks' text of libxml2's tree without the repair ("" for a tree with no text)."""
    try:
        return " ".join(b.text for b in parse_tree(etree.fromstring(raw, _parser()), id="t").blocks)
    except ValueError:
        return ""


@pytest.mark.parametrize(
    "html",
    [
        # text after a stray </body>: libxml2 puts it beside <body>, outside the walk
        f"<html><body><p>Intro.</p></body>{STORY}</html>",
        # after </html>: libxml2 stops reading there, with no error
        f"<html><body><p>Intro.</p></body></html>{STORY}",
        f"<HTML><BODY><p>Intro.</p></BODY ></HTML foo>{STORY}",
        # an unclosed <div> inside <noscript> takes in the page
        f"<html><body><noscript><div><img src='/px.gif'></noscript><p>Intro.</p>{STORY}</body></html>",
        # an unclosed <iframe> (raw text) inside a <noscript> in <head>: an empty tree
        f"<html><head><noscript><iframe src='/tm'></noscript></head><body><p>Intro.</p>{STORY}</body></html>",
        # a whole document spliced into <head>: its </html> ends libxml2's parse, an empty tree
        f"<html><head><title>T</title><html><body><img src='/px'></body></html></head>"
        f"<body><p>Intro.</p>{STORY}</body></html>",
    ],
)
def test_text_a_browser_shows_is_kept(html: str) -> None:
    assert "sentence after" not in plain_text(html.encode())  # libxml2 alone loses the story
    got = texts(html)
    assert got[0] == "Intro."
    assert got[1].startswith("The story a browser shows") and got[1].count("sentence after") == 6


def test_math_is_text_but_its_source_annotation_is_not() -> None:
    got = texts("<p>Energy <math><semantics><mrow><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi>"
                "<mn>2</mn></msup></mrow><annotation encoding='application/x-tex'>E = mc^2"
                "</annotation></semantics></math> is conserved.</p>")
    assert got == ["Energy E=mc2 is conserved."]


def test_a_title_outside_head_is_not_text() -> None:
    # libxml2 moves a <title> after body content in <head> into the body; browsers hide it
    got = texts("<html><head><div>Banner</div><title>Page title</title></head><body>"
                "<p>Body text.</p></body></html>")
    assert got == ["Banner", "Body text."]


def test_noscript_spans_are_cut_outside_scripts_and_comments_only() -> None:
    raw = (b"<script>document.write('<noscript>');</script><p>a</p>"
           b"<!-- <noscript> --><p>b</p><noscript><img src=x></noscript><p>c</p>")
    # the two <noscript> that are text in a script or a comment span a script end or a
    # comment end up to the first </noscript>: left alone; the real one is cut
    assert browser_markup(raw) == (b"<script>document.write('<noscript>');</script><p>a</p>"
                                   b"<!-- <noscript> --><p>b</p><p>c</p>")
    # never closed: a browser hides all after it, so it is left to the parser
    unclosed = b"<p>a</p><noscript><p>b</p></body></html>"
    assert browser_markup(unclosed) == b"<p>a</p><noscript><p>b</p>"
    assert texts(unclosed.decode()) == ["a"]


def test_markup_without_anything_to_cut_is_returned_as_is() -> None:
    raw = b"<html><head><title>t</title></head><div><p>text</p></div>"
    assert browser_markup(raw) is raw


@pytest.mark.parametrize("name", ["stray_end_tags", "noscript_unclosed", "spliced_head"])
def test_regression_pages_lose_their_story_under_libxml2_alone(name: str) -> None:
    spec = json.loads((PAGES / f"{name}.json").read_text("utf-8"))
    raw = (PAGES / f"{name}.html").read_bytes()
    plain = plain_text(raw)
    repaired = " ".join(b.text for b in parse_html(raw, id=name, url=spec["url"]).blocks)
    lost = [s for s in spec["story_contains"] if s not in plain]
    assert lost and all(s in repaired for s in lost)


def test_regression_pages_cover_the_sub_kinds() -> None:
    names = {p.stem for p in PAGES.glob("*.html")}
    assert {"stray_end_tags", "noscript_unclosed", "spliced_head", "math_formula"} <= names
