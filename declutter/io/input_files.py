"""Input arguments -> the files to read (:func:`expand`): a file, a folder (read recursively,
in sorted order), a glob, or ``-`` for stdin. Inside folders and globs only files that may hold
pages are taken (:func:`is_page_file`), never declutter's own output (:func:`is_declutter_output`);
each file's pages are then read by :mod:`declutter.io.readers`.
"""

from __future__ import annotations

import glob
import gzip
import os
import zlib
from collections.abc import Iterable
from pathlib import Path

from declutter.io.readers import Input, json_line, strip_gz


class InputError(Exception):
    """An input argument that cannot be read at all (a usage error, not a page error)."""


_NOT_PAGES = frozenset((
    ".md", ".markdown", ".rst", ".adoc", ".pdf", ".doc", ".docx", ".odt", ".rtf",  # documents
    ".yaml", ".yml", ".toml", ".ini", ".cfg", ".conf", ".json", ".lock",  # configuration
    ".py", ".js", ".mjs", ".ts", ".map", ".css", ".scss", ".less", ".sh",  # code, styles
    ".csv", ".tsv", ".parquet", ".sqlite", ".db", ".idx",  # data
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".ico", ".bmp", ".tif", ".tiff",
    ".mp3", ".mp4", ".m4a", ".webm", ".ogg", ".wav", ".mov", ".avi",  # media
    ".woff", ".woff2", ".ttf", ".otf", ".eot", ".zip", ".tar", ".tgz", ".bz2", ".xz", ".7z", ".rar",
))
"""Extensions of files that are no pages by their type: documentation, configuration (rule
files), code, style sheets, data tables, media, fonts, archives (a site mirror's assets)."""


def is_page_file(path: Path) -> bool:
    """Whether a file found inside a folder is read as pages, as a file named directly is
    (its name, else its content, gives the format; unreadable or binary content gives an
    error record): every file but those whose extension names a type that is no page
    (:data:`_NOT_PAGES`: README.md, *.yaml, *.py, images, ...), which are skipped and named
    on stderr. So a mirror's ``article.php`` is read, and so is ``junk.bin`` (an error record)."""
    return Path(strip_gz(path.name.lower())).suffix not in _NOT_PAGES


def input_id(relative: str) -> str:
    """The id of a file's pages from its path relative to the argument: the path itself,
    unless it holds bytes that are not UTF-8 (lone surrogates from ``surrogateescape``) or a
    backslash; then each such byte is written ``\\xNN`` and each backslash ``\\\\``. So ids are
    valid text (they survive JSON and ``--resume``), unique, and the same on every run."""
    if "\\" not in relative and not any(
            "\udc80" <= c <= "\udcff" for c in relative):
        return relative
    raw = relative.encode("utf-8", "surrogateescape").replace(b"\\", b"\\\\")
    return raw.decode("utf-8", "backslashreplace")


def _walk(root: Path, refused: list[tuple[Path, str]]) -> list[Path]:
    """Every file under ``root`` (hidden names left out), sorted by path. A link to a folder
    is followed once: a folder reached again (a loop, or a second link to it) is refused, as
    is a folder that cannot be read or a broken link; each lands in ``refused`` with why."""
    seen: set[tuple[int, int]] = set()
    files: list[Path] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
            if (st.st_dev, st.st_ino) in seen:
                refused.append((folder, "a link to a folder already read"))
                continue
            seen.add((st.st_dev, st.st_ino))
            with os.scandir(folder) as entries:
                children = sorted(entries, key=lambda e: e.name, reverse=True)
        except OSError as exc:
            refused.append((folder, f"cannot read: {exc.strerror or exc}"))
            continue
        for entry in children:
            path = Path(entry.path)
            if entry.name.startswith("."):
                continue
            try:
                is_dir, is_file = entry.is_dir(), entry.is_file()
            except OSError as exc:
                refused.append((path, f"cannot read: {exc.strerror or exc}"))
                continue
            if is_dir:
                stack.append(path)
            elif is_file:
                files.append(path)
            elif entry.is_symlink():
                refused.append((path, "a broken link"))
    return sorted(files)


_OUTPUT_PEEK = 1 << 20


def is_declutter_output(path: Path) -> bool:
    """Whether a JSON Lines file holds declutter's own output records rather than pages: its
    first line (read up to 1 MiB) has the fields every record has (:func:`declutter.record.is_record`)."""
    if Path(strip_gz(path.name.lower())).suffix not in (".jsonl", ".ndjson"):
        return False
    from declutter.record import is_record

    try:
        with open(path, "rb") as raw:
            stream = gzip.GzipFile(fileobj=raw) if raw.read(2) == b"\x1f\x8b" else raw
            stream.seek(0)
            line = b""
            while not line.strip():
                line = stream.readline(_OUTPUT_PEEK)
                if not line:
                    return False
            return is_record(json_line(line))
    except (OSError, EOFError, zlib.error, ValueError):
        return False


def expand(arguments: Iterable[str], skipped: list[Path] | None = None,
           refused: list[tuple[Path, str]] | None = None) -> list[Input]:
    """Turn input arguments into files, checking first that every argument exists.

    A file named directly is always read; inside folders and globs only
    :func:`is_page_file` files are, the others are appended to ``skipped`` when given, and
    so are JSON Lines files that hold declutter's own output (:func:`is_declutter_output`).
    Folders and links inside folders that cannot be read go to ``refused`` as
    ``(path, reason)`` (see :func:`_walk`). Ids come from :func:`input_id`.
    Raises :class:`InputError` (a usage error) naming the first argument that matches nothing,
    or a file named directly that is declutter output.
    """
    skipped = [] if skipped is None else skipped
    refused = [] if refused is None else refused
    inputs: list[Input] = []
    for arg in arguments:
        if arg == "-":
            inputs.append(Input(None, "-"))
            continue
        path = Path(arg)
        if path.is_dir():
            for child in _walk(path, refused):
                if is_page_file(child) and not is_declutter_output(child):
                    inputs.append(Input(child, input_id(child.relative_to(path).as_posix())))
                else:
                    skipped.append(child)
        elif path.is_file():
            if is_declutter_output(path):
                raise InputError(f"{arg} holds declutter output records, not pages "
                                 "(declutter dedup and declutter report read those)")
            inputs.append(Input(path, input_id(path.name)))
        elif glob.has_magic(arg):
            matches = sorted(Path(m) for m in glob.glob(arg, recursive=True) if Path(m).is_file())
            if not matches:
                raise InputError(f"no files match {arg!r}")
            base = Path(os.path.commonpath([str(m.parent) for m in matches]))
            pages = [m for m in matches if is_page_file(m) and not is_declutter_output(m)]
            skipped.extend(m for m in matches if m not in pages)
            inputs.extend(Input(m, input_id(m.relative_to(base).as_posix())) for m in pages)
        else:
            raise InputError(f"no such file or folder: {arg}")
    return inputs
