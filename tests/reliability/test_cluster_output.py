"""``run --cluster`` output folders (issue 18, item 11): a folder that holds the inputs is
refused before anything is touched, a folder being written is locked, and a run that fails
leaves the previous complete output as it was."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from locations import SAMPLES

distributed = pytest.importorskip("distributed")

from declutter.distributed import Options, run_distributed  # noqa: E402
from declutter.distributed.output import OutputError, check_output, writing  # noqa: E402

STORY = (SAMPLES / "dumps" / "daily8-dump.txt").read_text("utf-8")


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as c:
        yield c


def _inputs(folder: Path, parts: int = 2, pages: int = 20) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for p in range(parts):
        with (folder / f"part-{p:05d}.jsonl").open("w", encoding="utf-8") as fh:
            for i in range(pages):
                fh.write(json.dumps({"id": f"{p}-{i}", "text": STORY.replace("India", f"{p}{i}", 1)})
                         + "\n")
    return folder


def test_an_output_folder_that_holds_the_inputs_is_refused(tmp_path: Path, client) -> None:
    folder = _inputs(tmp_path / "dir")
    before = sorted((p.name, p.read_bytes()) for p in folder.iterdir())
    with pytest.raises(OutputError, match="holds the input"):
        run_distributed([str(folder)], folder, client, Options(), progress=False)
    assert sorted((p.name, p.read_bytes()) for p in folder.iterdir()) == before


def test_a_folder_with_other_files_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "notes.txt").write_text("mine", "utf-8")
    with pytest.raises(OutputError, match="not a run's output"):
        check_output(tmp_path / "out", [])


def test_a_folder_being_written_is_locked(tmp_path: Path, client) -> None:
    inputs = _inputs(tmp_path / "in")
    with writing(tmp_path / "out"), pytest.raises(OutputError, match="another run is writing"):
        run_distributed([str(inputs)], tmp_path / "out", client, Options(), progress=False)


def test_a_failed_rerun_leaves_the_previous_output(tmp_path: Path, client) -> None:
    inputs, out = _inputs(tmp_path / "in"), tmp_path / "out"
    run_distributed([str(inputs)], out, client, Options(), progress=False)
    complete = sorted((p.name, p.read_bytes()) for p in out.iterdir())
    assert [name for name, _ in complete] == ["manifest.json", "part-00000.jsonl"]

    def die(stage: str) -> None:
        if stage == "clean":
            raise KeyboardInterrupt  # as Ctrl-C (or a killed client) mid-run

    with pytest.raises(KeyboardInterrupt):
        run_distributed([str(inputs)], out, client, Options(), progress=False, hook=die)
    assert sorted((p.name, p.read_bytes()) for p in out.iterdir()) == complete
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.lock", "in", "out"]
