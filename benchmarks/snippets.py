"""The trafilatura evaluation set and its snippet metric, with a fixed tuning/held-out split.

Data: ``../shared/benchmarks/trafilatura-eval/`` next to the repository (990 pages from the
trafilatura project's evaluation set; its README gives the metric, reproduced here). Each page
has ``with`` snippets its main text must contain and ``without`` snippets it must not. After
normalising white space (runs become one space, ends stripped) a snippet is present when it is
a substring of the text: tp = ``with`` present, fn = ``with`` missing, fp = ``without``
present, tn = ``without`` absent, summed over pages; precision tp/(tp+fp), recall tp/(tp+fn),
F1 2tp/(2tp+fp+fn); also the per-page mean share of ``with`` found and ``without`` absent.

**Split.** A page is in the *tuning* half when the first byte of the SHA-1 of its id is even,
else in the *held-out* half (:func:`half`); failures were looked at on the tuning half only.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

_SPACE = re.compile(r"\s+")
TUNING, HELD_OUT = "tuning", "held-out"


def normalise(text: str) -> str:
    """Every run of white space becomes one space; both ends stripped."""
    return _SPACE.sub(" ", text or "").strip()


def half(page_id: str) -> str:
    """``"tuning"`` or ``"held-out"``: a fixed split by the SHA-1 of the page id."""
    return TUNING if hashlib.sha1(page_id.encode()).digest()[0] % 2 == 0 else HELD_OUT


@dataclass(slots=True)
class EvalPage:
    id: str
    url: str
    html: str
    with_: list[str]
    without: list[str]

    @property
    def half(self) -> str:
        return half(self.id)


def load_eval(data: Path) -> list[EvalPage]:
    """Read, gunzip and decode every page of the set (outside any timed part), sorted by id.

    Pages are stored as their original bytes, many in legacy charsets; every extractor gets
    the same text, decoded as :func:`declutter.html.decode` does (BOM, UTF-8, the declared
    charset, detection), so none loses words to a wrong decoding.
    """
    from declutter.html import decode

    truth = json.loads((data / "truth.json").read_text("utf-8"))
    pages = []
    for pid in sorted(truth):
        raw = gzip.decompress((data / "html" / f"{pid}.html.gz").read_bytes())
        t = truth[pid]
        pages.append(EvalPage(pid, t.get("url") or "", decode(raw), t["with"], t["without"]))
    return pages


@dataclass(frozen=True, slots=True)
class SnippetScore:
    """Summed snippet counts over pages, and the per-page mean shares."""

    tp: int
    fn: int
    fp: int
    tn: int
    with_found: float
    """Per-page mean share of ``with`` snippets found."""
    without_absent: float
    """Per-page mean share of ``without`` snippets absent."""
    pages: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        d = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / d if d else 1.0


def page_counts(text: str, page: EvalPage) -> tuple[int, int, int, int]:
    """(tp, fn, fp, tn) of one page's extracted text."""
    norm = normalise(text)
    tp = sum(normalise(s) in norm for s in page.with_)
    fp = sum(normalise(s) in norm for s in page.without)
    return tp, len(page.with_) - tp, fp, len(page.without) - fp


def score(pairs: Iterable[tuple[str, EvalPage]]) -> SnippetScore:
    """Score (extracted text, page) pairs with the set's metric."""
    tp = fn = fp = tn = n = 0
    found = absent = 0.0
    for text, page in pairs:
        a, b, c, d = page_counts(text, page)
        tp, fn, fp, tn, n = tp + a, fn + b, fp + c, tn + d, n + 1
        found += a / (a + b) if a + b else 1.0
        absent += d / (c + d) if c + d else 1.0
    return SnippetScore(tp, fn, fp, tn, found / n if n else 0.0, absent / n if n else 0.0, n)
