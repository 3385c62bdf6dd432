"""declutter as a step of a datatrove-style pipeline: documents in, cleaned documents out.

datatrove (huggingface/datatrove) runs a pipeline as a list of steps; each step is called as
``step(data, rank, world_size)`` with an iterator of documents and yields documents, and a
plain callable with that signature may stand in a pipeline next to datatrove's own steps
(``LocalPipelineExecutor(pipeline=[reader, DeclutterStep(), writer])``). Its extractors read
the HTML from ``document.text`` and replace it with the extracted text; so does this step.

A document is anything with ``text``, ``id`` and ``metadata`` attributes (datatrove's
``Document``) or a dict with those keys; it is changed in place and yielded. datatrove
itself is not needed (nor imported).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from declutter.io.readers import RawPage
from declutter.pipeline import Pipeline
from declutter.record import Record
from declutter.ruleset.engine import RuleSet


class DeclutterStep:
    """Replace each document's HTML (``text``) with its clean story.

    ``output_format``: ``"text"`` (paragraphs separated by blank lines) or ``"markdown"``.
    ``rules``: a :class:`RuleSet` (default: the bundled rules). The document's
    ``metadata["url"]`` (when present) resolves relative links and picks site rules.
    Each kept document gains ``metadata["title"]``, ``metadata["teasers"]`` (the teaser
    records as dicts) and ``metadata["declutter"]`` (``meta`` of the record). A page with
    no story is dropped, as datatrove's extractors drop empty results, unless
    ``keep_errors=True``: then it is yielded with ``text`` empty and
    ``metadata["declutter_error"]`` set. Counts of both are in :attr:`stats`.
    """

    name = "declutter"
    type = "extractor"

    def __init__(self, output_format: str = "text", rules: RuleSet | None = None,
                 keep_errors: bool = False) -> None:
        if output_format not in ("text", "markdown"):
            raise ValueError(f"output_format must be 'text' or 'markdown', not {output_format!r}")
        self.pipeline = Pipeline(rules=rules, markdown=output_format == "markdown")
        self.keep_errors = keep_errors
        self.stats = {"cleaned": 0, "errors": 0}

    def __call__(self, data: Iterable[Any], rank: int = 0, world_size: int = 1) -> Iterator[Any]:
        return self.run(data, rank, world_size)

    def run(self, data: Iterable[Any], rank: int = 0, world_size: int = 1) -> Iterator[Any]:
        """Yield the documents of ``data`` with clean text (``rank``/``world_size``: unused,
        as every document is cleaned on its own)."""
        for doc in data:
            record = self.pipeline.clean(_page(doc))
            if record.error:
                self.stats["errors"] += 1
                if not self.keep_errors:
                    continue
                _set(doc, "", {"declutter_error": record.error})
            else:
                self.stats["cleaned"] += 1
                _set(doc, self._text(record), {
                    "title": record.title, "teasers": record.to_dict()["teasers"],
                    "declutter": record.meta})
            yield doc

    def _text(self, record: Record) -> str:
        return record.markdown or "" if self.pipeline.markdown else record.text


def _get(doc: Any, key: str) -> Any:
    return doc.get(key) if isinstance(doc, dict) else getattr(doc, key, None)


def _page(doc: Any) -> RawPage:
    metadata = _get(doc, "metadata") or {}
    return RawPage(str(_get(doc, "id") or "document"), "html", _get(doc, "text") or "",
                   url=metadata.get("url"), source=metadata.get("source"))


def _set(doc: Any, text: str, metadata: dict[str, Any]) -> None:
    if isinstance(doc, dict):
        doc["text"] = text
        doc.setdefault("metadata", {}).update(metadata)
    else:
        doc.text = text
        if getattr(doc, "metadata", None) is None:
            doc.metadata = {}
        doc.metadata.update(metadata)
