"""Text shared by many stories of one source (a site appeal, a footer, a standard disclaimer),
found from the signatures alone, and a similarity that leaves it out.

Signature shingles
------------------
Slot ``i`` of a signature holds ``min pi_i(x)`` over the text's shingle hashes ``x``, with
``pi_i(x) = (a_i x + b_i) mod 2**32`` and odd ``a_i`` (:mod:`declutter.dedup.minhash`). ``pi_i``
is a bijection, so the shingle behind a slot is ``x = a_i^-1 (v - b_i) mod 2**32``. A text's
*signature shingles* are these hashes (at most ``num_perm``): no text is needed again.

Template shingles
-----------------
Among the ``n`` stories of one source that dedup is about to group (a connected component),
a shingle is a *template shingle* of that source when it is a signature shingle of at least
``max(template_min_docs, n / 2)`` of them (``template_min_docs`` is 3 by default). A shingle
that makes two stories agree in a slot is a signature shingle of both, so a pair alone never
marks its own text as template; a third story of the same source carrying it can. Half of the
group keeps apart the two shapes that counts alone confuse: an appeal under every brief of a
site is carried by most of them, while pages that each move a window of sentences on (or a
story retold in parts) share each sentence with a few neighbours only. Stories without a
source never have templates. Known limit: several versions of one story from one source whose
shared text is carried by half of them, and which differ in more than 40% of their text,
lose what they share.

Similarity without the template
-------------------------------
For stories A and B of one source, slot ``i``'s minimum over A ∪ B is ``min(sig_A[i],
sig_B[i])``, a uniform draw from A ∪ B (Broder, "On the resemblance and containment of
documents", 1997). The slots whose minimum is not a template shingle are uniform draws from
(A ∪ B) minus the template T, and they agree exactly when the draw is in (A ∩ B) minus T; so
the share of agreeing slots among them estimates ``J(A - T, B - T)``, the Jaccard similarity
of what the two stories say beyond the source's template. When less than 40% of the slots is
left (``MIN_SHARE``), the two stories are mostly template to each other: versions of one
story that its source carries several times, whose shared text is "template" only because
they share it; then the plain estimate over all slots is used. (Three versions of a 250-word
story with 0-4% edits leave at most 37% outside their shared text; two 30-60-word briefs under
an 85-word appeal leave 37-58%, so briefs under about 40 words can still join through it.)
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from declutter.dedup.config import DedupConfig
from declutter.dedup.minhash import EMPTY, permutations

MIN_SHARE = 0.4
"""Least share of a pair's slots outside the template for the estimate without it."""


@lru_cache(maxsize=16)
def _inverse(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """``(a^-1 mod 2**32, b)`` as ``1 x num_perm`` uint32 rows."""
    a, b = permutations(num_perm, seed)
    inv = np.array([pow(int(x), -1, 2**32) for x in a.ravel()], dtype=np.uint32)
    return inv.reshape(1, -1), b.reshape(1, -1)


def slot_shingles(signatures: np.ndarray, config: DedupConfig) -> np.ndarray:
    """The shingle hash behind every slot: ``texts x num_perm`` uint32 (EMPTY slots give junk,
    callers skip empty signatures)."""
    inv, b = _inverse(config.num_perm, config.seed)
    return (np.atleast_2d(signatures) - b) * inv  # uint32 arithmetic wraps modulo 2**32


def templates(signatures: np.ndarray, sources: Sequence[str | None],
              config: DedupConfig) -> dict[str, np.ndarray]:
    """Template shingles of each source among ``signatures`` (``texts x num_perm``; one source
    or ``None`` per row): those carried by at least ``max(template_min_docs, n / 2)`` of the
    source's ``n`` rows (module doc), as sorted uint32 arrays, only for sources that have any.
    Cost: one sort of at most ``num_perm`` hashes per story of a source with at least
    ``template_min_docs`` stories."""
    rows: dict[str, list[int]] = {}
    for row, source in enumerate(sources):
        if source is not None and not (signatures[row] == EMPTY).all():
            rows.setdefault(source, []).append(row)
    out: dict[str, np.ndarray] = {}
    for source, members in rows.items():
        if len(members) < config.template_min_docs:
            continue
        carried = [np.unique(s) for s in slot_shingles(signatures[members], config)]
        values, counts = np.unique(np.concatenate(carried), return_counts=True)
        common = values[counts >= max(config.template_min_docs, len(members) / 2)]
        if len(common):
            out[source] = common
    return out


def similarity_to(signatures: np.ndarray, centre: np.ndarray, same_source: np.ndarray,
                  template: np.ndarray | None, config: DedupConfig) -> np.ndarray:
    """Estimated similarity of each row of ``signatures`` to ``centre``: the plain Jaccard
    estimate (share of equal slots), or, for rows of the centre's source (``same_source``, a
    bool per row) when the source has a ``template``, the estimate without it (module doc).
    Returns float64 per row."""
    equal = signatures == centre
    sim = np.count_nonzero(equal, axis=1) / signatures.shape[1]
    if template is None or not len(template) or not same_source.any():
        return sim
    rows = np.flatnonzero(same_source)
    lowest = np.minimum(signatures[rows], centre)
    kept = ~np.isin(slot_shingles(lowest, config), template)
    slots = np.count_nonzero(kept, axis=1)
    agree = np.count_nonzero(equal[rows] & kept, axis=1)
    usable = slots >= MIN_SHARE * signatures.shape[1]
    sim[rows[usable]] = agree[usable] / slots[usable]
    return sim
