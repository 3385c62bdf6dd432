"""Write ``samples/warc/pages.warc.gz``: a small, deterministic WARC for the golden tests.

The file holds, in order: one ``warcinfo`` record, one ``request`` record, and three HTTP
``response`` records with HTML pages. Dates and record ids are fixed, and warcio's gzip
members carry no timestamp, so running this script again gives the same bytes.

The second response declares its charset only in the HTTP ``Content-Type`` header
(ISO-8859-1) and not in the page, so a reader must take the encoding from the HTTP headers.

Run from anywhere: ``python3 samples/warc/make_warc.py``.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
OUT = HERE / "pages.warc.gz"

WARCINFO_ID = "<urn:uuid:6f1c2a3e-0000-4000-8000-000000000001>"
REQUEST_ID = "<urn:uuid:6f1c2a3e-0000-4000-8000-000000000002>"

PAGE_ORCHARD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Community orchard saves rare apple varieties from disappearing | Valley Voice</title>
<meta property="og:title" content="Community orchard saves rare apple varieties from disappearing">
<meta name="author" content="Nia Evans">
<link rel="canonical" href="https://valleyvoice.example/news/community-orchard-rare-apples">
</head><body>
<header><a href="/">Valley Voice</a> <nav><a href="/news">News</a> <a href="/events">Events</a></nav></header>
<article>
<h1>Community orchard saves rare apple varieties from disappearing</h1>
<p class="byline">By Nia Evans</p>
<p>Volunteers in the Usk valley have planted 60 trees of local apple varieties that had almost
vanished, using cuttings taken from old farm orchards before they were cleared.</p>
<p>Some of the varieties survive in only one or two places, often a single tree in a field
hedge, according to the group that runs the orchard.</p>
<p>The first fruit is expected in about four years. Juice and cuttings will then be offered to
schools and other community groups.</p>
<p>The orchard is open to visitors on Saturday mornings.</p>
</article>
<section class="related"><h2>More from Valley Voice</h2>
<div class="card">
<a href="https://valleyvoice.example/news/cider-festival-returns">Cider festival returns to
Abergavenny</a>
<span class="age">2 days ago</span></div>
</section>
<footer><p>Valley Voice · Privacy · Terms</p></footer>
</body></html>
"""

PAGE_MARCHE = """<!DOCTYPE html>
<html lang="fr"><head>
<title>Le marché couvert de Limoges rouvre après deux ans de travaux - Centre Presse Plus</title>
<link rel="canonical" href="https://centrepresseplus.example/limoges/marche-couvert-reouverture">
</head><body>
<div class="menu"><a href="/">Accueil</a> <a href="/limoges">Limoges</a> <a href="/sports">Sports</a></div>
<div class="article">
<h1>Le marché couvert de Limoges rouvre après deux ans de travaux</h1>
<div class="auteur">Par Élodie Marchand · il y a 6 heures</div>
<p>Le marché couvert de la place de la Motte a rouvert ses portes samedi matin, après deux ans
de travaux de rénovation de sa charpente métallique et de ses verrières.</p>
<p>Une quarantaine de commerçants, dont une dizaine de nouveaux venus, ont retrouvé leurs étals.
La ville a profité du chantier pour installer des panneaux solaires sur une partie du toit.</p>
<p>« On a tenu bon grâce aux clients fidèles pendant toute la durée des travaux », confiait une
fromagère installée depuis vingt ans.</p>
</div>
<div class="partager">Partager : Facebook · X · E-mail</div>
<div class="lire-aussi"><b>À lire aussi</b>
<a href="https://centrepresseplus.example/limoges/halles-centrales-histoire">L'histoire des halles,
de 1889 à nos jours</a>
<span>Centre Presse Plus · hier</span></div>
</body></html>
"""

