"""The streaming pipeline: raw pages -> blocks -> rules and scoring -> records.

Every input item gives exactly one record: a cleaned one, or an error record that still
carries the page's id and url. Nothing in here holds more than a bounded window of pages.

>>> from declutter import Pipeline
>>> pipe = Pipeline()
>>> for record in pipe.run(pipe.read(["samples/"])):
...     print(record.id, record.title)
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from declutter.blocks import Page, text_to_blocks
from declutter.charset import BINARY_SHARE, ODD_CHARACTER, UTF16_SAMPLE, control_share, without_nul
from declutter.content.assemble import assemble
from declutter.content.html_story import label_html
from declutter.dates import iso_utc
from declutter.defaults import DEFAULT_PAGE_SECONDS as DEFAULT_PAGE_SECONDS
from declutter.formats import to_markdown
from declutter.html import decode, parse_html, parse_tree
from declutter.inputs import PageInput, as_item, inflate, tree_copy
from declutter.io.input_files import expand
from declutter.io.readers import DEFAULT_MAX_PAGE_BYTES, Failure, Item, RawPage, read_all
from declutter.record import Record
from declutter.ruleset.engine import RuleSet

if TYPE_CHECKING:
    from concurrent.futures import Future

class PageTimeout(BaseException):
    """A page took longer than its time budget.

    A ``BaseException`` (like ``KeyboardInterrupt``), so no ``except Exception`` in rule or
    scoring code can swallow it: a budget that expires always ends the page as an error
    record, and output never depends on how fast the machine is."""


@contextmanager
def _budget(seconds: float) -> Iterator[None]:
    """Raise :class:`PageTimeout` in the block after ``seconds`` (main thread only, else no limit)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    fired = False

    def expire(signum: int, frame: Any) -> None:
        nonlocal fired
        fired = True
        raise PageTimeout(f"page took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if fired:  # it rang where Python cannot raise (a __del__, a weakref callback): still ends the page
        raise PageTimeout(f"page took longer than {seconds:g} s")


def _refuse_binary(raw: RawPage) -> None:
    """Raise :class:`ValueError` for content that is not text, HTML and text dumps alike,
    decided on the first 4 KiB before any decoding: control bytes other than white space
    (NUL too, except the high bytes of UTF-16 text, see
    :func:`declutter.charset.utf16_without_bom`) in more than one
    byte in twenty. A ``str`` is held to the same share of control (and replacement)
    characters."""
    content = raw.content
    if isinstance(content, bytes):
        share = control_share(content)
    elif isinstance(content, str):
        sample = content[:UTF16_SAMPLE]
        share = len(ODD_CHARACTER.findall(sample)) / len(sample) if sample else 0.0
    else:
        return
    if share > BINARY_SHARE:
        raise ValueError(f"binary content, not {'an HTML' if raw.format == 'html' else 'a text'} page")


def _text_page(raw: RawPage) -> Page:
    """A text dump -> its page of line blocks; raises :class:`ValueError` when it holds no text
    (empty or whitespace only), as :func:`declutter.html.parse_html` does for an empty page."""
    text = without_nul(raw.content if isinstance(raw.content, str) else decode(raw.content))
    if not text.strip():
        raise ValueError("empty page: no text")
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
    """Raw page -> block sequence (HTML and text dumps alike); dates made ISO 8601 UTC.

    ``raw.assumed_source`` (``--source``) becomes the page's source only where the page has
    no source of its own: no ``source`` given, and (HTML) no canonical URL nor site name
    (``og:site_name``, or the site part of ``<title>``), from which templates name it."""
    _refuse_binary(raw)
    if raw.format == "html" and not isinstance(raw.content, (str, bytes)):
        page = parse_tree(tree_copy(raw.content), id=raw.id, url=raw.url, source=raw.source)
    elif raw.format == "html":
        page = parse_html(_transport_decoded(raw), id=raw.id, url=raw.url, source=raw.source)
    else:
        page = _text_page(raw)
    page.extra = dict(raw.extra)
    page.meta.update({k: v for k, v in raw.meta.items() if v is not None})
    if raw.fetched_at:
        page.meta["fetched_at"] = raw.fetched_at
    if raw.assumed_source and not page.source and not (page.meta.get("canonical_url")
                                                        or page.meta.get("site_name")):
        page.source = raw.assumed_source  # the page names no source of its own
    for key in ("published", "fetched_at"):
        if key in page.meta:
            page.meta[key] = iso_utc(page.meta[key])
    return page


@dataclass
class Pipeline:
    """Clean pages with a rule set. Build once, reuse for every page.

    ``rules`` defaults to the bundled rules plus ``rule_dirs``; ``audit=False`` leaves the
    ``removed`` trail out of records. ``page_seconds`` is each page's time budget (0: none);
    a page over it, or over ``max_page_bytes``, becomes an error record. ``markdown=True``
    also renders each story as Markdown (:attr:`Record.markdown`).
    """

    rules: RuleSet | None = None
    rule_dirs: Sequence[Path] = ()
    audit: bool = True
    max_page_bytes: int = DEFAULT_MAX_PAGE_BYTES
    page_seconds: float = DEFAULT_PAGE_SECONDS
    markdown: bool = False

    def __post_init__(self) -> None:
        if self.rules is None:
            self.rules = RuleSet.load(self.rule_dirs)
        # ids of the end-of-story rules of non-site files: the dump reader reads their lines again
        self._generic_ends = frozenset(
            r.id for f in self.rules.files if not f.site for r in f.rules if r.action == "end-of-story"
        )
        # ... and of their teasers rules: a card whose meta line is a whole teaser is read again
        self._generic_teasers = frozenset(
            r.id for f in self.rules.files if not f.site for r in f.rules if r.action == "teasers"
        )

    def label(self, page: Page, explain: bool = True) -> list[Any]:
        """Apply rules, then scoring, to a parsed page; return the rule engine's decisions
        (with ``explain=False``, only those of blocks a rule matched)."""
        assert self.rules is not None
        decisions = self.rules.apply(page, explain)
        if page.format == "html":
            label_html(page)
        else:  # (the dump reader's modules: imported by the first text page, not by HTML runs)
            from declutter.content.dump_story import label_dump

            label_dump(page, self._generic_ends, self._generic_teasers)
        return decisions

    def clean(self, item: PageInput) -> Record:
        """One page (any :data:`declutter.inputs.PageInput`) -> one record; never raises for a
        bad page (an object that is not a page at all raises :class:`TypeError`)."""
        item = as_item(item)
        if isinstance(item, Failure):
            return Record.failure(item.id, item.error, item.url)
        try:
            with _budget(self.page_seconds):
                page = parse(inflate(item, self.max_page_bytes))
                self.label(page, explain=False)
                record = assemble(page, audit=self.audit)
                if self.markdown:
                    record.markdown = to_markdown(page, record.title,
                                                  None if record.text else record.teasers)
        except (ValueError, UnicodeError, LookupError, RecursionError, MemoryError,
                PageTimeout) as exc:
            return Record.failure(item.id, f"{type(exc).__name__}: {exc}", item.url, item.extra)
        except Exception as exc:  # a bug must cost one page, never the run
            return Record.failure(item.id, f"internal error: {type(exc).__name__}: {exc}",
                                  item.url, item.extra)
        if not record.text and not record.teasers:
            record.error = "no story found"
        return record

    def read(self, inputs: Iterable[str], fmt: str | None = None,
             skipped: list[Path] | None = None,
             refused: list[tuple[Path, str]] | None = None) -> Iterator[Item]:
        """Stream the items of input arguments (files, folders, globs, ``-``).

        Files in folders that are not pages (README.md, *.yaml, ...) go to ``skipped``;
        folders and links that cannot be read go to ``refused`` as ``(path, reason)``.
        """
        return read_all(expand(inputs, skipped, refused), fmt, self.max_page_bytes)

    def run(self, items: Iterable[PageInput], jobs: int = 1) -> Iterator[Record]:
        """Clean pages in order, one record each; with ``jobs > 1`` in worker processes, order
        preserved. ``items``: any :data:`declutter.inputs.PageInput` (str/bytes HTML, dicts
        shaped like input JSON lines, :class:`RawPage`, lxml trees, BeautifulSoup objects).

        Workers get pages in batches (up to :data:`BATCH_PAGES` pages or
        :data:`BATCH_BYTES` of content), so the main process pays the hand-over to a worker
        once per batch, not once per page. At most ``2 * jobs`` batches are in flight, so
        memory stays flat on any input size. Workers die with the calling process.
        Every worker uses this pipeline as it was built: forked workers inherit it; where
        workers are spawned (macOS, Windows, forkserver) it is pickled, and its rules are
        loaded there again from the files they came from. Raises :class:`ValueError` before
        any page when that cannot be done (a :class:`RuleSet` not made by :meth:`RuleSet.load`).
        An item that is not a page at all (``None``, an ``int``) gives an error record
        ``page-N`` naming its type, in its place.
        """
        if jobs <= 1:
            for n, item in enumerate(items, 1):
                yield self.clean(_item(item, n))
            return
        import multiprocessing  # (worker processes: their modules only with jobs > 1)
        import pickle

        if multiprocessing.get_start_method() != "fork":
            try:
                pickle.dumps(self)
            except (TypeError, pickle.PicklingError) as exc:
                raise ValueError(f"cannot run this pipeline in worker processes: {exc}") from None
        from concurrent.futures import ProcessPoolExecutor

        window: deque[Future[list[Record]]] = deque()
        pool = ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(self, os.getpid()))
        pages = (_item(item, n, portable=True) for n, item in enumerate(items, 1))
        try:
            for batch in _batches(pages):
                window.append(pool.submit(_clean_in_worker, batch))
                if len(window) >= 2 * jobs:
                    yield from window.popleft().result()
            while window:
                yield from window.popleft().result()
        except BaseException:  # Ctrl-C, a failed write: stop now, the workers die with us
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown()


