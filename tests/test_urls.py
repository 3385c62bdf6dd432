"""Malformed URLs on real pages (an unclosed IPv6 bracket) never turn a page into an error."""

from __future__ import annotations

import declutter
from declutter.templates.model import source_name
from declutter.urls import host, join, split

_PARA = "<p>" + " ".join(["Der Stadtrat hat am Dienstag beschlossen, die Straßenbahn um zwei "
                          "Haltestellen über den Fluss zu verlängern."] * 3) + "</p>"
PAGE = f"""<html><head><title>Straßenbahn</title><link rel=canonical href="http://[kaputt/x">
</head><body><nav><a href="http://[falsch/lokal">Lokales</a> <a href="/sport">Sport</a></nav>
<article><h1>Die Straßenbahn fährt bald über den Fluss</h1>{_PARA * 4}</article>
<section><h2>Mehr Nachrichten</h2>
<div class=card><a href="http://[ups/artikel-1">Brückenarbeiten beginnen im Mai</a>
<span>Metro · 2 Std.</span></div>
<div class=card><a href="//[::1/artikel-2">Busspuren auf dem Ring</a><span>Metro · 5 Std.</span></div>
<div class=card><a href="/artikel-3">Neue Radwege in der Altstadt</a><span>Metro · 1 Tag</span></div>
</section></body></html>"""


def test_a_page_with_malformed_links_is_cleaned() -> None:
    for url in ("https://example.de/nachrichten/tram", "http://[kaputt/seite"):
        record = declutter.clean_html(PAGE, url=url)
        assert record.error is None
        assert record.title == "Die Straßenbahn fährt bald über den Fluss"
        assert record.text.count("Straßenbahn um zwei Haltestellen") == 12
        titles = [t.title for t in record.teasers]
        assert titles == ["Brückenarbeiten beginnen im Mai", "Busspuren auf dem Ring",
                          "Neue Radwege in der Altstadt"]
        # a link urllib cannot parse is kept as the page gives it
        assert record.teasers[0].url == "http://[ups/artikel-1"


def test_helpers_give_none_or_the_input_back() -> None:
    assert host("https://WWW.Example.org/a") == "www.example.org"
    assert host("http://[kaputt/x") is None and host(None) is None
    assert split("http://[kaputt/x") is None
    assert split("https://example.org/a?b").path == "/a"
    assert join("https://example.org/a/b", "../c") == "https://example.org/c"
    assert join("http://[kaputt/x", "/c") == "/c"
    assert source_name(None, "http://[kaputt/x", {}) is None
