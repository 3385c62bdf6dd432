"""Check the bundled sample corpus against its hand-written expectations.

This does not run declutter. It checks that the expectations in ``samples/expected/`` are
well-formed and *grounded*: every sample has exactly one expectation file (and the other way
round), every expected title, paragraph, teaser field and dropped string really occurs in the
sample page, paragraphs occur in the listed order, and nothing listed as dropped is also part of
the story. Golden tests then compare declutter's output with the same files.

Run: ``python3 samples/check_samples.py`` (exit status 1 and one line per problem if any).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import feedparser
import lxml.html
import yaml
from warcio.archiveiterator import ArchiveIterator

HERE = Path(__file__).resolve().parent
EXPECTED = HERE / "expected"
SAMPLE_DIRS = ("dumps", "html", "feeds", "jsonl", "warc")
SKIP_SUFFIXES = (".py", ".md")
TEASER_FIELDS = ("title", "source", "age", "text", "url")
_SPACE = re.compile(r"\s+")


def norm(text: str) -> str:
    """Collapse white space as the expectations do for HTML (one space, ends stripped)."""
    return _SPACE.sub(" ", text).strip()


class Source:
    """What a sample page offers to ground expectations in: its lines or texts, and its links."""

    def __init__(self, units: list[str], links: set[str]) -> None:
        self.units = units
        self.joined = "\n".join(units)
        self.links = links

    @classmethod
    def from_text(cls, text: str) -> Source:
        """A text dump: one unit per non-blank line, stripped (the BOM and ``\\r`` removed)."""
        lines = [line.strip() for line in text.lstrip("\ufeff").splitlines()]
        return cls([line for line in lines if line], set())

    @classmethod
    def from_html(cls, data: bytes | str, base: str | None = None, encoding: str | None = None) -> Source:
        """An HTML page: one unit per element's normalised text, plus every (absolute) link."""
        if isinstance(data, bytes) and encoding:
            data = data.decode(encoding)
        doc = lxml.html.document_fromstring(data)
        if base is None:
            canonical = doc.xpath("//link[@rel='canonical']/@href")
            base = canonical[0] if canonical else ""
        units = []
        for el in doc.iter():
            if not isinstance(el.tag, str):
                continue
            units.append(norm(el.text_content()))
            if el.tag == "tr":  # a table row is one paragraph, cells joined by " | "
                units.append(" | ".join(norm(c.text_content()) for c in el.xpath("./th|./td")))
        units += [norm(str(v)) for v in doc.xpath("//meta/@content")]
        links = {urljoin(base, str(h)) for h in doc.xpath("//a/@href")}
        return cls([u for u in units if u], links)

    def has_unit(self, text: str) -> bool:
        return text in self.units

    def contains(self, text: str) -> bool:
        return text in self.joined


def html_charset(data: bytes) -> str:
    """The charset a page declares in a meta tag, else UTF-8."""
    m = re.search(rb"""charset=["']?([A-Za-z0-9_-]+)""", data[:4096])
    return m.group(1).decode("ascii") if m else "utf-8"


def pages_of(path: Path) -> Iterator[tuple[str | None, Source]]:
    """(page id, source) for each page in a sample file; the id is None for single-page files."""
    rel = path.relative_to(HERE).as_posix()
    data = path.read_bytes()
    if rel.startswith("dumps/"):
        yield None, Source.from_text(data.decode("utf-8-sig"))
    elif rel.startswith("html/"):
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        yield None, Source.from_html(data, encoding=html_charset(data))
    elif rel.startswith("feeds/"):
        feed = feedparser.parse(data)
        for entry in feed.entries:
            body = entry.content[0].value if entry.get("content") else entry.get("summary", "")
            src = Source.from_html(f"<html><body><div>{body}</div></body></html>", base=entry.link)
            src.units.append(entry.title)
            yield entry.link, src
    elif rel.startswith("jsonl/"):
        for line in data.decode("utf-8").splitlines():
            page = json.loads(line)
            if "html" in page:
                yield page["id"], Source.from_html(page["html"], base=page.get("url"))
            else:
                yield page["id"], Source.from_text(page["text"])
    elif rel.startswith("warc/"):
        for record in ArchiveIterator(BytesIO(data)):
            if record.rec_type != "response":
                continue
            ctype = record.http_headers.get_header("Content-Type") or ""
            m = re.search(r"charset=([A-Za-z0-9_-]+)", ctype)
            body = record.content_stream().read()
            yield (
                record.rec_headers.get_header("WARC-Record-ID"),
                Source.from_html(
                    body,
                    base=record.rec_headers.get_header("WARC-Target-URI"),
                    encoding=m.group(1) if m else html_charset(body),
                ),
            )
    else:  # pragma: no cover - guarded by sample_files()
        raise ValueError(rel)


