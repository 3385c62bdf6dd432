"""Step 1 of the distributed dedup (:mod:`declutter.distributed.stages`): a partition's
:class:`Sketch` (per-story facts and signatures, no text), and a clustered story's
:class:`Member`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from declutter.dedup.cluster import normalise_time
from declutter.dedup.config import DedupConfig
from declutter.dedup.engine import is_story, story_source, story_text
from declutter.dedup.lines import LineCounts
from declutter.dedup.minhash import signatures_and_sizes

_SIG_CHUNK = 4096


@dataclass
class Sketch:
    """What dedup needs of one partition: no text, only per-story facts and signatures.

    ``local`` is each story's position in the partition (add the partition's offset for the
    global ordinal); ``seen`` is ``meta.fetched_at`` normalised, or ``""`` (the run's time,
    filled in by :func:`label_reduce`).
    """

    count: int = 0
    """Records in the partition (stories and error records)."""
    local: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    ids: list[str] = field(default_factory=list)
    signatures: np.ndarray | None = None
    sizes: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    lengths: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    seen: list[str] = field(default_factory=list)
    sources: list[str | None] = field(default_factory=list)
    teaser_local: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    teaser_position: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    teaser_page: list[str] = field(default_factory=list)
    teaser_signatures: np.ndarray | None = None
    teaser_sizes: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    lines: LineCounts = field(default_factory=LineCounts)
    """How many of the partition's stories carry each line (merged by the runner)."""

    def row_of_local(self) -> np.ndarray:
        """Story row of each record position (``-1`` for error records)."""
        rows = np.full(self.count, -1, dtype=np.int64)
        rows[self.local] = np.arange(len(self.local))
        return rows

    @property
    def nbytes(self) -> int:
        sigs = 0 if self.signatures is None else self.signatures.nbytes
        tsigs = 0 if self.teaser_signatures is None else self.teaser_signatures.nbytes
        return sigs + tsigs + 24 * len(self.local) + sum(len(i) for i in self.ids)


def _signatures(texts: list[str], config: DedupConfig) -> tuple[np.ndarray, np.ndarray]:
    sigs, sizes = [], []
    for start in range(0, len(texts), _SIG_CHUNK):
        s, n = signatures_and_sizes(texts[start : start + _SIG_CHUNK], config)
        sigs.append(s)
        sizes.append(n)
    if not sigs:
        return np.zeros((0, config.num_perm), dtype=np.uint32), np.zeros(0, dtype=np.int64)
    return np.vstack(sigs), np.concatenate(sizes).astype(np.int64)


def sketch_lines(lines: Iterable[str], config: DedupConfig) -> Sketch:
    """Pass 1 of :func:`declutter.dedup.engine.sketch_records` over one partition's JSON lines.

    Signatures do not depend on the batch a text is in, so one partition at a time gives the
    single-machine signatures bit for bit.
    """
    sketch = Sketch()
    local, texts, ids, seen, sources = [], [], [], [], []
    t_local, t_pos, t_page, t_texts = [], [], [], []
    for i, line in enumerate(lines):
        sketch.count += 1
        record = json.loads(line)
        if not is_story(record):
            continue
        text = story_text(record)
        meta = record.get("meta") if isinstance(record.get("meta"), dict) else {}
        local.append(i)
        texts.append(text)
        ids.append(str(record["id"]))
        seen.append(normalise_time(meta.get("fetched_at"), ""))
        sources.append(story_source(record))
        for position, teaser in enumerate(record.get("teasers") or []):
            body = teaser.get("text") if isinstance(teaser, dict) else None
            if isinstance(body, str) and len(body.split()) >= config.teaser_min_words:
                t_local.append(i)
                t_pos.append(position)
                t_page.append(ids[-1])
                t_texts.append(body)
    sketch.local = np.array(local, dtype=np.int64)
    sketch.ids, sketch.seen, sketch.sources = ids, seen, sources
    sketch.lines = LineCounts.of_stories(zip(sources, texts, strict=True))
    sketch.signatures, sketch.sizes = _signatures(texts, config)
    sketch.lengths = np.array([len(t) for t in texts], dtype=np.int64)
    sketch.teaser_local = np.array(t_local, dtype=np.int64)
    sketch.teaser_position = np.array(t_pos, dtype=np.int64)
    sketch.teaser_page = t_page
    sketch.teaser_signatures, sketch.teaser_sizes = _signatures(t_texts, config)
    return sketch


def merge_sketches(sketches: Sequence[Sketch], shifts: Sequence[int]) -> Sketch:
    """One sketch of consecutive partitions (``shifts``: each one's first record in the group),
    so that the dedup shuffles run over a few large groups instead of many small partitions."""
    out = Sketch()
    out.count = sum(s.count for s in sketches)
    out.local = np.concatenate([s.local + k for s, k in zip(sketches, shifts, strict=True)])
    out.ids = [i for s in sketches for i in s.ids]
    out.seen = [t for s in sketches for t in s.seen]
    out.sources = [t for s in sketches for t in s.sources]
    out.signatures = np.vstack([s.signatures for s in sketches])
    out.sizes = np.concatenate([s.sizes for s in sketches])
    out.lengths = np.concatenate([s.lengths for s in sketches])
    out.teaser_local = np.concatenate([s.teaser_local + k
                                       for s, k in zip(sketches, shifts, strict=True)])
    out.teaser_position = np.concatenate([s.teaser_position for s in sketches])
    out.teaser_page = [t for s in sketches for t in s.teaser_page]
    out.teaser_signatures = np.vstack([s.teaser_signatures for s in sketches])
    out.teaser_sizes = np.concatenate([s.teaser_sizes for s in sketches])
    return out


@dataclass
class Member:
    """One clustered story as the label reducer sees it."""

    g: int
    id: str
    seen: str
    length: int
    signature: np.ndarray
    aliases: list[int]
    source: str | None = None
    boilerplate: bytes | None = None
