"""lxml or lexbor under declutter? Parse and walk costs, as ratios to an lxml parse.

Times, per page of the shared benchmark (fastest of ``--repeat``, pages interleaved), an lxml
parse with the invisible elements stripped (what declutter does today, the reference), that plus
declutter's walk to blocks, a lexbor (selectolax) parse, a lexbor parse with a Python visit of
every node reading what the walk reads, and a lexbor parse turned into an lxml tree (what an
lxml-shaped adapter over lexbor would cost at least).

    python3 benchmarks/parsers.py
"""

from __future__ import annotations

import argparse
import gc
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

from benchmarks.extraction import DATA, load_pages  # noqa: E402
from declutter import html as H  # noqa: E402

_SKIP = frozenset(H.INVISIBLE)


def lxml_parse(raw: bytes) -> Any:
    root = etree.fromstring(raw, H._parser())
    etree.strip_elements(root, *H.INVISIBLE, with_tail=False)
    return root


def lxml_walk(raw: bytes) -> None:
    root = lxml_parse(raw)
    body = root.find("body")
    H.Builder(None).build(root if body is None else body)


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


STEPS: dict[str, Callable[[bytes], Any]] = {
    "lxml parse + strip (reference)": lxml_parse,
    "lxml parse + strip + walk to blocks": lxml_walk,
    "lexbor parse": LexborHTMLParser,
    "lexbor parse + visit every node": lexbor_visit,
    "lexbor parse -> lxml tree": lexbor_to_lxml,
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA, help="benchmark folder")
    ap.add_argument("--repeat", type=int, default=3, help="runs per page; its fastest counts")
    args = ap.parse_args(argv)
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
