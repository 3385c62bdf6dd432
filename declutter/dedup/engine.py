"""Dedup of a record stream in two passes with flat memory.

Pass 1 (:func:`sketch_records`) reads the records once and keeps, per story, only a
:class:`~declutter.dedup.cluster.Doc` (id, signature, sizes, ordering facts) and, per teaser,
its sketch. :func:`resolve` then finds candidates with the index's LSH, verifies them, takes
connected components (together with the stored clusters they touch), splits each into stars
around canonical copies (:func:`declutter.dedup.cluster.stars`), names each cluster, links
teasers, and commits the new state to the index. Pass 2 (:func:`annotate`) reads the records
again and writes each one with ``dup``, ``is_canonical`` and ``teasers[i].links_to``. Error
records (``error`` not null) pass through unchanged; a line that is not a JSON object becomes
an error record.

``dedup_stream`` is the whole thing for the CLI and for ``declutter run``.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import numpy as np

from declutter.dedup.cluster import Doc, UnionFind, canonical_key, label, normalise_time, stars
from declutter.dedup.config import DedupConfig
from declutter.dedup.index import DedupIndexError, Index, backend_errors, open_index
from declutter.dedup.lsh import CompactLSH, band_keys
from declutter.dedup.minhash import is_empty, signatures_and_sizes
from declutter.dedup.teasers import TeaserLinker, TeaserSketch
from declutter.io.readers import json_line

RecordSource = str | Path | Callable[[], Iterable[Any]]
_KEY_BATCH = 4096
Progress = Callable[[str, int], None]


@dataclass
class DedupSummary:
    """What a run did, for the stderr summary and for callers."""

    records: int = 0
    stories: int = 0
    errors: int = 0
    clusters: int = 0
    """Clusters with more than one member among this run's stories (and the index)."""
    duplicates: int = 0
    """This run's stories that are not their cluster's canonical copy."""
    duplicates_of_index: int = 0
    """Of those, the ones whose canonical copy came from an earlier run."""
    candidates: int = 0
    """Candidate pairs from the LSH (each checked once per querying story)."""
    verified: int = 0
    """Candidate pairs whose estimated Jaccard reached the threshold."""
    teasers: int = 0
    teasers_linked: int = 0
    written: int = 0
    run: int = 0
    index_kind: str = "memory"
    index_size: int = 0
    seconds: float = 0.0
    config: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class Annotation:
    cluster: str
    canonical: str
    similarity: float
    is_canonical: bool


@dataclass
class Sketches:
    """Pass 1's result: what dedup needs of the input, without the text."""

    docs: list[Doc] = field(default_factory=list)
    doc_of_ordinal: dict[int, int] = field(default_factory=dict)
    teasers: list[TeaserSketch] = field(default_factory=list)
    records: int = 0
    errors: int = 0


@dataclass
class Resolution:
    """Pass 1 and the clustering combined: the annotation of every record position."""

    by_ordinal: dict[int, Annotation] = field(default_factory=dict)
    links: dict[tuple[int, int], str] = field(default_factory=dict)


class InvalidLine:
    """A JSONL line that is not a JSON object (becomes an error record in the output)."""

    __slots__ = ("line", "message")

    def __init__(self, line: int, message: str) -> None:
        self.line = line
        self.message = message

    def as_error_record(self) -> dict:
        return {"id": f"line-{self.line}", "url": None, "source": None, "title": None, "text": "",
                "teasers": [], "meta": {}, "error": f"invalid input line {self.line}: {self.message}"}


