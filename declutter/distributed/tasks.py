"""Tasks that run on the workers: clean a partition into a staged file and sketch it, annotate
a partition's staged records and write its output file."""

from __future__ import annotations

import json
import os
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from declutter.dedup.config import DedupConfig
from declutter.distributed import stages
from declutter.distributed.options import Options
from declutter.distributed.partitions import (
    Partition,
    read_partition,
)
from declutter.record import dumps

_PIPELINES: dict[tuple, Any] = {}


def _pipeline(options: Options) -> Any:
    """One Pipeline per worker thread and rule setup (compiled rules do not pickle, and a
    Pipeline is not shared between threads)."""
    from declutter.pipeline import Pipeline

    key = (threading.get_ident(), options.rule_dirs, options.audit, options.max_page_bytes,
           options.page_seconds)
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(rule_dirs=tuple(Path(d) for d in options.rule_dirs),
                                   audit=options.audit, max_page_bytes=options.max_page_bytes,
                                   page_seconds=options.page_seconds)
    return _PIPELINES[key]


def _atomic(path: Path) -> Path:
    return path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")


def clean_partition(part: Partition, stage_dir: str, options: Options) -> tuple[stages.Sketch, dict]:
    """Clean one partition into a staged JSONL file; return its dedup sketch and counts."""
    from declutter.summary import Summary

    pipeline = _pipeline(options)
    target = Path(stage_dir) / f"clean-{part.number:05d}.jsonl"
    tmp = _atomic(target)
    summary = Summary()
    started = time.perf_counter()
    with open(tmp, "w", encoding="utf-8", newline="\n") as out:
        for item in read_partition(part, options.fmt, options.max_page_bytes):
            record = pipeline.clean(item)
            summary.add(record)
            out.write(dumps(record) + "\n")
    os.replace(tmp, target)
    clean_seconds = time.perf_counter() - started
    with open(target, encoding="utf-8") as lines:
        sketch = stages.sketch_lines(lines, options.config)
    counts = {"records": sketch.count, "stories": len(sketch.local),
              "teasers": len(sketch.teaser_local), "read": summary.read,
              "cleaned": summary.cleaned, "errors": summary.errors,
              "teasers_found": summary.teasers, "removed": dict(summary.removed),
              "clean_seconds": round(clean_seconds, 3),
              "sketch_seconds": round(time.perf_counter() - started - clean_seconds, 3),
              "sketch_bytes": sketch.nbytes}
    return sketch, counts


def mask_partition(part: Partition, stage_dir: str, sketch: stages.Sketch, counts: Any,
                   config: DedupConfig) -> list[bytes | None]:
    """Boilerplate masks of one partition's stories, their texts read again from its staged
    file, given the run's line counts (:func:`declutter.dedup.boilerplate.partition_masks`)."""
    from declutter.dedup.boilerplate import partition_masks
    from declutter.dedup.records import is_story, story_source, story_text

    if not len(counts):
        return [None] * len(sketch.ids)
    with open(Path(stage_dir) / f"clean-{part.number:05d}.jsonl", encoding="utf-8") as lines:
        stories = ((story_source(r), story_text(r)) for r in map(json.loads, lines) if is_story(r))
        return partition_masks(stories, sketch.signatures, counts, config)


def write_partition(part: Partition, stage_dir: str, out_dir: str, base: int,
                    notes: Sequence[dict], later: np.ndarray, links: Sequence[tuple],
                    options: Options) -> dict:
    """Annotate one partition's staged records and write its output file atomically."""
    source = Path(stage_dir) / f"clean-{part.number:05d}.jsonl"
    suffix = "parquet" if options.output_format == "parquet" else "jsonl"
    target = Path(out_dir) / f"part-{part.number:05d}.{suffix}"
    tmp = _atomic(target)
    written = 0
    with open(source, encoding="utf-8") as lines:
        records = stages.annotate_lines(lines, base, notes, later, links, options.drop_duplicates)
        if suffix == "jsonl":
            with open(tmp, "w", encoding="utf-8", newline="\n") as out:
                for record in records:
                    out.write(dumps(record) + "\n")
                    written += 1
        else:
            written = _write_parquet(records, tmp)
    os.replace(tmp, target)
    return {"file": target.name, "written": written, "bytes": target.stat().st_size}


def _write_parquet(records: Iterator[dict], path: Path) -> int:
    """Flat columns for queries plus the whole record as JSON (records differ in their nesting)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([("id", pa.string()), ("url", pa.string()), ("source", pa.string()),
                        ("title", pa.string()), ("text", pa.string()), ("error", pa.string()),
                        ("dup_cluster", pa.string()), ("dup_canonical", pa.string()),
                        ("dup_similarity", pa.float64()), ("is_canonical", pa.bool_()),
                        ("record", pa.string())])
    written = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        batch: list[dict] = []

        def flush() -> None:
            if batch:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch.clear()

        for record in records:
            dup = record.get("dup") or {}
            batch.append({
                "id": _text(record.get("id")), "url": _text(record.get("url")),
                "source": _text(record.get("source")), "title": _text(record.get("title")),
                "text": _text(record.get("text")), "error": _text(record.get("error")),
                "dup_cluster": dup.get("cluster"), "dup_canonical": dup.get("canonical"),
                "dup_similarity": dup.get("similarity"),
                "is_canonical": record.get("is_canonical"), "record": dumps(record)})
            written += 1
            if len(batch) >= 1024:
                flush()
        flush()
    return written


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _count_rows(value: Any) -> int:
    return len(value)


def _sum_pieces(pieces: Sequence) -> int:
    return stages.piece_bytes(pieces)
