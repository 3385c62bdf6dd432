"""The extraction metric of the shared benchmark, written from its README's description.

Texts become multisets of word 4-grams ("shingles") over the tokens matched by ``\\w+``;
a text of 1-3 tokens is one shingle of all its tokens, an empty text has none. Per page,
true positives are the shingles both sides share (the smaller count), precision is
tp/(tp+fp), recall tp/(tp+fn), both 1 when there is neither fp nor fn. Precision is averaged
over pages whose prediction has a shingle; recall over pages whose truth has one (an empty
prediction counts as recall 0). F1 is the harmonic mean of the two averages.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")
N = 4


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """The multiset of word 4-grams of ``text`` (one shingle if it has 1-3 tokens)."""
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < N:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + N]) for i in range(len(tokens) - N + 1))


@dataclass(frozen=True, slots=True)
class PageScore:
    """Shingle counts of one page's prediction against its truth."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return 1.0 if self.tp + self.fp == 0 else self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        return 1.0 if self.tp + self.fn == 0 else self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def score_page(predicted: str, truth: str) -> PageScore:
    """Compare one predicted body with its ground truth."""
    pred, true = shingles(predicted), shingles(truth)
    tp = sum((pred & true).values())
    return PageScore(tp=tp, fp=sum(pred.values()) - tp, fn=sum(true.values()) - tp)


@dataclass(frozen=True, slots=True)
class Summary:
    """Benchmark-level precision, recall and F1 (harmonic mean of the two averages)."""

    precision: float
    recall: float
    f1: float
    pages: int


def summarise(pairs: Iterable[tuple[str, str]]) -> Summary:
    """Score ``(predicted, truth)`` pairs the way the benchmark README defines."""
    precisions: list[float] = []
    recalls: list[float] = []
    n = 0
    for predicted, truth in pairs:
        n += 1
        s = score_page(predicted, truth)
        has_pred = bool(shingles(predicted))
        has_true = bool(shingles(truth))
        if has_pred:
            precisions.append(s.precision)
        if has_true:
            recalls.append(s.recall if has_pred else 0.0)
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 0.0 if p + r == 0 else 2 * p * r / (p + r)
    return Summary(precision=p, recall=r, f1=f1, pages=n)