def sample_files() -> list[Path]:
    """Every sample page file under the sample directories."""
    files = []
    for name in SAMPLE_DIRS:
        for path in sorted((HERE / name).rglob("*")):
            if path.is_file() and not path.name.endswith(SKIP_SUFFIXES) and "__pycache__" not in path.parts:
                files.append(path)
    return files


def expectation_path(sample: Path) -> Path:
    """``samples/expected/<relative path>.yaml`` for a sample file."""
    return EXPECTED / (sample.relative_to(HERE).as_posix() + ".yaml")


def check_page(where: str, exp: dict[str, Any], src: Source) -> list[str]:
    """Problems with one page's expectation, grounded in that page's source."""
    bad: list[str] = []
    for key in ("title", "paragraphs", "teasers", "dropped"):
        if key not in exp:
            bad.append(f"{where}: missing key {key!r}")
    if bad:
        return bad
    if not isinstance(exp["title"], str) or not src.has_unit(exp["title"]):
        bad.append(f"{where}: title not found as a line/element text: {exp['title']!r}")
    paragraphs = exp["paragraphs"]
    if not paragraphs:
        bad.append(f"{where}: no paragraphs")
    pos = -1
    for para in paragraphs:
        if not isinstance(para, str) or not src.has_unit(para):
            bad.append(f"{where}: paragraph not found: {str(para)[:70]!r}")
            continue
        later = [i for i, unit in enumerate(src.units) if unit == para and i > pos]
        if not later:
            bad.append(f"{where}: paragraph out of order: {para[:70]!r}")
        else:
            pos = later[0]
    story = "\n\n".join(p for p in paragraphs if isinstance(p, str))
    for teaser in exp["teasers"]:
        if set(teaser) != set(TEASER_FIELDS):
            bad.append(f"{where}: teaser keys {sorted(teaser)} != {sorted(TEASER_FIELDS)}")
            continue
        if not teaser["title"]:
            bad.append(f"{where}: teaser without a title")
        for key in ("title", "source", "age"):
            value = teaser[key]
            if value is not None and not src.contains(value):
                bad.append(f"{where}: teaser {key} not in page: {value!r}")
        if teaser["text"] is not None:
            for part in teaser["text"].split("\n\n"):
                if not src.has_unit(part):
                    bad.append(f"{where}: teaser text paragraph not found: {part[:70]!r}")
        url = teaser["url"]
        if url is not None and url not in src.links and not src.contains(url):
            bad.append(f"{where}: teaser url not in page: {url!r}")
        if teaser["title"] and teaser["title"] in story:
            bad.append(f"{where}: teaser title is inside the story: {teaser['title']!r}")
    for dropped in exp["dropped"]:
        if not isinstance(dropped, str) or not dropped or not src.has_unit(dropped):
            bad.append(f"{where}: dropped text not found as a line/element text: {dropped!r}")
        elif any(dropped == p or dropped in p for p in paragraphs):
            bad.append(f"{where}: dropped text is part of a story paragraph: {dropped!r}")
    return bad


def check() -> list[str]:
    """All problems in the corpus (an empty list when it is consistent)."""
    bad: list[str] = []
    samples = sample_files()
    wanted = {expectation_path(s) for s in samples}
    for extra in sorted(set(EXPECTED.rglob("*.yaml")) - wanted):
        bad.append(f"{extra.relative_to(HERE)}: expectation without a sample")
    for sample in samples:
        exp_path = expectation_path(sample)
        rel = sample.relative_to(HERE).as_posix()
        if not exp_path.exists():
            bad.append(f"{rel}: no expectation file {exp_path.relative_to(HERE)}")
            continue
        exp = yaml.safe_load(exp_path.read_text("utf-8"))
        pages = list(pages_of(sample))
        if pages[0][0] is None:
            bad += check_page(rel, exp, pages[0][1])
            continue
        listed = {p.get("id"): p for p in exp.get("pages") or []}
        if len(listed) != len(exp.get("pages") or []):
            bad.append(f"{rel}: duplicate page ids in expectations")
        ids = [pid for pid, _ in pages]
        if sorted(listed, key=str) != sorted(ids, key=str):
            bad.append(f"{rel}: expected ids {sorted(listed, key=str)} != page ids {sorted(ids, key=str)}")
        for pid, src in pages:
            if pid in listed:
                bad += check_page(f"{rel}#{pid}", listed[pid], src)
    return bad


def main() -> int:
    problems = check()
    for line in problems:
        print(line)
    print(f"{len(sample_files())} sample files, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
