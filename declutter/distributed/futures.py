"""The client side of a distributed run: stages submitted as Dask futures with readable keys,
shuffles as ``maps x reducers`` picks, the components loop, progress and timings."""

from __future__ import annotations

import operator
import time
import uuid
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from rich.console import Console

from declutter.dedup.config import DedupConfig
from declutter.distributed import stages
from declutter.distributed.tasks import _sum_pieces


class _Stages:
    """Submits tasks with readable keys, waits with a rich progress bar, keeps stage timings."""

    def __init__(self, client: Any, console: Console, progress: bool) -> None:
        self.client = client
        self.console = console
        self.progress = progress and console.is_terminal
        self.token = uuid.uuid4().hex[:8]
        self.timings: dict[str, float] = {}
        self.shuffle_bytes: dict[str, int] = {}
        self._count = 0

    def submit(self, name: str, fn: Callable, *args: Any) -> Any:
        self._count += 1
        return self.client.submit(fn, *args, key=f"declutter-{name}-{self._count}-{self.token}",
                                  pure=False)

    def pick(self, name: str, future: Any, index: int) -> Any:
        return self.submit(f"{name}-piece", operator.getitem, future, index)

    def shuffle(self, name: str, maps: Sequence[Any], reducers: int, fn: Callable,
                args: Callable[[int], tuple]) -> list[Any]:
        """``fn(pieces, *args(j))`` for each reducer ``j``; piece ``j`` of every map output."""
        sizes = [self.submit(f"{name}-bytes", _sum_pieces, m) for m in maps]
        pieces = [[self.pick(name, m, j) for j in range(reducers)] for m in maps]
        out = [self.submit(f"{name}-reduce", fn, [row[j] for row in pieces], *args(j))
               for j in range(reducers)]
        self.shuffle_bytes[name] = self.shuffle_bytes.get(name, 0) + sum(
            self.client.gather(sizes))
        return out

    def wait(self, name: str, futures: Sequence[Any]) -> None:
        """Wait for a stage, with a progress bar on a terminal."""
        from distributed import as_completed

        started = time.perf_counter()
        if self.progress and futures:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

            with Progress("{task.description}", BarColumn(), MofNCompleteColumn(),
                          TimeElapsedColumn(), console=self.console, transient=True) as bar:
                task = bar.add_task(name, total=len(futures))
                for future in as_completed(futures):
                    future.result()
                    bar.advance(task)
        else:
            self.client.gather(list(futures))
        self.timings[name] = round(self.timings.get(name, 0.0) + time.perf_counter() - started, 3)


def _groups(sizes: np.ndarray, target: int) -> list[list[int]]:
    """Consecutive partitions in groups of about ``target`` records (at least one each)."""
    groups: list[list[int]] = [[]]
    count = 0
    for p, size in enumerate(sizes.tolist()):
        if groups[-1] and count + size > target:
            groups.append([])
            count = 0
        groups[-1].append(p)
        count += size
    return groups if groups[0] else []


def _stack_rows_f(run: _Stages, pieces: Sequence[Any]) -> Any:
    return run.submit("stack", _stack_rows, list(pieces))


def _stack_rows(pieces: Sequence[np.ndarray]) -> np.ndarray:
    rows = [p for p in pieces if len(p)]
    return np.vstack(rows) if rows else np.zeros((0, 2), dtype=np.int64)


def _components(run: _Stages, edge_lists: Sequence[list[Any]], reducers: int,
                offsets: np.ndarray, max_rounds: int = 200) -> tuple[list[Any], int]:
    """Connected components of the verified edges on the cluster: a spanning forest per group,
    then large-star / small-star rounds (each a shuffle by node) until a round changes nothing;
    every component is then a star around its smallest ordinal. Returns ``(ordinal, label)``
    rows per group and the number of rounds."""
    forests = [run.submit("forest", stages.forest, edges) for edges in edge_lists]
    maps = [run.submit("star-map", stages.star_map, [f], reducers) for f in forests]
    inputs = [[run.pick("stars", m, j) for m in maps] for j in range(reducers)]
    previous: tuple[int, int] | None = None
    rounds = 0
    while True:
        rounds += 1
        large = [run.submit("large-star", stages.large_star, inputs[j], reducers)
                 for j in range(reducers)]
        fingerprint = stages.combine(run.client.gather(
            [run.pick("star-print", x, reducers) for x in large]))
        if fingerprint == previous:
            break
        if rounds > max_rounds:
            raise RuntimeError(f"components did not converge in {max_rounds} rounds")
        previous = fingerprint
        middle = [[run.pick("stars", x, j) for x in large] for j in range(reducers)]
        small = [run.submit("small-star", stages.small_star, middle[j], reducers)
                 for j in range(reducers)]
        inputs = [[run.pick("stars", x, j) for x in small] for j in range(reducers)]
    labels = [run.submit("star-labels", stages.star_labels, inputs[j], offsets)
              for j in range(reducers)]
    assigned = [run.submit("assigned", _stack_rows, [run.pick("assigned", x, p) for x in labels])
                for p in range(len(offsets))]
    return assigned, rounds


def _bands(config: DedupConfig, per_pass: int | None) -> list[tuple[int, int]]:
    b, _ = config.bands
    step = b if not per_pass or per_pass >= b else per_pass
    return [(lo, min(lo + step, b)) for lo in range(0, b, step)]
