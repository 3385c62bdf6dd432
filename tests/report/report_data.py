"""Report test data: a real clean of the sample pages, dedup fields added as dedup writes them."""

from __future__ import annotations

import json
from pathlib import Path

from declutter.pipeline import Pipeline
from declutter.record import Record

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

SAMPLE_INPUTS = [str(SAMPLES / "dumps"), str(SAMPLES / "html")]
COPY_ID = "wire/copy-of-first-story"


def clean_samples() -> list[dict]:
    """Every sample dump and HTML page, cleaned with the bundled rules."""
    pipeline = Pipeline()
    return [r.to_dict() for r in pipeline.run(pipeline.read(SAMPLE_INPUTS))]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def edited(text: str) -> str:
    """A near copy: a few words changed, as another feed would rewrite a wire story."""
    words = text.split(" ")
    for i in range(3, len(words), 17):
        words[i] = "REWORDED"
    return " ".join(words)


def with_dedup(records: list[dict]) -> list[dict]:
    """Dedup fields as ``declutter dedup`` writes them: one two-member cluster, the rest alone,
    plus one error record (dedup passes errors through without ``dup``)."""
    out = []
    first = next(r for r in records if not r["error"] and len(r["text"].split()) > 60)
    for record in records:
        record = dict(record)
        record["dup"] = {"cluster": record["id"], "canonical": record["id"], "similarity": 1.0}
        record["is_canonical"] = True
        out.append(record)
    copy = dict(first, id=COPY_ID, source="Wire Copy", url="https://copy.example/story",
                text=edited(first["text"]), removed=[], teasers=[],
                dup={"cluster": first["id"], "canonical": first["id"], "similarity": 0.83},
                is_canonical=False)
    out.insert(len(out) // 2, copy)
    out.append(Record.failure("broken/page.html", "ValueError: binary content, not a text page").to_dict())
    out.append(Record.failure("broken/other.html", "ValueError: binary content, again").to_dict())
    return out


def many_records(n: int) -> list[dict]:
    """A synthetic large run: 12 sources, one rare rule, clusters of several sizes."""
    records = []
    for i in range(n):
        removed = [{"rule": "global.share", "text": "Share"}]
        if i % 10 == 0:
            removed.append({"rule": "global.comments", "text": "Comments"})
        if i == n - 1:
            removed.append({"rule": "site.rare", "text": "only once, at the very end"})
        cluster = f"c{i // 5}" if i < 200 else f"s{i}"
        records.append({
            "id": f"p{i}", "url": f"https://news{i % 12}.example/{i}", "source": f"Feed {i % 12}",
            "title": f"Story {i}", "text": f"Paragraph one of story {i}.\n\nParagraph two. " * 3,
            "teasers": [], "removed": removed, "meta": {}, "error": None,
            "dup": {"cluster": cluster, "canonical": f"p{(i // 5) * 5}" if i < 200 else f"p{i}",
                    "similarity": 0.9},
            "is_canonical": i % 5 == 0 or i >= 200,
        })
    return records
