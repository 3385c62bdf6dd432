"""The command line's garbage-collector settings for a batch are undone when the batch ends."""

import gc

import pytest

from declutter.batch_gc import BATCH_THRESHOLD, batch_gc


def test_batch_gc_restores_the_collector() -> None:
    before = gc.get_threshold()
    frozen = gc.get_freeze_count()
    with batch_gc():
        assert gc.get_threshold()[0] == BATCH_THRESHOLD
        assert gc.get_threshold()[1:] == before[1:]
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == frozen == 0


def test_batch_gc_restores_the_collector_on_error() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), batch_gc():
        raise RuntimeError("a page loop that fails")
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
