"""Every bundled sample comes out as a careful human editor expects, and as its golden file says.

``samples/expected/<sample>.yaml`` are the human-written expectations (title, exact story
paragraphs, teasers, lines that must be dropped). ``tests/golden/<sample>.jsonl`` are the
full records, reviewed and committed; regenerate them after an intended change with
``DECLUTTER_UPDATE_GOLDEN=1 pytest tests/test_samples.py`` and review the diff.
"""

from __future__ import annotations

import json
import os

import jsonschema
import pytest
import yaml
from locations import GOLDEN, SAMPLES

from declutter import Pipeline
from declutter.record import schema

EXPECTED = SAMPLES / "expected"
CASES = sorted(p.relative_to(EXPECTED).as_posix()[: -len(".yaml")] for p in EXPECTED.rglob("*.yaml"))


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def records_of(pipeline: Pipeline, sample: str) -> list[dict]:
    return [r.to_dict() for r in pipeline.run(pipeline.read([str(SAMPLES / sample)]))]


def expectations(sample: str) -> list[tuple[str | None, dict]]:
    data = yaml.safe_load((EXPECTED / f"{sample}.yaml").read_text("utf-8"))
    if "pages" in data:
        return [(page["id"], page) for page in data["pages"]]
    return [(None, data)]


def test_every_sample_has_an_expectation() -> None:
    samples = {p.relative_to(SAMPLES).as_posix() for p in SAMPLES.rglob("*")
               if p.is_file() and p.parts[len(SAMPLES.parts)] in ("dumps", "html", "feeds", "jsonl", "warc")
               and p.suffix not in (".py", ".md")}
    assert samples == set(CASES)


@pytest.mark.parametrize("sample", CASES)
def test_sample_meets_expectations(pipeline: Pipeline, sample: str) -> None:
    records = records_of(pipeline, sample)
    by_id = {r["id"]: r for r in records}
    for page_id, expect in expectations(sample):
        record = records[0] if page_id is None else by_id[page_id]
        jsonschema.validate(record, schema())
        assert record["error"] is None, record["error"]
        assert record["title"] == expect["title"]
        assert record["text"].split("\n\n") == expect["paragraphs"]
        teasers = [{k: t[k] for k in ("title", "source", "age", "text", "url")}
                   for t in record["teasers"]]
        assert teasers == (expect.get("teasers") or [])
        for key in ("url", "source"):
            if key in expect:
                assert record[key] == expect[key]
        for key, value in (expect.get("extra") or {}).items():
            assert record["input"][key] == value
        for key, value in (expect.get("meta") or {}).items():
            assert record["meta"].get(key) == value, key
        removed = {r["text"] for r in record.get("removed") or ()}
        for line in expect.get("dropped") or ():
            assert line not in record["text"]
            assert line in removed or any(line in r for r in removed), f"{line!r} not in removed"


@pytest.mark.parametrize("sample", CASES)
def test_sample_matches_golden(pipeline: Pipeline, sample: str) -> None:
    golden = GOLDEN / f"{sample}.jsonl"
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in records_of(pipeline, sample)]
    if os.environ.get("DECLUTTER_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text("\n".join(lines) + "\n", "utf-8")
    assert golden.exists(), f"no golden file {golden}; see this module's docstring"
    assert lines == golden.read_text("utf-8").splitlines()