def iter_jsonl(path: str | Path) -> Iterator[dict | InvalidLine]:
    """Records of a JSON Lines file (``-`` is not accepted: dedup reads its input twice)."""
    with open(path, encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                obj = json_line(line)
            except ValueError as exc:
                yield InvalidLine(number, f"not JSON ({getattr(exc, 'msg', exc)})")
                continue
            if not isinstance(obj, dict):
                yield InvalidLine(number, "not a JSON object")
                continue
            yield obj


def _factory(source: RecordSource) -> Callable[[], Iterable[Any]]:
    if callable(source):
        return source
    return lambda: iter_jsonl(source)


def is_story(record: Any) -> bool:
    """Whether a record takes part in dedup: a cleaned record (no error) with an id."""
    return isinstance(record, dict) and record.get("error") is None and record.get("id") is not None


def story_text(record: dict) -> str:
    """The text dedup compares: the story, or the title of a record without one."""
    text = record.get("text")
    if isinstance(text, str) and text.strip():
        return text
    title = record.get("title")
    return title if isinstance(title, str) else ""


def story_source(record: dict) -> str | None:
    """Where a story comes from, for template shingles: its ``source``, else its URL's host,
    else ``None``."""
    source = record.get("source")
    if isinstance(source, str) and source.strip():
        return source.strip()
    url = record.get("url")
    if isinstance(url, str) and "://" in url:
        host = urlsplit(url).hostname
        return host.removeprefix("www.") if host else None
    return None


def sketch_records(records: Iterable[Any], config: DedupConfig, run: int = 0, run_time: str = "",
                   progress: Progress | None = None) -> Sketches:
    """Pass 1: signatures of every story and every linkable teaser, in input order.

    A story without ``meta.fetched_at`` gets ``run_time`` as its fetch time (empty: set later
    by :func:`stamp`).
    """
    out = Sketches()
    pending: list[tuple[int, dict]] = []

    def flush() -> None:
        if not pending:
            return
        texts = [story_text(rec) for _, rec in pending]
        sigs, sizes = signatures_and_sizes(texts, config)
        teaser_texts: list[str] = []
        teaser_where: list[tuple[int, int, str]] = []
        for (ordinal, rec), sig, size, text in zip(pending, sigs, sizes, texts, strict=True):
            meta = rec.get("meta") if isinstance(rec.get("meta"), dict) else {}
            doc = Doc(id=str(rec["id"]), signature=sig, size=int(size), length=len(text),
                      seen=normalise_time(meta.get("fetched_at"), run_time), run=run,
                      ordinal=ordinal, source=story_source(rec))
            out.doc_of_ordinal[ordinal] = len(out.docs)
            out.docs.append(doc)
            for position, teaser in enumerate(rec.get("teasers") or []):
                body = teaser.get("text") if isinstance(teaser, dict) else None
                if isinstance(body, str) and len(body.split()) >= config.teaser_min_words:
                    teaser_texts.append(body)
                    teaser_where.append((ordinal, position, doc.id))
        if teaser_texts:
            tsigs, tsizes = signatures_and_sizes(teaser_texts, config)
            for (ordinal, position, page), sig, size in zip(teaser_where, tsigs, tsizes, strict=True):
                out.teasers.append(TeaserSketch(ordinal, position, page, sig, int(size)))
        if progress:
            progress("sketch", len(pending))
        pending.clear()

    for ordinal, record in enumerate(records):
        out.records += 1
        if not is_story(record):
            out.errors += 1
            continue
        pending.append((ordinal, record))
        if len(pending) >= config.batch_size:
            flush()
    flush()
    return out


def stamp(sketches: Sketches, run: int, now: float) -> None:
    """Give pass 1's stories their run number, and the run's time where they had no fetch time."""
    run_time = datetime.fromtimestamp(now, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    for doc in sketches.docs:
        doc.run = run
        if not doc.seen:
            doc.seen = run_time


def find_pairs(docs: list[Doc], index: Index, known: dict[str, Doc], config: DedupConfig,
               progress: Progress | None = None,
               counts: DedupSummary | None = None) -> tuple[UnionFind, dict[str, Doc]]:
    """Join every verified candidate pair: stories sharing an LSH bucket, in input order.

    ``known`` maps ids to Docs already resolved (this run's stories and stored ones); stored
    stories met as candidates are fetched from the index and added to it. New stories are
    inserted into the index's LSH. The candidate pairs are those of querying each story
    before inserting it (every pair of stories sharing a bucket), whichever LSH holds them.

    Stories with identical signatures (the same page through many feeds, or pages that are all
    boilerplate) are joined to the first of them and do not search for candidates themselves:
    they share every bucket with it and verify exactly as it does against any other story, so
    the components are the same as with every pair, without a quadratic number of pairs in
    their buckets.
    """
    uf = UnionFind()
    batched = isinstance(index.lsh, CompactLSH)
    first_with: dict[bytes, str] = {}
    follows: dict[str, str] = {}
    for start in range(0, len(docs), _KEY_BATCH):
        chunk = docs[start : start + _KEY_BATCH]
        searching: list[int] = []
        for row, doc in enumerate(chunk):
            uf.add(doc.id)
            if is_empty(doc.signature):
                continue
            first = first_with.setdefault(doc.signature.tobytes(), doc.id)
            if first == doc.id:
                searching.append(row)
            else:
                uf.union(doc.id, first)
                follows[doc.id] = first
                if counts is not None:
                    counts.candidates += 1
                    counts.verified += 1
        find = _batch_candidates if batched else _candidates_one_by_one
        pairs = find(chunk, searching, index, config)
        _verify_and_join(pairs, chunk, index, known, follows, config, uf, counts)
        if progress:
            progress("cluster", len(chunk))
    return uf, known


def _insertable(chunk: list[Doc]) -> list[int]:
    """Rows of a chunk new to the index (a stored story is already in its LSH)."""
    return [i for i, d in enumerate(chunk) if d.cluster is None and not is_empty(d.signature)]


def _batch_candidates(chunk: list[Doc], searching: list[int], index: Index,
                      config: DedupConfig) -> set[tuple[int, str]]:
    """Candidate pairs ``(row in chunk, other id)`` of the ``searching`` rows of a chunk, then
    every new story of the chunk is inserted."""
    lsh: CompactLSH = index.lsh  # type: ignore[assignment]
    keys = band_keys(np.vstack([d.signature for d in chunk]), config)
    pairs: set[tuple[int, str]] = set()
    rows_of = np.array(searching, dtype=np.int64)
    rows, numbers = lsh.query_batch(keys[rows_of])
    if len(rows):
        code = np.unique(rows_of[rows] << 32 | numbers.astype(np.int64))
        found_rows = (code >> 32).tolist()
        for row, other in zip(found_rows, lsh.ids((code & 0xFFFFFFFF).tolist()), strict=True):
            if other != chunk[row].id:
                pairs.add((row, other))
    # Pairs within the chunk: searching rows sharing a (band, key) bucket.
    flat = keys[rows_of].ravel()
    owner = np.repeat(rows_of, keys.shape[1])
    live = flat != 0
    flat, owner = flat[live], owner[live]
    order = np.argsort(flat, kind="stable")
    flat, owner = flat[order], owner[order]
    same = np.flatnonzero(flat[1:] == flat[:-1])
    if len(same):
        run_starts = same[np.r_[True, np.diff(same) > 1]]
        for begin in run_starts.tolist():
            stop = begin + 1
            while stop < len(flat) and flat[stop] == flat[begin]:
                stop += 1
            members = sorted(set(owner[begin:stop].tolist()))
            for j, later in enumerate(members):
                for earlier in members[:j]:
                    pairs.add((later, chunk[earlier].id))
    new = _insertable(chunk)
    if new:
        lsh.insert_batch([chunk[i].id for i in new], keys[new])
    return pairs


def _candidates_one_by_one(chunk: list[Doc], searching: list[int], index: Index,
                           config: DedupConfig) -> set[tuple[int, str]]:
    """Candidate pairs of a chunk by querying, then inserting, one story at a time."""
    pairs: set[tuple[int, str]] = set()
    query = set(searching)
    for row, doc in enumerate(chunk):
        if row in query:
            pairs.update((row, c) for c in index.query(doc.signature) if c != doc.id)
        if doc.cluster is None and not is_empty(doc.signature):
            index.insert(doc)
    return pairs


def _verify_and_join(pairs: set[tuple[int, str]], chunk: list[Doc], index: Index,
                     known: dict[str, Doc], follows: dict[str, str], config: DedupConfig,
                     uf: UnionFind, counts: DedupSummary | None) -> None:
    """Join the pairs whose Jaccard, estimated from the whole signatures, reaches the threshold.

    A candidate that follows an identical earlier story (``follows``) is checked as that story.
    """
    if not pairs:
        return
    pairs = {(row, follows.get(other, other)) for row, other in pairs}
    missing = {other for _, other in pairs if other not in known}
    if missing:
        known.update(index.get(sorted(missing)))
    # One pair per unordered couple of ids, whichever side found it.
    unique: dict[tuple[str, str], tuple[Doc, Doc]] = {}
    for row, other_id in pairs:
        other = known.get(other_id)
        if other is None:  # in the LSH but without metadata (an interrupted writer)
            continue
        doc = chunk[row]
        if other_id != doc.id:
            unique[(min(doc.id, other_id), max(doc.id, other_id))] = (doc, other)
    if not unique:
        return
    left = np.vstack([a.signature for a, _ in unique.values()])
    right = np.vstack([b.signature for _, b in unique.values()])
    similar = np.count_nonzero(left == right, axis=1) / left.shape[1] >= config.threshold
    for (a, b), ok in zip(unique, similar.tolist(), strict=True):
        if ok:
            uf.union(a, b)
    if counts is not None:
        counts.candidates += len(unique)
        counts.verified += int(similar.sum())


def resolve(sketches: Sketches, index: Index, config: DedupConfig, now: float,
            progress: Progress | None = None) -> tuple[Resolution, DedupSummary]:
    """Clusters, canonical copies and teaser links for pass 1's sketches; commits the index."""
    summary = DedupSummary()
    # One Doc per id: a repeated id in the input is the same story; a stored id keeps its past.
    stored = index.get(d.id for d in sketches.docs)
    current: dict[str, Doc] = {}
    for doc in sketches.docs:
        if doc.id not in current:
            current[doc.id] = stored.get(doc.id, doc)
    known: dict[str, Doc] = dict(current)
    uf, known = find_pairs(list(current.values()), index, known, config, progress, summary)

    # Stored stories keep their stored clusters: pull every member of a touched cluster in.
    touched = {d.cluster for i, d in known.items() if d.cluster and i in uf}
    for members in index.members(touched).values():
        for member in members:
            known.setdefault(member.id, member)
            uf.union(member.id, members[0].id)

    annotations: dict[str, Annotation] = {}
    canonical_of: dict[str, str] = {}
    changed: list[Doc] = []
    for component in uf.components():
        for star in stars([known[i] for i in component], config):
            canonical_id = star.canonical.id
            canonical_of[star.cluster] = canonical_id
            if len(star.members) > 1 and any(d.id in current for d, _ in star.members):
                summary.clusters += 1
            for doc, sim in star.members:
                if doc.id in current:
                    annotations[doc.id] = Annotation(star.cluster, canonical_id, round(sim, 4),
                                                     doc.id == canonical_id)
                    if doc.id != canonical_id:
                        summary.duplicates += 1
                        if canonical_id not in current:
                            summary.duplicates_of_index += 1
                if doc.cluster != star.cluster:
                    doc.cluster = star.cluster
                    if doc.added == 0.0:
                        doc.added = now
                    changed.append(doc)

    resolution = Resolution()
    seen_ids: set[str] = set()
    for ordinal, position in sketches.doc_of_ordinal.items():
        doc_id = sketches.docs[position].id
        note = annotations[doc_id]
        if doc_id in seen_ids and note.is_canonical:  # a repeated line is never canonical twice
            note = Annotation(note.cluster, note.canonical, note.similarity, False)
        seen_ids.add(doc_id)
        resolution.by_ordinal[ordinal] = note

    summary.teasers = len(sketches.teasers)
    if sketches.teasers:
        resolution.links = link_teasers(sketches.teasers, current, index, known, canonical_of,
                                        config)
        summary.teasers_linked = len(resolution.links)
    index.commit(changed)
    return resolution, summary


def link_teasers(teasers: list[TeaserSketch], current: dict[str, Doc], index: Index,
                 known: dict[str, Doc], canonical_of: dict[str, str],
                 config: DedupConfig) -> dict[tuple[int, int], str]:
    """``(record position, teaser position) -> canonical id`` of the story each teaser previews."""
    stored = (d for d in index.iter_docs() if d.id not in current)
    linker = TeaserLinker([*current.values(), *stored], config)
    links: dict[tuple[int, int], str] = {}
    for teaser in teasers:
        story = linker.best(teaser, lambda d: canonical_key(d, config.canonical))
        if story is None:
            continue
        story = known.get(story.id, story)  # this run's cluster, not the stored one
        cluster = story.cluster or story.id
        if cluster not in canonical_of:
            members = index.members([cluster]).get(cluster) or [story]
            canonical_of[cluster] = label(members, config.canonical)[1]
        links[(teaser.ordinal, teaser.position)] = canonical_of[cluster]
    return links


def annotated(record: dict, note: Annotation, link: Callable[[int], str | None]) -> dict:
    """A copy of ``record`` with ``dup``, ``is_canonical`` and each teaser's ``links_to``
    (``link(i)`` for teaser ``i``): the one place both the single-machine and the Dask path
    write the annotation, so their output stays identical."""
    out = dict(record)
    out["dup"] = {"cluster": note.cluster, "canonical": note.canonical,
                  "similarity": note.similarity}
    out["is_canonical"] = note.is_canonical
    teasers = out.get("teasers")
    if isinstance(teasers, list):
        out["teasers"] = [{**t, "links_to": link(i)} if isinstance(t, dict) else t
                          for i, t in enumerate(teasers)]
    return out


def annotate(records: Iterable[Any], resolution: Resolution, write: Callable[[dict], None],
             drop_duplicates: bool = False) -> int:
    """Pass 2: write every record with its dup annotation; return how many were written."""
    written = 0
    for ordinal, record in enumerate(records):
        if isinstance(record, InvalidLine):
            write(record.as_error_record())
            written += 1
            continue
        note = resolution.by_ordinal.get(ordinal)
        if note is None:  # an error record, or not a story: through unchanged
            write(record)
            written += 1
            continue
        if drop_duplicates and not note.is_canonical:
            continue
        write(annotated(record, note, lambda i, o=ordinal: resolution.links.get((o, i))))
        written += 1
    return written


def dedup_stream(source: RecordSource, write: Callable[[dict], None],
                 config: DedupConfig | None = None, index: Index | str | Path | None = None, *,
                 drop_duplicates: bool = False, progress: Progress | None = None) -> DedupSummary:
    """Flag near-duplicates in a stream of records and write each record annotated.

    ``source`` is a JSONL path or a zero-argument callable returning a fresh iterable of record
    dicts (it is called twice: once to sketch, once to annotate). ``write`` receives each output
    record. ``index`` is an open :class:`Index`, an index spec for :func:`open_index`
    (path or ``redis://``), or ``None`` for an in-memory index. An index opened here is closed
    here; one passed in is left open.
    """
    config = config or DedupConfig()
    started = time.time()
    factory = _factory(source)
    owned = not isinstance(index, Index)
    store = open_index(index, config) if owned else index
    try:
        sketches = sketch_records(factory(), config, progress=progress)
        with store.lock():
            # The run's number and time are taken under the lock, so runs sharing an index are
            # ordered as they commit, and a cluster never changes its id or canonical copy
            # because a run that started earlier committed later.
            run, now = store.begin_run(), time.time()
            stamp(sketches, run, now)
            resolution, summary = resolve(sketches, store, config, now, progress)
        summary.written = annotate(factory(), resolution, write, drop_duplicates)
        summary.records, summary.errors = sketches.records, sketches.errors
        summary.stories = len(sketches.docs)
        summary.run, summary.index_kind, summary.index_size = run, store.kind, len(store)
    except backend_errors() as exc:
        raise DedupIndexError(
            f"the {store.kind} index failed during the run: {str(exc).rstrip('.')}. No output "
            "was written and "
            "the index keeps what earlier runs committed; rerun when it is reachable") from exc
    finally:
        if owned:
            with contextlib.suppress(*backend_errors()):
                store.close()
    summary.seconds = round(time.time() - started, 3)
    summary.config = config.to_dict()
    return summary

