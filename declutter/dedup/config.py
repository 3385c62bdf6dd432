"""Every knob of near-duplicate detection in one dataclass, with the LSH math next to it.

How a pair of stories becomes a duplicate
-----------------------------------------
1. Each story's clean text is normalised (NFKC, case-folded, every run of punctuation and
   whitespace collapsed to one space) and cut into word ``ngram``-grams ("shingles").
2. Each shingle is hashed once to a 32-bit integer, and the MinHash signature is the minimum of
   ``num_perm`` seeded permutations ``(a_i * x + b_i) mod 2**32`` over the story's shingles
   (:mod:`declutter.dedup.minhash`). For two stories A and B, each signature slot agrees with
   probability ``J(A, B) = |A ∩ B| / |A ∪ B|`` (the Jaccard similarity).
3. LSH banding: the signature is cut into ``b`` bands of ``r`` rows; two stories become
   *candidates* when all rows of at least one band agree, which happens with probability
   ``P(s) = 1 - (1 - s**r)**b`` for Jaccard ``s``. ``(b, r)`` is chosen for recall at the
   threshold: the largest ``r`` (fewest false candidates) with ``b = num_perm // r`` whose
   ``P(threshold)`` is at least ``lsh_recall`` (0.9). At 0.4 with 128 permutations that is
   42 x 3: ``P(0.4) = 0.938``, ``P(0.45) = 0.982``, ``P(0.5) = 0.996``. (datasketch's optimum,
   which weighs false candidates and missed pairs equally, gives 32 x 4: ``P(0.4) = 0.565``,
   ``P(0.5) = 0.873``, so most pairs just above the threshold were never compared.)
4. Verification: a candidate pair is joined only when the Jaccard estimated from the whole
   signature (share of equal slots) is at least ``threshold``. Its standard error is
   ``sqrt(J (1 - J) / num_perm)``, about 0.044 at J = 0.5 with 128 permutations.
5. Clusters: the connected components of verified pairs are split into stars around centres
   chosen by the canonical rule, so every member's similarity to its canonical copy is at
   least ``threshold`` (:func:`declutter.dedup.cluster.stars`); slots won by a story's
   boilerplate lines (a line its source repeats on at least ``template_min_docs`` stories and
   far more often than the story's own lines: a site appeal, a footer) do not count towards
   that similarity (:mod:`declutter.dedup.boilerplate`).

Why these defaults (measured with ``benchmarks/dedup_quality.py``)
------------------------------------------------------------------
Scattered word edits hit shingles hard: one word edited in ``k`` destroys up to ``ngram``
shingles, so a copy with a fraction ``e`` of words edited keeps about ``(1 - e) ** ngram`` of
its shingles and its Jaccard to the original is about ``q / (2 - q)`` with
``q = (1 - e) ** ngram``. With word 5-grams a 10% edit leaves J ~ 0.42 and a 15% edit J ~ 0.28,
so the habitual 0.8 threshold misses them all. Word 3-grams keep J ~ 0.57 at 10% and ~ 0.44 at
15% while unrelated news stories stay below ~0.05, so ``ngram = 3`` with ``threshold = 0.4``
separates the two populations with margin on both sides (see docs/duplicates.md for the
measured precision and recall).

Teasers are short prefixes or summaries of a story, so their Jaccard to the story is small even
when every teaser shingle is in the story; they are matched by *containment*
``|T ∩ S| / |T|`` at or above ``teaser_containment`` (:mod:`declutter.dedup.teasers`).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

CANONICAL_RULES = ("earliest", "longest")


def candidate_probability(s: float, bands: int, rows: int) -> float:
    """Probability that two stories of Jaccard ``s`` share at least one of ``bands`` bands of
    ``rows`` rows: ``1 - (1 - s**rows)**bands``."""
    return 1.0 - (1.0 - s**rows) ** bands


def recall_bands(threshold: float, num_perm: int, recall: float) -> tuple[int, int]:
    """``(b, r)``: the most rows per band (fewest false candidates) with ``b = num_perm // r``
    bands such that a pair at exactly ``threshold`` is a candidate with probability at least
    ``recall``; one row per band (``num_perm`` bands) when none reaches it."""
    for rows in range(num_perm, 0, -1):
        bands = num_perm // rows
        if candidate_probability(threshold, bands, rows) >= recall:
            return bands, rows
    return num_perm, 1


@dataclass(frozen=True)
class DedupConfig:
    """Parameters of near-duplicate detection. Signatures are a pure function of
    (normalised text, ``ngram``, ``num_perm``, ``seed``), so every process and every worker
    that shares a config computes bit-identical signatures."""

    ngram: int = 3
    """Words per shingle."""
    num_perm: int = 128
    """Permutations (signature slots); 4 bytes each."""
    threshold: float = 0.4
    """Estimated Jaccard at or above which two stories are duplicates (also the LSH target)."""
    seed: int = 1
    """Seed of the permutations. Changing it changes every signature."""
    lsh_recall: float = 0.9
    """Least probability that a pair at exactly ``threshold`` shares an LSH band (chooses the
    bands; see the module doc)."""
    template_min_docs: int = 3
    """Stories of one source that must carry a line for it to be boilerplate
    (:mod:`declutter.dedup.boilerplate`)."""
    canonical: str = "earliest"
    """Which copy of a cluster is canonical: ``earliest`` (first seen: ``meta.fetched_at``,
    then the run and input order; ties by the longest clean text, then the smallest id) or
    ``longest`` (longest clean text first, then as ``earliest``)."""
    teaser_containment: float = 0.6
    """Estimated share of a teaser's shingles found in a story for the teaser to link to it."""
    teaser_min_words: int = 8
    """Teasers with fewer words than this are not linked (too little text to be evidence)."""
    batch_size: int = 128
    """Documents per vectorised signature batch."""

    def __post_init__(self) -> None:
        if self.ngram < 1:
            raise ValueError("ngram must be at least 1")
        if self.num_perm < 4:
            raise ValueError("num_perm must be at least 4")
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError("threshold must be in (0, 1]")
        if not 0.0 < self.lsh_recall < 1.0:
            raise ValueError("lsh recall must be in (0, 1)")
        if self.template_min_docs < 3:
            raise ValueError("template_min_docs must be at least 3")
        if not 0.0 < self.teaser_containment <= 1.0:
            raise ValueError("teaser containment must be in (0, 1]")
        if self.canonical not in CANONICAL_RULES:
            raise ValueError(f"canonical must be one of {', '.join(CANONICAL_RULES)}")

    @property
    def bands(self) -> tuple[int, int]:
        """``(b, r)``: bands and rows per band of the LSH, chosen for ``lsh_recall`` at
        ``threshold`` (:func:`recall_bands`)."""
        return recall_bands(self.threshold, self.num_perm, self.lsh_recall)

    def candidate_probability(self, s: float) -> float:
        """Probability that two stories of Jaccard ``s`` share at least one LSH band."""
        return candidate_probability(s, *self.bands)

    def fingerprint(self) -> str:
        """What an index must agree on with this config (signature scheme and banding)."""
        b, r = self.bands
        key = {"scheme": "declutter-mh32-v2", "ngram": self.ngram, "num_perm": self.num_perm,
               "seed": self.seed, "bands": b, "rows": r}
        import hashlib  # (here: the command line imports this module for --help)

        return hashlib.sha1(json.dumps(key, sort_keys=True).encode()).hexdigest()[:16]

    def to_dict(self) -> dict:
        """The config as plain JSON data (stored in an index, printed by ``index stats``)."""
        data = asdict(self)
        data["bands"], data["rows"] = self.bands
        return data
