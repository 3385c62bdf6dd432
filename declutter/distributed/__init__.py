"""Scale-out on Dask: the same pipeline, the same clusters, on a cluster as on one machine.

The public API::

    from declutter.distributed import Options, connect, run_distributed

    with connect("local:2") as client:                       # or "tcp://host:8786"
        manifest = run_distributed(["crawl/"], "out/", client, Options())

``run_distributed`` writes ``out/part-NNNNN.jsonl`` (or ``.parquet``) per input partition and
``out/manifest.json``. The records are those of ``declutter run`` on the same inputs, in the
same order (the parts concatenated in file order are its output line for line): same cleaning,
same signatures, same clusters, same canonical ids, same similarities, same teaser links.
How that identity is kept, and the stages, are described in :mod:`declutter.distributed.stages`
and :mod:`declutter.distributed.runner`; ``docs/scaling.md`` has the plan for a billion pages.

Importing this package does not import Dask; :func:`connect` does (``pip install
'declutter[dask]'``), and raises :class:`DaskMissing` with that hint when it is absent.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from declutter.distributed.partitions import OUTPUT_FORMATS, Partition, read_partition

if TYPE_CHECKING:
    from declutter.distributed.runner import (
        ClusterError,
        DaskMissing,
        Options,
        connect,
        run_distributed,
    )

_RUNNER = ("ClusterError", "DaskMissing", "Options", "connect", "run_distributed")


def __getattr__(name: str) -> Any:
    """The runner's names, imported on first use (it imports numpy)."""
    if name not in _RUNNER:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module("declutter.distributed.runner"), name)

__all__ = ["OUTPUT_FORMATS", "ClusterError", "DaskMissing", "Options", "Partition", "connect",
           "read_partition", "run_distributed"]
