"""Hostile pages: each gives a record or an error record, in bounded time and memory, and
nothing from outside the page (a local file, the network) ever gets in.

Every case runs the real ``declutter clean`` in a subprocess with an address-space limit
(``RLIMIT_AS``) and a wall-clock cap, so a page that blew up could not take the test run
down with it. Each run holds the hostile page and an ordinary page after it: the run must
go on past the hostile one and write exactly one line per page (nothing lost, nothing doubled).
"""

from __future__ import annotations

import gzip
import json
import resource
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

MEMORY_LIMIT = 2 << 30  # address space of the child: 2 GiB
WALL_SECONDS = 120  # the child is killed (and the case fails) past this
SECRET = "TOP-SECRET-3f9a1c-never-in-output"
STORY = ("<p>The mayor said on Tuesday that the old bridge over the river will close in May for "
         "all traffic, and the council agreed to pay for the repairs from next year's budget.</p>")
GERMAN = ("<p>Der Bürgermeister sagte am Dienstag, dass die Straße über den Fluß ab Mai für alle "
          "Fahrzeuge gesperrt wird und die Reparatur im nächsten Jahr beginnt.</p>")

_DRIVER = """
import atexit, resource, sys
def _rss(path=sys.argv[1]):
    with open(path, "w") as fh:
        fh.write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
atexit.register(_rss)
from declutter.cli import main
sys.argv = ["declutter"] + sys.argv[2:]
main()
"""


@dataclass
class Run:
    """What one sandboxed ``declutter clean`` did."""

    returncode: int
    records: list[dict]
    output: str
    stderr: str
    max_rss_mb: float


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def clean_sandboxed(tmp_path: Path, *inputs: Path, args: tuple[str, ...] = ()) -> Run:
    """Run ``declutter clean INPUTS -o out.jsonl`` in a memory- and time-limited subprocess."""
    out, rss = tmp_path / "out.jsonl", tmp_path / "rss"
    proc = subprocess.run(
        [sys.executable, "-c", _DRIVER, str(rss), "clean", *map(str, inputs), "-o", str(out),
         "--no-progress", "--allow-errors", "--page-timeout", "20", *args],
        capture_output=True, text=True, timeout=WALL_SECONDS, preexec_fn=_limit_memory,
        cwd=tmp_path,
    )
    raw = out.read_bytes() if out.exists() else b""
    text = raw.decode("utf-8")  # strict: the output is always valid UTF-8
    records = [json.loads(line) for line in text.split("\n") if line]
    max_rss = int(rss.read_text()) / 1024  # written at exit, also when the run fails
    return Run(proc.returncode, records, text, proc.stderr, max_rss)


def _normal_page(tmp_path: Path) -> Path:
    path = tmp_path / "z-normal.html"
    path.write_text(f"<html><head><title>Bridge closes</title></head><body><article>"
                    f"<h1>Bridge closes</h1>{STORY * 3}</article></body></html>", "utf-8")
    return path


def _check_one_per_page(run: Run, hostile: Path, normal: Path) -> dict:
    """Both pages are in the output exactly once and in order; the normal page is clean."""
    assert run.returncode == 0, run.stderr[-2000:]
    assert [r["id"] for r in run.records] == [hostile.name, normal.name]
    assert run.records[1]["error"] is None and "old bridge" in run.records[1]["text"]
    assert SECRET not in run.output
    assert run.max_rss_mb < 1024, f"peak memory {run.max_rss_mb:.0f} MB"
    return run.records[0]


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET, "utf-8")
    return path


# --- the pages ------------------------------------------------------------------------------

def _laughs(depth: int = 9) -> str:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, depth + 1)]
    return "".join(entities)


