"""Fuzz targets for the containers pages come in: WARC files with damage (truncation at a
random offset, a lying Content-Length, garbage between or inside records; plain and gzip),
and folder trees with odd names (bytes that are not UTF-8, spaces, line breaks) and links
(to folders, loops, broken). Used by ``fuzz/campaign.py`` (targets ``warc`` and ``trees``).

Each check builds the input, reads it the way ``declutter clean`` does, and raises
``AssertionError`` when a page is lost: a WARC record the damage did not touch that does not
come out whole, a normal page that is not exactly a record's body, or a file in a tree that
is not read exactly once under a unique, valid id.
"""

from __future__ import annotations

import gzip
import io
import os
import random
import tempfile
from collections import Counter
from pathlib import Path

from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from declutter.io.input_files import expand
from declutter.io.readers import Failure, Input, RawPage, read

STATS: Counter[str] = Counter()
"""Records in and out, and pages lost, over a campaign."""

WARC_CASES = st.tuples(
    st.integers(1, 6),  # records
    st.booleans(),  # gzip members
    st.sampled_from(["truncate", "lie", "garbage", "none"]),
    st.floats(0, 1),  # where
    st.sampled_from([-1000, -500, -1, 1, 500, 10**12]),  # the lie
    st.binary(min_size=1, max_size=40),  # the garbage
)


def _record(i: int, rng: random.Random) -> tuple[bytes, bytes]:
    body = "".join(f"<p>Paragraph {k} of story {i}: {rng.random()}</p>"
                   for k in range(rng.randint(1, 8))).encode()
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        f"https://e.com/{i}", "response", payload=io.BytesIO(body), http_headers=http,
        warc_headers_dict={"WARC-Record-ID": f"<urn:uuid:r{i}>"}))
    return out.getvalue(), body


def check_warc(case: tuple) -> str:
    """Build, damage and read one archive; return how it ended."""
    count, gz, mutation, where, delta, garbage = case
    rng = random.Random(f"{case}")
    records = [_record(i, rng) for i in range(count)]
    hit = rng.randrange(count)
    raws = []
    for i, (raw, _) in enumerate(records):
        if mutation == "lie" and i == hit:
            head, sep, rest = raw.partition(b"Content-Length: ")
            digits = rest[:rest.index(b"\r\n")]
            raw = head + sep + str(max(0, int(digits) + delta)).encode() + rest[len(digits):]
        raws.append(gzip.compress(raw) if gz else raw)
    spans, at = [], 0
    for raw in raws:
        spans.append((at, at + len(raw)))
        at += len(raw)
    data = b"".join(raws)
    cut = int(len(data) * where)
    touched: set[int] = {hit} if mutation == "lie" else set()
    if mutation == "truncate":
        data = data[:cut]
        touched = {i for i, (_, end) in enumerate(spans) if end > cut}
    elif mutation == "garbage":
        data = data[:cut] + garbage + data[cut:]
        # garbage at a boundary touches no record; inside one, that record
        touched = {i for i, (start, end) in enumerate(spans) if start < cut < end}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("a.warc.gz" if gz else "a.warc")
        path.write_bytes(data)
        items = list(read(Input(path, path.name)))
    pages = {i.id: i.content for i in items if isinstance(i, RawPage)}
    bodies = {f"<urn:uuid:r{i}>": body for i, (_, body) in enumerate(records)}
    whole = set(bodies.values())
    for pid, content in pages.items():  # damage in a header may change the id, never the body
        assert content in whole, f"page {pid!r} is not a record's whole body"
        assert pid not in bodies or content == bodies[pid], f"page {pid} has another's body"
    lost = [i for i in range(count) if i not in touched and f"<urn:uuid:r{i}>" not in pages]
    STATS["warc records in"] += count
    STATS["warc records out"] += len(pages)
    STATS["warc error records"] += sum(isinstance(i, Failure) for i in items)
    STATS["warc pages lost"] += len(lost)
    assert not lost, f"untouched records {lost} did not come out ({mutation} at {cut})"
    return "all complete records out" if not touched else f"{mutation}: damage named"


_NAMES = st.one_of(
    st.binary(min_size=1, max_size=12).map(lambda b: b.replace(b"/", b"_").replace(b"\0", b"_")),
    st.text(st.characters(blacklist_characters="/\0", blacklist_categories=("Cs",)),
            min_size=1, max_size=12).map(lambda t: t.encode("utf-8")),
).filter(lambda b: b not in (b".", b"..") and not b.startswith(b"."))

TREES = st.lists(st.tuples(st.sampled_from(["file", "dir", "dirlink", "loop", "broken"]),
                           st.integers(0, 5), _NAMES), min_size=1, max_size=15)


def check_tree(steps: list[tuple[str, int, bytes]]) -> str:
    """Build a folder tree from ``steps`` and expand it: every page file made at a real path
    is read exactly once, ids are unique and valid UTF-8."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "root"
        root.mkdir()
        folders = [root]
        files: set[Path] = set()
        for kind, parent, raw in steps:
            base = folders[parent % len(folders)]
            path = base / (os.fsdecode(raw) + (".html" if kind == "file" else ""))
            if os.path.lexists(path):
                continue
            if kind == "file":
                path.write_bytes(b"<p>x</p>")
                files.add(path)
            elif kind == "dir":
                path.mkdir()
                folders.append(path)
            elif kind == "dirlink":
                path.symlink_to(folders[(parent + 1) % len(folders)])
            elif kind == "loop":
                path.symlink_to(root)
            else:
                path.symlink_to(base / "nowhere")
        refused: list[tuple[Path, str]] = []
        inputs = expand([str(root)], refused=refused)
        ids = [i.id for i in inputs]
        assert len(ids) == len(set(ids)), "two files got the same id"
        for pid in ids:
            pid.encode("utf-8")  # raises on a lone surrogate
        read_paths = {i.path.resolve() for i in inputs if i.path is not None}
        lost = [p for p in files if p.resolve() not in read_paths]
        STATS["tree files made"] += len(files)
        STATS["tree inputs read"] += len(inputs)
        STATS["tree links refused"] += len(refused)
        STATS["tree pages lost"] += len(lost)
        assert not lost, f"files not read: {lost}"
    return "every file read once"
