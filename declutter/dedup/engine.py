"""Dedup of a record stream in three reads with flat memory.

First the lines of every story are counted per source (:func:`count_story_lines`, no
signature): a line that a source repeats on many of its stories is boilerplate
(:mod:`declutter.dedup.boilerplate`). Pass 1 (:func:`sketch_records`) reads the records again
and keeps, per story, only a :class:`~declutter.dedup.cluster.Doc` (id, signature, sizes,
ordering facts, which slots are boilerplate) and, per teaser, its sketch. :func:`resolve` then
finds candidates with the index's LSH, verifies them, takes connected components (together
with the stored clusters they touch), splits each into stars around canonical copies
(:func:`declutter.dedup.cluster.stars`), names each cluster, links teasers, and commits the new
state to the index. Pass 2 (:func:`annotate`) reads the records once more and writes each one
with ``dup``, ``is_canonical`` and ``teasers[i].links_to``. Error records (``error`` not null)
pass through unchanged; a line that is not a JSON object becomes an error record.

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

from declutter.dedup.boilerplate import Masks
from declutter.dedup.candidates import find_pairs
from declutter.dedup.cluster import Doc, canonical_key, label, normalise_time, stars
from declutter.dedup.config import DedupConfig
from declutter.dedup.index import DedupIndexError, Index, backend_errors, open_index
from declutter.dedup.lines import LineCounts, StoryKeys
from declutter.dedup.minhash import signatures_and_sizes
from declutter.dedup.records import InvalidLine, is_story, iter_jsonl, story_source, story_text
from declutter.dedup.teasers import TeaserLinker, TeaserSketch

RecordSource = str | Path | Callable[[], Iterable[Any]]
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
    """Teasers with enough text to be linked (``DedupConfig.teaser_min_words`` words or more)."""
    teasers_linked: int = 0
    """Of those, the ones linked to a story by containment."""
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


def _factory(source: RecordSource) -> Callable[[], Iterable[Any]]:
    if callable(source):
        return source
    return lambda: iter_jsonl(source)



def count_story_lines(records: Iterable[Any]) -> tuple[LineCounts, StoryKeys]:
    """The first read: how many stories of its source carry each line
    (:mod:`declutter.dedup.boilerplate`; kept for lines of two stories or more), and each
    story's line keys in input order for :func:`sketch_records`."""
    def stories() -> Iterator[tuple[str | None, str]]:
        for record in records:
            if is_story(record):
                text = story_text(record)
                # a story of one line has no line of its source's boilerplate
                yield (story_source(record) if "\n" in text else None), text

    kept = StoryKeys()
    counts = LineCounts.of_stories(stories(), kept)
    return counts.recurring(), kept.finish()


def sketch_records(records: Iterable[Any], config: DedupConfig, run: int = 0, run_time: str = "",
                   progress: Progress | None = None,
                   lines: tuple[LineCounts, StoryKeys] | None = None) -> Sketches:
    """Pass 1: signatures of every story and every linkable teaser, in input order.

    A story without ``meta.fetched_at`` gets ``run_time`` as its fetch time (empty: set later
    by :func:`stamp`). ``lines``: the run's line counts and each story's line keys
    (:func:`count_story_lines`, over the same records), which mark each story's boilerplate
    slots; ``None``: no story has boilerplate.
    """
    out = Sketches()
    pending: list[tuple[int, dict]] = []
    masks = Masks(lines[0], config) if lines is not None else None

    def flush() -> None:
        if not pending:
            return
        texts = [story_text(rec) for _, rec in pending]
        sources = [story_source(rec) for _, rec in pending]
        sigs, sizes = signatures_and_sizes(texts, config)
        boiler = [None] * len(texts)
        if masks and lines is not None:
            first = len(out.docs)  # stories sketched so far: this batch's first story
            boiler = masks.of(sources, texts, sigs, lines[1].batch(first, len(texts)))
        teaser_texts: list[str] = []
        teaser_where: list[tuple[int, int, str]] = []
        for (ordinal, rec), sig, size, text, source, mask in zip(
                pending, sigs, sizes, texts, sources, boiler, strict=True):
            meta = rec.get("meta") if isinstance(rec.get("meta"), dict) else {}
            doc = Doc(id=str(rec["id"]), signature=sig, size=int(size), length=len(text),
                      seen=normalise_time(meta.get("fetched_at"), run_time), run=run,
                      ordinal=ordinal, source=source, boilerplate=mask)
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
    dicts (it is called three times: to count lines, to sketch, to annotate). ``write`` receives each output
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
        lines = count_story_lines(factory())
        sketches = sketch_records(factory(), config, progress=progress, lines=lines)
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