def _xxe_pages(secret: Path, port: int) -> dict[str, str]:
    url = f"http://127.0.0.1:{port}"
    body = f"<html><body><article>{STORY}<p>Entity: &x; and &lol9; end.</p></article></body></html>"
    return {
        "xxe-file.html": f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM '
                         f'"file://{secret}">{_laughs()}]>{body}',
        "xxe-parameter.html": f'<!DOCTYPE html [<!ENTITY % p SYSTEM "file://{secret}"> %p;'
                              f'<!ENTITY x SYSTEM "{secret}">]>{body}',
        "xxe-network.html": f'<!DOCTYPE html SYSTEM "{url}/doctype.dtd" [<!ENTITY x SYSTEM '
                            f'"{url}/entity">]>{body}',
        "xinclude.html": f'<html xmlns:xi="http://www.w3.org/2001/XInclude"><body><article>'
                         f'{STORY}<xi:include href="file://{secret}" parse="text"/>'
                         f'<xi:include href="{url}/xi" parse="text"/></article></body></html>',
        "references.html": f'<html><head><link rel="stylesheet" href="{url}/s.css">'
                           f'<base href="file:///"><script src="{url}/s.js"></script></head>'
                           f'<body><article>{STORY}<img src="file://{secret}">'
                           f'<iframe src="file://{secret}"></iframe><object data="{url}/o">'
                           f'</object><svg><image href="{url}/i.svg"/></svg></article></body></html>',
        "xxe-feed.rss": f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">'
                        f'<!ENTITY n SYSTEM "{url}/feed-entity">{_laughs()}]><rss version="2.0">'
                        f'<channel><title>Feed</title><item><title>One &x;&n;</title>'
                        f'<link>http://example.org/1</link><description>The mayor said on Tuesday '
                        f'that the bridge will close in May. &x; &lol9;</description></item>'
                        f'</channel></rss>',
    }


