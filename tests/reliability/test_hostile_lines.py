"""JSON Lines that Python's parser chokes on or reads as something JSON is not: each is that
line's error record, and the lines around it come out (issue 18, item 6)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from declutter.cli import main

STORY = "The council met on Tuesday and agreed to repair the old bridge over the river."
_HEAD = '{"id": "%s", "text": "' + STORY + '", '
HOSTILE = {
    "deep": _HEAD.replace("%s", "deep") + '"x": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "digits": _HEAD.replace("%s", "digits") + '"n": ' + "7" * 5000 + "}",
    "nan": _HEAD.replace("%s", "nan") + '"v": NaN, "w": -Infinity}',
}


@pytest.mark.parametrize("command", ["clean", "dedup"])
@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_line_is_its_own_error_record(tmp_path: Path, command: str, case: str) -> None:
    path = tmp_path / "in.jsonl"
    good = {"id": "good", "text": STORY, "extra": {"nested": [1, 2.5, None]}}
    path.write_text(HOSTILE[case] + "\n" + json.dumps(good) + "\n", "utf-8")
    result = CliRunner().invoke(main, [command, str(path), "--no-progress", "--allow-errors"]
                                if command == "clean" else [command, str(path), "--no-progress"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    records = [json.loads(line, parse_constant=lambda name: pytest.fail(f"{name} written"))
               for line in lines]
    assert len(records) == 2
    assert records[0]["error"] and ("not valid JSON" in records[0]["error"]
                                    or "not JSON" in records[0]["error"])
    assert records[1]["id"] == "good" and (
        records[1]["input"] if command == "clean" else records[1]  # clean carries input keys
    )["extra"] == good["extra"]
