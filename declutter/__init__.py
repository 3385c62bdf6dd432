"""declutter: clean stories out of scraped news pages and aggregator dumps.

The library API is small:

- :func:`extract` returns one page's story as a string (text, Markdown or JSON);
- :func:`clean_html` and :func:`clean_text` clean one page into a :class:`Record`;
- :class:`Pipeline` streams many pages (``Pipeline().run(items)``), the same way the CLI does;
  it takes str/bytes HTML, dicts shaped like input JSON lines, :class:`RawPage`, lxml trees
  and BeautifulSoup objects (:data:`declutter.inputs.PageInput`);
- :class:`RuleSet` loads rule files (bundled, plus folders of your own).
"""

from declutter.api import extract
from declutter.io.readers import Failure, RawPage
from declutter.pipeline import Pipeline, clean_html, clean_text
from declutter.record import Record, Removal, Teaser
from declutter.ruleset.engine import RuleSet

__version__ = "0.1.0"
__all__ = ["Failure", "Pipeline", "RawPage", "Record", "Removal", "RuleSet", "Teaser",
           "clean_html", "clean_text", "extract"]
