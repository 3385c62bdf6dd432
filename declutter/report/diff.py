"""Word-level differences between a cluster's canonical copy and another copy."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher


@dataclass(frozen=True)
class Span:
    """A run of words on one side of a comparison; ``changed`` when the other side lacks it."""

    text: str
    changed: bool


@dataclass(frozen=True)
class Comparison:
    """Both sides of a comparison as spans, and the share of words they have in common."""

    left: list[Span]
    right: list[Span]
    matching: float
    """``2 * matching words / all words`` (difflib's ratio) over the compared words."""
    cut: bool
    """True when either text was longer than the compared prefix."""


def _merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        if out and out[-1].changed == span.changed:
            out[-1] = Span(f"{out[-1].text} {span.text}", span.changed)
        else:
            out.append(span)
    return out


def compare(left: str, right: str, max_words: int = 800) -> Comparison:
    """Compare two texts word by word (the first ``max_words`` words of each).

    Words only in ``left`` are marked changed on the left, words only in ``right`` on the
    right; paragraph breaks count as white space.
    """
    a_all, b_all = left.split(), right.split()
    a, b = a_all[:max_words], b_all[:max_words]
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    lspans: list[Span] = []
    rspans: list[Span] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        same = tag == "equal"
        if i2 > i1:
            lspans.append(Span(" ".join(a[i1:i2]), not same))
        if j2 > j1:
            rspans.append(Span(" ".join(b[j1:j2]), not same))
    ratio = matcher.ratio() if (a or b) else 1.0
    return Comparison(_merge(lspans), _merge(rspans), ratio,
                      len(a_all) > max_words or len(b_all) > max_words)