@pytest.fixture
def listener() -> Iterator[tuple[int, list[bytes]]]:
    """A loopback TCP server that records every connection made to it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)
    seen: list[bytes] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(1)
                try:
                    seen.append(conn.recv(4096) or b"(connected)")
                except OSError:
                    seen.append(b"(connected)")
    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1], seen
    stop.set()
    thread.join(2)
    server.close()


@pytest.mark.parametrize("name", ["xxe-file.html", "xxe-parameter.html", "xxe-network.html",
                                  "xinclude.html", "references.html", "xxe-feed.rss"])
def test_entities_and_references_are_never_resolved(tmp_path: Path, secret_file: Path,
                                                    listener: tuple[int, list[bytes]],
                                                    name: str) -> None:
    port, connections = listener
    page = tmp_path / name
    page.write_text(_xxe_pages(secret_file, port)[name], "utf-8")
    run = clean_sandboxed(tmp_path, page, _normal_page(tmp_path))
    assert run.returncode == 0, run.stderr[-2000:]
    assert len(run.records) == 2
    assert SECRET not in run.output, "a local file's content reached the output"
    assert connections == [], f"the page made declutter connect out: {connections}"
    hostile = run.records[0]
    # the page's own text is kept, the entity stays unexpanded (no 'lollol...' either)
    assert hostile["error"] is None and "bridge" in hostile["text"]
    assert "lollol" not in run.output


# --- pages that are too big, too deep or not text ------------------------------------------

def _write_streaming(path: Path, head: bytes, chunk: bytes, total: int, tail: bytes,
                     opener: Callable = open) -> None:
    """Write ``head + chunk * n + tail`` of about ``total`` bytes without holding it in memory."""
    with opener(path, "wb") as fh:
        fh.write(head)
        written = len(head)
        while written < total:
            fh.write(chunk)
            written += len(chunk)
        fh.write(tail)


BIG = 200 * 1024 * 1024
_MB_OF_WORDS = b"<span>word</span> " * (1024 * 1024 // 18)


def test_a_200_mb_page_is_an_error_record(tmp_path: Path) -> None:
    page = tmp_path / "big.html"
    _write_streaming(page, b"<html><body><p>", _MB_OF_WORDS, BIG, b"</p></body></html>")
    run = clean_sandboxed(tmp_path, page, _normal_page(tmp_path))
    record = _check_one_per_page(run, page, _normal_page(tmp_path))
    assert "--max-page-bytes" in record["error"]
    assert run.max_rss_mb < 600  # read up to the limit (32 MB), never the whole page


def test_a_200_mb_gzip_bomb_and_a_200_mb_jsonl_line_are_error_records(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.html.gz"
    _write_streaming(bomb, b"<html><body><p>", b"\0" * (1 << 20), BIG, b"</p></body></html>",
                     opener=gzip.open)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    lines = tmp_path / "lines.jsonl"
    with lines.open("wb") as fh:
        fh.write(b'{"id": "huge", "html": "')
        for _ in range(BIG // len(_MB_OF_WORDS)):
            fh.write(_MB_OF_WORDS)
        fh.write(b'"}\n')
        fh.write(json.dumps({"id": "after", "html": STORY}).encode() + b"\n")
    run = clean_sandboxed(tmp_path, bomb, lines)
    assert run.returncode == 0, run.stderr[-2000:]
    assert [r["id"] for r in run.records] == ["bomb.html.gz", "lines.jsonl:1", "after"]
    assert "--max-page-bytes" in run.records[0]["error"]
    assert "--max-page-bytes" in run.records[1]["error"]
    assert run.records[2]["error"] is None and "bridge" in run.records[2]["text"]
    assert run.max_rss_mb < 600


def _deep(n: int) -> bytes:
    return b"<html><body>" + b"<div>" * n + STORY.encode() + b"</div>" * n + b"</body></html>"


HOSTILE: dict[str, Callable[[], bytes]] = {
    "deep-100000.html": lambda: _deep(100_000),
    "text-node-10mb.html": lambda: b"<html><body><p>" + b"w" * (10 << 20) + b"</p></body></html>",
    "nul.html": lambda: b"\0" * (1 << 20),
    "nul.txt": lambda: b"\0" * (1 << 20),
    "attributes-80000.html": lambda: (b"<html><body><p " + b" ".join(
        b"a%d=v" % i for i in range(80_000)) + b">" + STORY.encode() + b"</p></body></html>"),
    "unclosed-tag.html": lambda: b"<html><body>" + STORY.encode() + b"<p " + b"word " * 400_000,
    "binary.bin": lambda: bytes(range(256)) * 4096,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_pathological_pages_give_an_error_record(tmp_path: Path, name: str) -> None:
    page = tmp_path / name
    page.write_bytes(HOSTILE[name]())
    normal = _normal_page(tmp_path)
    record = _check_one_per_page(clean_sandboxed(tmp_path, page, normal), page, normal)
    assert record["error"], "a page that cannot be cleaned whole must say so"


def test_binary_bytes_named_html_give_an_error_record(tmp_path: Path) -> None:
    page = tmp_path / "binary.html"
    page.write_bytes(bytes(range(256)) * 4096)
    normal = _normal_page(tmp_path)
    record = _check_one_per_page(clean_sandboxed(tmp_path, page, normal), page, normal)
    assert record["error"] == "ValueError: binary content, not an HTML page"


def test_a_slow_page_is_stopped_by_the_time_budget(tmp_path: Path) -> None:
    # half a million one-word paragraphs: linear, but far over a one-second budget
    page = tmp_path / "slow.html"
    page.write_bytes(b"<html><body>" + b"<p>w</p>" * 500_000 + b"</body></html>")
    normal = _normal_page(tmp_path)
    run = clean_sandboxed(tmp_path, page, normal, args=("--page-timeout", "1"))
    record = _check_one_per_page(run, page, normal)
    assert record["error"].startswith("PageTimeout")


# --- encodings ------------------------------------------------------------------------------

def _german(charset: str | None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return (f"<html><head>{meta}<title>Straße gesperrt</title></head><body><article>"
            f"<h1>Straße gesperrt</h1>{GERMAN * 3}</article></body></html>")


ENCODINGS: dict[str, Callable[[], bytes]] = {
    "utf8-declared-windows-1251": lambda: _german("windows-1251").encode("utf-8"),
    "latin1-declared-utf8": lambda: _german("utf-8").encode("latin-1"),
    "latin1-declared-utf16": lambda: _german("utf-16").encode("latin-1"),
    "cp1252-declared-unknown": lambda: _german("x-no-such-charset").encode("cp1252"),
    "utf16le-without-bom": lambda: _german(None).encode("utf-16-le"),
    "utf16be-without-bom": lambda: _german("utf-16").encode("utf-16-be"),
    "utf16le-with-bom": lambda: b"\xff\xfe" + _german(None).encode("utf-16-le"),
}


@pytest.mark.parametrize("name", sorted(ENCODINGS))
def test_lying_and_missing_charsets_still_decode(tmp_path: Path, name: str) -> None:
    page = tmp_path / f"{name}.html"
    page.write_bytes(ENCODINGS[name]())
    normal = _normal_page(tmp_path)
    record = _check_one_per_page(clean_sandboxed(tmp_path, page, normal), page, normal)
    assert record["error"] is None
    assert "Der Bürgermeister sagte am Dienstag" in record["text"]
    assert record["title"] == "Straße gesperrt"


@pytest.mark.parametrize("damage", [b"\xc3\x28", b"\xff\xfe", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80"])
def test_invalid_utf8_gives_a_record_in_valid_utf8(tmp_path: Path, damage: bytes) -> None:
    page = tmp_path / "damaged.html"
    good = _german("utf-8").encode("utf-8")
    page.write_bytes(good.replace(b"Dienstag", b"Diens" + damage + b"tag", 1))
    normal = _normal_page(tmp_path)
    record = _check_one_per_page(clean_sandboxed(tmp_path, page, normal), page, normal)
    assert record["error"] is None
    # only the broken bytes are lost: the rest of the page is not turned into mojibake
    assert "Der Bürgermeister sagte am" in record["text"] and "Straße" in record["text"]
