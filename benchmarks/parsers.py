"""lxml or lexbor under declutter? Parse and walk costs, as ratios to an lxml parse.

Times, per page of the shared benchmark (fastest of ``--repeat``, pages interleaved), an lxml
parse with the invisible elements stripped (what declutter does today, the reference), that plus
declutter's walk to blocks, a lexbor (selectolax) parse, a lexbor parse with a Python visit of
every node reading what the walk reads, a lexbor parse cut into the same blocks by a Python
walk over lexbor nodes (a prototype; it also counts the pages where its blocks equal the lxml
walk's), and a lexbor parse turned into an lxml tree (what an lxml-shaped adapter over lexbor
would cost at least).

``--loss`` instead looks for parse-level loss (issue 13, kind 6) on the 181 pages and the
trafilatura-eval tuning half: the pages where the lexbor walk (a browser's tree, HTML5
algorithm) has at least 20 words and 10% more than the lxml walk (``--min-words``,
``--share``), with a plain libxml2 parse and with :func:`declutter.browser_tree.browser_markup`
before it (as ``parse_html`` does).
Held-out pages are not read.

    python3 benchmarks/parsers.py
    python3 benchmarks/parsers.py --loss
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from lxml import etree  # noqa: E402
from selectolax.lexbor import LexborHTMLParser  # noqa: E402

from benchmarks.extraction import DATA, EVAL_DATA, load_pages  # noqa: E402
from benchmarks.snippets import TUNING, load_eval  # noqa: E402
from declutter import html as H  # noqa: E402
from declutter.block_walk import _BLOCK, _KIND, _PLAIN, _STYLED, BLOCK_TAGS, Builder, _hides  # noqa: E402
from declutter.blocks import Block  # noqa: E402
from declutter.browser_tree import browser_markup  # noqa: E402

_SKIP = frozenset(H.INVISIBLE)


def lxml_parse(raw: bytes) -> Any:
    root = etree.fromstring(raw, H._parser())
    etree.strip_elements(root, *H.INVISIBLE, with_tail=False)
    return root




def lexbor_visit(raw: bytes) -> None:
    body = LexborHTMLParser(raw).body
    for node in body.traverse(include_text=True) if body is not None else ():
        if node.tag == "-text":
            node.text_content  # noqa: B018
        else:
            node.attributes  # noqa: B018


def lexbor_to_lxml(raw: bytes) -> Any:
    tree = LexborHTMLParser(raw)
    root = etree.Element("html")

    def build(node: Any, parent: Any) -> None:
        last = None
        child = node.child
        while child is not None:
            tag = child.tag
            if tag == "-text":
                if last is None:
                    parent.text = (parent.text or "") + child.text_content
                else:
                    last.tail = (last.tail or "") + child.text_content
            elif not tag.startswith("-") and tag not in _SKIP:
                attrs = {k: v or "" for k, v in child.attributes.items()}
                try:
                    el = etree.SubElement(parent, tag, attrs)
                except ValueError:  # a name lxml refuses
                    el = etree.SubElement(parent, "span")
                build(child, el)
                last = el
            child = child.next

    if tree.body is not None:
        build(tree.body, etree.SubElement(root, "body"))
    return root


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def lexbor_document(raw: bytes) -> Any:
    """lexbor's whole tree (``<head>`` too, comments left out) as an lxml HTML tree, built
    without recursion, for declutter's ``parse_tree`` and scorer: what a browser's tree (the
    HTML5 algorithm) would change (``declutter (lexbor tree)`` in benchmarks/extraction.py).
    Text that XML cannot hold (control characters) becomes U+FFFD, as libxml2 makes it."""
    top = LexborHTMLParser(raw).root
    root = H._parser().makeelement("html")
    if top is None:
        return root

    def clean(text: str) -> str:
        return _NOT_XML.sub("\ufffd", text)

    stack: list[tuple[Any, Any, Any]] = [(top.child, root, None)]
    while stack:
        node, parent, last = stack.pop()
        while node is not None:
            tag = node.tag
            if tag == "-text":
                text = clean(node.text_content or "")
                if last is None:
                    parent.text = (parent.text or "") + text
                else:
                    last.tail = (last.tail or "") + text
            elif tag and tag[0] not in "-!_":
                try:
                    el = etree.SubElement(parent, tag)
                except ValueError:  # a name lxml refuses
                    el = etree.SubElement(parent, "span")
                for key, value in node.attributes.items():
                    with contextlib.suppress(ValueError):  # a name lxml refuses
                        el.set(key, clean(value or ""))
                if node.child is not None:  # its children now, its next siblings after
                    stack.append((node.next, parent, el))
                    node, parent, last = node.child, el, None
                    continue
                last = el
            node = node.next
    return root


def lexbor_blocks(raw: bytes, base: str | None = None) -> list[Block]:
    """A lexbor parse cut into blocks the way :class:`declutter.block_walk.Builder` cuts an lxml
    tree (same block tags, hidden and invisible elements, styled-edge spaces, table cells,
    link characters and first link target): what a lexbor walk would cost, and how often it
    gives the lxml walk's blocks. A measurement, not the pipeline's walk."""
    body = LexborHTMLParser(raw).body
    builder = Builder(base)
    if body is None:
        return builder.blocks
    parts, flush = builder.parts, builder.flush
    owner: tuple[Any, str, str, str] = (body, "div", "body", "")
    path = attrs = ""
    link: str | None = None
    edge = False
    stack: list[tuple[Any, tuple[Any, str, str, str], str, str, str | None, int]] = []
    node = body
    while True:
        if node is None:  # the end of stack[-1]'s children: its end event
            el, saved_owner, path, attrs, saved_link, mode = stack.pop()
            if mode == _BLOCK:
                if parts:
                    flush(*owner)
            elif mode == _STYLED:
                edge = True
            owner, link = saved_owner, saved_link
            if not stack:  # the body's end (its siblings lie outside the walk)
                break
            node = el.next
            continue
        tag = node.tag
        if tag == "-text":
            text = node.text_content
            if text and (parts or not text.isspace()):
                if edge:
                    edge = False
                    if parts and text[0].isalnum() and parts[-1][-1].isalnum():
                        parts.append(" ")
                parts.append(text)
                if link is not None and (n := len(text.strip())):
                    builder.link += n
                    if builder.href is None and link:
                        builder.href = link
            node = node.next
            continue
        if not tag or tag[0] == "-" or tag in _SKIP:  # (lexbor names no tag it cannot read)
            node = node.next
            continue
        own = ""
        href = None
        items = node.attributes
        if items:
            for key, value in items.items():
                if key == "class" or key == "id":
                    own = f"{own} {value}" if own else value
                elif key == "href":
                    href = value
                elif value is not None and _hides(key, value) or key == "hidden":
                    own = None
                    break
            if own is None:
                node = node.next
                continue
        if tag in BLOCK_TAGS:
            stack.append((node, owner, path, attrs, link, _BLOCK))
            if parts:
                flush(*owner)
            if own:
                own = own.lower()
                attrs = f"{attrs} {own}" if attrs else own
            path = f"{path}/{tag}" if path else tag
            owner = (node, _KIND.get(tag, tag), path, attrs)
        elif tag == "br":
            if parts:
                flush(*owner)
            node = node.next
            continue
        else:
            stack.append((node, owner, path, attrs, link, _STYLED if own else _PLAIN))
            if own:
                edge = True
                own = own.lower()
                attrs = f"{attrs} {own}" if attrs else own
            path = f"{path}/{tag}" if path else tag
            if tag == "a":
                valid = href and not href.startswith(("#", "javascript:"))
                link = builder.absolute(href.strip()) if valid else ""
            elif (tag == "td" or tag == "th") and any(p.strip() for p in parts):
                parts.append(" | ")
        node = node.child
    return builder.blocks


def lxml_blocks(raw: bytes, base: str | None = None) -> list[Block]:
    root = lxml_parse(raw)
    body = root.find("body")
    return Builder(base).build(root if body is None else body)


def same_blocks(raws: list[bytes]) -> int:
    """How many pages the lexbor walk cuts into the lxml walk's blocks (text, kind, path,
    class/id tokens, link characters, first link target)."""
    def shape(blocks: list[Block]) -> list[tuple[Any, ...]]:
        return [(b.text, b.kind, b.path, b.attrs, b.link_chars, b.href) for b in blocks]

    return sum(shape(lexbor_blocks(raw)) == shape(lxml_blocks(raw)) for raw in raws)


def _words(blocks: list[Block]) -> int:
    return sum(len(b.text.split()) for b in blocks)


def parse_loss(pages: list[tuple[str, bytes]], min_words: int = 20, share: float = 0.1) -> None:
    """Print the pages (id, words) where the lexbor walk has at least ``min_words`` words and
    ``share`` more than the lxml walk: a plain libxml2 parse, then with ``browser_markup``."""
    for name, prepare in (("libxml2", lambda raw: raw), ("browser_markup + libxml2", browser_markup)):
        lost = []
        for pid, raw in pages:
            lexbor, lxml = _words(lexbor_blocks(raw)), _words(lxml_blocks(prepare(raw)))
            if lexbor - lxml >= max(min_words, share * lexbor):
                lost.append(f"{pid[:24]} ({lxml} against {lexbor} words)")
        print(f"{name}: lexbor shows more text on {len(lost)} of {len(pages)} pages: {', '.join(lost)}")


STEPS: dict[str, Callable[[bytes], Any]] = {
    "lxml parse + strip (reference)": lxml_parse,
    "lxml parse + strip + walk to blocks": lxml_blocks,
    "lexbor parse": LexborHTMLParser,
    "lexbor parse + visit every node": lexbor_visit,
    "lexbor parse + walk to blocks (prototype)": lexbor_blocks,
    "lexbor parse -> lxml tree": lexbor_to_lxml,
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA, help="benchmark folder")
    ap.add_argument("--repeat", type=int, default=3, help="runs per page; its fastest counts")
    ap.add_argument("--eval-data", type=Path, default=EVAL_DATA, help="the trafilatura-eval folder")
    ap.add_argument("--loss", action="store_true", help="only list the pages with parse-level loss")
    ap.add_argument("--min-words", type=int, default=20, help="--loss: at least this many more words")
    ap.add_argument("--share", type=float, default=0.1, help="--loss: and at least this share more")
    args = ap.parse_args(argv)
    if args.loss:
        pages = [(p.id, H._utf8(p.html)) for p in load_pages(args.data)]
        pages += [(p.id, H._utf8(p.html)) for p in load_eval(args.eval_data) if p.half == TUNING]
        parse_loss(pages, args.min_words, args.share)
        return 0
    raws = [H._utf8(p.html) for p in load_pages(args.data)]
    best = {name: [float("inf")] * len(raws) for name in STEPS}
    for _ in range(max(1, args.repeat)):
        gc.collect()
        for k, raw in enumerate(raws):
            for name, step in STEPS.items():
                t0 = time.perf_counter()
                step(raw)
                best[name][k] = min(best[name][k], time.perf_counter() - t0)
    ref = sum(best["lxml parse + strip (reference)"])
    print(f"{len(raws)} pages, fastest of {args.repeat}:")
    print("| step | ms per page | x lxml parse |")
    print("|---|---|---|")
    for name, times in best.items():
        print(f"| {name} | {1000 * sum(times) / len(times):.2f} | {sum(times) / ref:.2f} |")
    print(f"lexbor walk gives the lxml walk's blocks on {same_blocks(raws)} of {len(raws)} pages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
