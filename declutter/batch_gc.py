"""The garbage collector's settings for a batch of pages (the command line's ``clean`` and
``run``).

Cleaning a page makes many short-lived objects and almost no reference cycles: a page's blocks,
elements and records are freed by reference counting as soon as the page is done. CPython's
collector still runs its youngest generation every 700 new container objects, and now and
then a full collection that walks every object loaded so far (modules, rules, compiled
patterns). Both find nothing to free here: :func:`batch_gc` moves what is loaded before the
batch out of the collector's reach (:func:`gc.freeze`) and lets the youngest generation grow
to :data:`BATCH_THRESHOLD` objects first, for the batch only.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

BATCH_THRESHOLD = 10_000
"""New container objects between two collections of the youngest generation during a batch
(CPython's default is 700): more than one page's objects alive at once, so the collector runs
about once per many pages instead of several times per page."""


@contextmanager
def batch_gc() -> Iterator[None]:
    """Inside the block, the objects that exist when it starts are frozen (:func:`gc.freeze`:
    never walked by a collection, so the full ones stay cheap) and the youngest generation is
    collected every :data:`BATCH_THRESHOLD` new objects. The collector's thresholds are
    restored and the frozen objects released (:func:`gc.unfreeze`) when the block ends, also
    on an error. This changes the process's collector while the block runs; library callers
    that never enter it are not affected. Worker processes forked inside the block inherit
    the settings (and share the frozen objects' memory pages longer)."""
    thresholds = gc.get_threshold()
    gc.collect()
    gc.freeze()
    gc.set_threshold(BATCH_THRESHOLD, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()