PAGE_BRIEF = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Copenhagen harbour bath to stay open through winter | Brief24</title>
<link rel="canonical" href="https://brief24.example/europe/copenhagen-harbour-bath-winter">
</head><body>
<div class="promo">Get the Brief24 app</div>
<main><h1>Copenhagen harbour bath to stay open through winter</h1>
<div class="story">
<p>One of Copenhagen's open-air harbour baths will stay open all winter for the first time,
after a trial last year drew thousands of cold-water swimmers.</p>
<p>Lifeguards will be on duty at weekends, and a floating sauna will be moored next to the
bath from November to March.</p>
<p>Advertisement</p>
<p>City officials said water quality in the harbour is tested daily and published online.</p>
<p>Read also: <a href="https://brief24.example/europe/oslo-fjord-saunas">Oslo adds three floating
saunas to its fjord</a></p>
<p>The winter season starts on 1 November.</p>
</div></main>
<div class="newsletter">Subscribe to our newsletter</div>
</body></html>
"""

RESPONSES = [
    (
        "https://valleyvoice.example/news/community-orchard-rare-apples",
        "<urn:uuid:6f1c2a3e-0000-4000-8000-000000000003>",
        "2025-03-01T09:00:05Z",
        "text/html; charset=utf-8",
        PAGE_ORCHARD.encode("utf-8"),
    ),
    (
        "https://centrepresseplus.example/limoges/marche-couvert-reouverture",
        "<urn:uuid:6f1c2a3e-0000-4000-8000-000000000004>",
        "2025-03-01T09:00:07Z",
        "text/html; charset=ISO-8859-1",
        PAGE_MARCHE.encode("iso-8859-1"),
    ),
    (
        "https://brief24.example/europe/copenhagen-harbour-bath-winter",
        "<urn:uuid:6f1c2a3e-0000-4000-8000-000000000005>",
        "2025-03-01T09:00:09Z",
        "text/html; charset=utf-8",
        PAGE_BRIEF.encode("utf-8"),
    ),
]


def _warcinfo(writer: WARCWriter):
    """A warcinfo record with a fixed id and date (warcio would otherwise pick both)."""
    body = (
        b"software: declutter samples/warc/make_warc.py\r\n"
        b"format: WARC File Format 1.0\r\n"
        b"description: golden-test sample for declutter\r\n"
    )
    headers = StatusAndHeaders(
        "",
        [
            ("WARC-Type", "warcinfo"),
            ("WARC-Record-ID", WARCINFO_ID),
            ("WARC-Filename", OUT.name),
            ("WARC-Date", "2025-03-01T09:00:00Z"),
        ],
        protocol=writer.warc_version,
    )
    return writer.create_warc_record(
        "",
        "warcinfo",
        payload=BytesIO(body),
        length=len(body),
        warc_content_type="application/warc-fields",
        warc_headers=headers,
    )


def _request(writer: WARCWriter, uri: str, date: str, concurrent_to: str):
    """The HTTP GET that fetched the first page."""
    http = StatusAndHeaders(
        "GET /news/community-orchard-rare-apples HTTP/1.1",
        [("Host", "valleyvoice.example"), ("User-Agent", "declutter-samples/1.0"), ("Accept", "text/html")],
        is_http_request=True,
    )
    return writer.create_warc_record(
        uri,
        "request",
        http_headers=http,
        warc_headers_dict={
            "WARC-Record-ID": REQUEST_ID,
            "WARC-Date": date,
            "WARC-Concurrent-To": concurrent_to,
        },
    )


def _response(writer: WARCWriter, uri: str, rid: str, date: str, ctype: str, body: bytes):
    """One HTTP 200 response carrying an HTML page."""
    http = StatusAndHeaders(
        "200 OK",
        [
            ("Content-Type", ctype),
            ("Content-Length", str(len(body))),
            ("Date", "Sat, 01 Mar 2025 09:00:00 GMT"),
        ],
        protocol="HTTP/1.1",
    )
    return writer.create_warc_record(
        uri,
        "response",
        payload=BytesIO(body),
        length=len(body),
        http_headers=http,
        warc_headers_dict={"WARC-Record-ID": rid, "WARC-Date": date},
    )


def main() -> None:
    """Write the WARC file next to this script."""
    with OUT.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(_warcinfo(writer))
        uri, rid, date, _, _ = RESPONSES[0]
        writer.write_record(_request(writer, uri, date, rid))
        for uri, rid, date, ctype, body in RESPONSES:
            writer.write_record(_response(writer, uri, rid, date, ctype, body))


if __name__ == "__main__":
    main()