def _item(obj: PageInput, position: int, portable: bool = False) -> Item:
    """:func:`as_item`, with an object that is not a page turned into a :class:`Failure`
    (named ``page-N``), so one bad item in a stream costs its own record, not the run."""
    try:
        return as_item(obj, position, portable)
    except TypeError as exc:
        return Failure(f"page-{position}", f"TypeError: {exc}")


BATCH_PAGES = 16
"""Most pages handed to a worker at once (``Pipeline.run`` with ``jobs > 1``)."""
BATCH_BYTES = 1 << 20
"""Most content (bytes or characters) handed to a worker at once."""


def _batches(items: Iterable[Item]) -> Iterator[list[Item]]:
    """Consecutive runs of items, each at most BATCH_PAGES items or about BATCH_BYTES of content."""
    batch: list[Item] = []
    size = 0
    for item in items:
        batch.append(item)
        size += len(item.content) if isinstance(item, RawPage) else 0
        if len(batch) >= BATCH_PAGES or size >= BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


_worker: Pipeline | None = None


def _die_with_parent(parent: int) -> None:
    """Make this worker process end when ``parent`` does, however it ends (SIGKILL too):
    Linux ``PR_SET_PDEATHSIG``; elsewhere a daemon thread that watches the parent's pid.
    Ctrl-C is left to the parent (it stops the pool), so workers print no traceback."""
    import ctypes
    import ctypes.util

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL) != 0:
            raise OSError(ctypes.get_errno(), "prctl")
    except (OSError, AttributeError):
        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(1)
            os._exit(1)

        threading.Thread(target=watch, name="declutter-parent-watch", daemon=True).start()
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)


_PR_SET_PDEATHSIG = 1


def _init_worker(pipeline: Pipeline, parent: int) -> None:
    _die_with_parent(parent)
    global _worker
    _worker = pipeline  # the caller's pipeline (inherited by fork, else unpickled)


def _clean_in_worker(batch: list[Item]) -> list[Record]:
    assert _worker is not None
    return [_worker.clean(item) for item in batch]


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
    """Clean one HTML page (str, or bytes of any encoding, gzipped or not) into a
    :class:`Record`. A page that cannot be cleaned gives an error record (``error`` set)."""
    return _pipeline(rules).clean(RawPage(id, "html", html, url=url, source=source))


def clean_text(text: str | bytes, url: str | None = None, *, id: str = "page",
               source: str | None = None, rules: RuleSet | None = None) -> Record:
    """Clean one plain-text dump of a page (str, or bytes, gzipped or not) into a
    :class:`Record`. A page that cannot be cleaned gives an error record (``error`` set)."""
    return _pipeline(rules).clean(RawPage(id, "text", text, url=url, source=source))
