"""The streaming pipeline: raw pages -> blocks -> rules and scoring -> records.

Every input item gives exactly one record: a cleaned one, or an error record that still
carries the page's id and url. Nothing in here holds more than a bounded window of pages.

>>> from declutter import Pipeline
>>> pipe = Pipeline()
>>> for record in pipe.run(pipe.read(["samples/"])):
...     print(record.id, record.title)
"""

from __future__ import annotations

import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from declutter.blocks import Page, text_to_blocks
from declutter.content.assemble import assemble
from declutter.content.dump_story import label_dump
from declutter.content.html_story import label_html
from declutter.html import decode, parse_html
from declutter.io.readers import DEFAULT_MAX_PAGE_BYTES, Failure, Item, RawPage, expand, read_all
from declutter.record import Record
from declutter.ruleset.engine import RuleSet

_BINARY_SHARE = 0.05
_DECODED_ODD_SHARE = 0.1
DEFAULT_PAGE_SECONDS = 30.0


class PageTimeout(Exception):
    """A page took longer than its time budget."""


@contextmanager
def _budget(seconds: float) -> Iterator[None]:
    """Raise :class:`PageTimeout` in the block after ``seconds`` (main thread only, else no limit)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise PageTimeout(f"page took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\x00\t\n\r\f")


def _refuse_binary(raw: RawPage) -> None:
    """Raise for content that is not text: control bytes (other than NUL, which UTF-16 text is
    full of, and white space) in more than one byte in twenty of the first 4 KiB."""
    if isinstance(raw.content, str):
        return
    sample = raw.content[:4096]
    odd = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if sample and odd / len(sample) > _BINARY_SHARE:
        raise ValueError(f"binary content, not {'an HTML' if raw.format == 'html' else 'a text'} page")


def _text_page(raw: RawPage) -> Page:
    text = raw.content if isinstance(raw.content, str) else decode(raw.content)
    sample = text[:4096]
    odd = sum(1 for c in sample if (c < " " and c not in "\t\r\n\f") or c == "\ufffd")
    if sample and odd / len(sample) > _DECODED_ODD_SHARE:
        raise ValueError("binary content, not a text page")
    return Page(id=raw.id, format="text", blocks=text_to_blocks(text), url=raw.url,
                source=raw.source)


def _transport_decoded(raw: RawPage) -> bytes | str:
    """Apply a charset the transport declared (HTTP header in a WARC) unless the bytes are UTF-8."""
    if not raw.encoding or isinstance(raw.content, str):
        return raw.content
    try:
        return raw.content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.content.decode(raw.encoding, "replace")
    except LookupError:
        return raw.content


def parse(raw: RawPage) -> Page:
    """Raw page -> block sequence (HTML and text dumps alike)."""
    _refuse_binary(raw)
    if raw.format == "html":
        page = parse_html(_transport_decoded(raw), id=raw.id, url=raw.url, source=raw.source)
    else:
        page = _text_page(raw)
    page.extra = dict(raw.extra)
    page.meta.update({k: v for k, v in raw.meta.items() if v is not None})
    if raw.fetched_at:
        page.meta["fetched_at"] = raw.fetched_at
    return page


@dataclass
class Pipeline:
    """Clean pages with a rule set. Build once, reuse for every page.

    ``rules`` defaults to the bundled rules plus ``rule_dirs``; ``audit=False`` leaves the
    ``removed`` trail out of records. ``page_seconds`` is each page's time budget (0: none);
    a page over it, or over ``max_page_bytes``, becomes an error record.
    """

    rules: RuleSet | None = None
    rule_dirs: Sequence[Path] = ()
    audit: bool = True
    max_page_bytes: int = DEFAULT_MAX_PAGE_BYTES
    page_seconds: float = DEFAULT_PAGE_SECONDS

    def __post_init__(self) -> None:
        if self.rules is None:
            self.rules = RuleSet.load(self.rule_dirs)
        # ids of the end-of-story rules of non-site files: the dump reader reads their lines again
        self._generic_ends = frozenset(
            r.id for f in self.rules.files if not f.site for r in f.rules if r.action == "end-of-story"
        )

    def label(self, page: Page) -> list[Any]:
        """Apply rules, then scoring, to a parsed page; return the rule engine's decisions."""
        assert self.rules is not None
        decisions = self.rules.apply(page)
        if page.format == "html":
            label_html(page)
        else:
            label_dump(page, self._generic_ends)
        return decisions

    def clean(self, item: Item) -> Record:
        """One input item -> one record; never raises for a bad page."""
        if isinstance(item, Failure):
            return Record.failure(item.id, item.error, item.url)
        try:
            with _budget(self.page_seconds):
                page = parse(item)
                self.label(page)
                record = assemble(page, audit=self.audit)
        except (ValueError, UnicodeError, LookupError, RecursionError, MemoryError,
                PageTimeout) as exc:
            return Record.failure(item.id, f"{type(exc).__name__}: {exc}", item.url, **item.extra)
        except Exception as exc:  # a bug must cost one page, never the run
            return Record.failure(item.id, f"internal error: {type(exc).__name__}: {exc}",
                                  item.url, **item.extra)
        if not record.text and not record.teasers:
            record.error = "no story found"
        return record

    def read(self, inputs: Iterable[str], fmt: str | None = None,
             skipped: list[Path] | None = None) -> Iterator[Item]:
        """Stream the items of input arguments (files, folders, globs, ``-``).

        Files in folders that are not pages (README.md, *.yaml, ...) go to ``skipped``.
        """
        return read_all(expand(inputs, skipped), fmt, self.max_page_bytes)

    def run(self, items: Iterable[Item], jobs: int = 1) -> Iterator[Record]:
        """Clean items in order; with ``jobs > 1`` in worker processes, order preserved.

        At most ``4 * jobs`` pages are in flight, so memory stays flat on any input size.
        """
        if jobs <= 1:
            for item in items:
                yield self.clean(item)
            return
        window: deque[Future[Record]] = deque()
        # Workers load the same rule files themselves: compiled rules do not pickle.
        setup = (tuple(self.rule_dirs), self.audit, self.max_page_bytes, self.page_seconds)
        with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=setup) as pool:
            for item in items:
                window.append(pool.submit(_clean_in_worker, item))
                if len(window) >= 4 * jobs:
                    yield window.popleft().result()
            while window:
                yield window.popleft().result()


_worker: Pipeline | None = None


def _init_worker(rule_dirs: tuple[Path, ...], audit: bool, max_page_bytes: int,
                 page_seconds: float) -> None:
    global _worker
    _worker = Pipeline(rule_dirs=rule_dirs, audit=audit, max_page_bytes=max_page_bytes,
                       page_seconds=page_seconds)


def _clean_in_worker(item: Item) -> Record:
    assert _worker is not None
    return _worker.clean(item)


def _pipeline(rules: RuleSet | None) -> Pipeline:
    return Pipeline(rules=rules) if rules is not None else _default()


_DEFAULT: Pipeline | None = None


def _default() -> Pipeline:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


def clean_html(html: str | bytes, url: str | None = None, *, id: str = "page",
               source: str | None = None, rules: RuleSet | None = None) -> Record:
    """Clean one HTML page (str, or bytes of any encoding) into a :class:`Record`."""
    return _pipeline(rules).clean(RawPage(id, "html", html, url=url, source=source))


def clean_text(text: str | bytes, url: str | None = None, *, id: str = "page",
               source: str | None = None, rules: RuleSet | None = None) -> Record:
    """Clean one plain-text dump of a page into a :class:`Record`."""
    return _pipeline(rules).clean(RawPage(id, "text", text, url=url, source=source))
