"""What a distributed run needs besides its inputs and output directory."""

from __future__ import annotations

from dataclasses import dataclass, field

from declutter.dedup.config import DedupConfig
from declutter.distributed.partitions import (
    DEFAULT_PARTITION_BYTES,
)
from declutter.io.readers import DEFAULT_MAX_PAGE_BYTES


@dataclass
class Options:
    """Everything a distributed run needs besides its inputs and output directory."""

    fmt: str | None = None
    rule_dirs: tuple[str, ...] = ()
    audit: bool = True
    max_page_bytes: int = DEFAULT_MAX_PAGE_BYTES
    page_seconds: float = 0.0
    """Per-page time budget; Dask runs tasks in worker threads, where SIGALRM cannot interrupt
    a page, so the budget is not enforced on a cluster (0)."""
    config: DedupConfig = field(default_factory=DedupConfig)
    drop_duplicates: bool = False
    output_format: str = "jsonl"
    partition_bytes: int = DEFAULT_PARTITION_BYTES
    shuffle_partitions: int | None = None
    """Reducers per shuffle (default: the number of dedup groups, at least 2 per worker)."""
    group_records: int = 500_000
    """Records per dedup group (consecutive partitions whose sketches are merged): the unit of
    the dedup shuffles' maps and of routing."""
    bands_per_pass: int | None = None
    """Bands shuffled per pass (default: all at once); fewer bounds shuffle memory."""
    keep_stage: bool = False
