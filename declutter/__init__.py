"""declutter: clean stories out of scraped news pages and aggregator dumps.

The library API is small:

- :func:`extract` returns one page's story as a string (text, Markdown or JSON);
- :func:`clean_html` and :func:`clean_text` clean one page into a :class:`Record`;
- :class:`Pipeline` streams many pages (``Pipeline().run(items)``), the same way the CLI does;
  it takes str/bytes HTML, dicts shaped like input JSON lines, :class:`RawPage`, lxml trees
  and BeautifulSoup objects (:data:`declutter.inputs.PageInput`);
- :class:`RuleSet` loads rule files (bundled, plus folders of your own).

These names are imported on first use (PEP 562), so that importing a submodule (the command
line, ``declutter --help``) does not import the pipeline, lxml and the rule engine with it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_HOMES = {"extract": "declutter.api", "Failure": "declutter.io.readers",
          "RawPage": "declutter.io.readers", "Pipeline": "declutter.pipeline",
          "clean_html": "declutter.pipeline", "clean_text": "declutter.pipeline",
          "Record": "declutter.record", "Removal": "declutter.record",
          "Teaser": "declutter.record", "RuleSet": "declutter.ruleset.engine"}
"""Public name -> the module that defines it."""

__all__ = ["Failure", "Pipeline", "RawPage", "Record", "Removal", "RuleSet", "Teaser",
           "clean_html", "clean_text", "extract"]

if TYPE_CHECKING:
    from declutter.api import extract
    from declutter.io.readers import Failure, RawPage
    from declutter.pipeline import Pipeline, clean_html, clean_text
    from declutter.record import Record, Removal, Teaser
    from declutter.ruleset.engine import RuleSet


def __getattr__(name: str) -> Any:
    """The public name ``name``, imported from its module on first use (then kept here)."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'declutter' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
