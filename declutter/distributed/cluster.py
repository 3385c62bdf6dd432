"""Joining or starting a Dask cluster for a distributed run (:func:`connect`), and its errors."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class DaskMissing(Exception):
    """The ``dask`` extra is not installed."""


class ClusterError(Exception):
    """A ``--cluster`` spec that is not understood, or a cluster that cannot be reached."""


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise DaskMissing("--cluster needs Dask: pip install 'declutter[dask]'") from exc
    return distributed


@contextmanager
def connect(cluster: str | None, scheduler_file: str | None = None) -> Iterator[Any]:
    """A Dask client: ``local`` / ``local:N`` starts N worker processes here (default: one per
    core), ``tcp://host:port`` (or ``tls://``) or a scheduler file joins a running cluster."""
    distributed = _import_distributed()
    local = None
    try:
        if scheduler_file:
            client = distributed.Client(scheduler_file=scheduler_file, timeout="20s")
        elif cluster and (cluster == "local" or cluster.startswith("local:")):
            workers_text = cluster.partition(":")[2] or str(os.cpu_count() or 1)
            if not workers_text.isdigit() or int(workers_text) < 1:
                raise ClusterError(f"--cluster {cluster}: expected local or local:N with N >= 1")
            local = distributed.LocalCluster(n_workers=int(workers_text), threads_per_worker=1,
                                             processes=True, dashboard_address=":0")
            client = distributed.Client(local)
        elif cluster and "://" in cluster:
            client = distributed.Client(cluster, timeout="20s")
        else:
            raise ClusterError(f"--cluster {cluster!r}: expected local[:N] or tcp://host:port")
    except (OSError, TimeoutError) as exc:
        if local is not None:
            local.close()
        raise ClusterError(f"cannot reach the Dask scheduler: {exc}") from None
    try:
        yield client
    finally:
        client.close()
        if local is not None:
            local.close()
