"""The one-call form: ``declutter.extract(html)`` returns the story, as trafilatura's does."""

from __future__ import annotations

from dataclasses import replace

from declutter.formats import as_text
from declutter.inputs import PageInput, as_item
from declutter.io.readers import RawPage
from declutter.pipeline import Pipeline
from declutter.record import dumps
from declutter.ruleset.engine import RuleSet

FORMATS = ("text", "markdown", "json")
INPUT_FORMATS = ("html", "text")

_PIPELINES: dict[bool, Pipeline] = {}


def extract(html: PageInput, url: str | None = None, output_format: str = "text", *,
            source: str | None = None, rules: RuleSet | None = None,
            input_format: str | None = None) -> str | None:
    """Clean one page and return its story as a string.

    ``html``: any page :meth:`declutter.Pipeline.run` takes (str or bytes HTML, gzipped or
    not; a dict like an input JSON line; an lxml tree; a BeautifulSoup). ``url`` (and
    ``source``) fill in what the input does not say: relative links become absolute and
    site rules are picked by domain. A str or bytes is read as ``declutter clean`` reads a
    file of no known extension: HTML when it begins with markup (a tag, a doctype) or holds
    ``<body``, else a text dump; ``input_format="html"`` or ``"text"`` says which it is.
    ``output_format``:

    - ``"text"``: the title, a blank line, then the story's paragraphs separated by blank lines;
    - ``"markdown"``: the same with its structure: headings, lists, tables, links, quotes;
    - ``"json"``: the whole record, one JSON object (the line ``declutter clean`` writes).

    A page with no story but teasers (a listing page) gives, for text and Markdown, its title
    and its teasers (:func:`declutter.formats.teaser_list`). Returns ``None`` for text and
    Markdown when the page has neither (its record has an error, "no story found"; ``"json"``
    returns that error record). Raises :class:`ValueError` for an unknown format (or an
    ``input_format`` for an input that is not str or bytes) and :class:`TypeError` for an
    object that is not a page.

    >>> import declutter
    >>> html = "<html><body><article><h1>Storm closes the harbour</h1><p>The harbour " \\
    ...        "closed on Monday as the storm reached the coast, the port authority said.</p>" \\
    ...        "</article></body></html>"
    >>> print(declutter.extract(html, output_format="markdown"))
    # Storm closes the harbour
    <BLANKLINE>
    The harbour closed on Monday as the storm reached the coast, the port authority said.
    """
    if output_format not in FORMATS:
        raise ValueError(f"output_format must be one of {', '.join(FORMATS)}, not {output_format!r}")
    if input_format is not None and (input_format not in INPUT_FORMATS
                                     or not isinstance(html, (str, bytes, bytearray))):
        raise ValueError(f"input_format must be one of {', '.join(INPUT_FORMATS)}, for str or "
                         f"bytes input; not {input_format!r} for {type(html).__name__}")
    markdown = output_format == "markdown"
    if rules is not None:
        pipeline = Pipeline(rules=rules, markdown=markdown)
    else:
        pipeline = _PIPELINES.get(markdown) or _PIPELINES.setdefault(
            markdown, Pipeline(rules=_shared_rules(), markdown=markdown))
    item = pipeline_item(html, url, source)
    if input_format is not None and isinstance(item, RawPage):
        item = replace(item, format=input_format)
    record = pipeline.clean(item)
    if output_format == "json":
        return dumps(record)
    if record.error:
        return None
    return record.markdown if markdown else as_text(record)


def _shared_rules() -> RuleSet:
    existing = next(iter(_PIPELINES.values()), None)
    return existing.rules if existing is not None and existing.rules is not None else RuleSet.load()


def pipeline_item(html: PageInput, url: str | None, source: str | None) -> PageInput:
    """``html`` as a page (named ``page`` unless it has an id) whose missing url and source
    are ``url`` and ``source``; the caller's object is not changed."""
    item = as_item(html, 1)
    if isinstance(item, RawPage):
        item = replace(item, id="page" if item.id == "page-1" else item.id,
                       url=item.url or url, source=item.source or source)
    return item
