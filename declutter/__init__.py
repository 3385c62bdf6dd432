"""declutter: clean stories out of scraped news pages and aggregator dumps."""

__version__ = "0.1.0"
