"""A generator of aggregator text dumps around real article text, in 16 layout families.

The story paragraphs are the ground-truth bodies of ``../shared/benchmarks/extraction/`` (real
articles); everything around them is written here: headers, promos, app and newsletter pitches,
reaction bars, comment widgets (headings, empty states, comments, action rows, sort menus),
share rows, hashtag lines, ad labels, cookie lines, footers, and related-article teasers in
every layout the dump reader claims to read (the seed's; one teaser a line with title, source
and age in any order and separator; multi-line cards in any field order; numbered and
bulleted lists; with and without blank lines and headings; one-line labelled cards mid-story).
None of the wordings is in the bundled rules; four languages (English, German, French,
Spanish) for the chrome, the ages and the labels.

Families are numbered 0-15: even families are the *tuned-on* half, odd ones *held-out*.
:func:`pages` yields :class:`Generated` pages, each with what a careful editor expects.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

WORDS = {
    "en": {
        "ages": ["2 hours ago", "3h", "yesterday", "5 days ago", "12 June 2025", "an hour ago", "40 min ago"],
        "sources": ["Harbour Ledger", "The Daily Lantern", "Northwind Post", "Civic Wire"],
        "chrome": [
            "Listen to this story",
            "Get the {site} app and never miss a headline",
            "Join 40,000 readers: get our Sunday digest",
            "Was this helpful? 👍 12 · 👎 3",
            "Share: Facebook | X | Email | Copy link",
            "#world #politics #today",
            "— Ad —",
            "We use cookies to tailor what you see. Accept · Settings",
            "© 2025 {site} Media Ltd. Terms · Privacy · Imprint",
        ],
        "comments": [
            "What readers say (3)",
            "Sort by: Newest",
            "Nobody has said anything yet. Start the thread!",
            "Like · Reply · Report",
        ],
        "labels": ["READ MORE:", "RELATED →", "Also read:"],
        "heading": "Stories you might have missed",
    },
    "de": {
        "ages": ["vor 2 Stunden", "gestern", "vor 3 Tagen", "12. Juni 2025", "vor 40 Minuten"],
        "sources": ["Elbe-Bote", "Rheinischer Kurier", "Alpenblatt", "Stadtanzeiger Nord"],
        "chrome": [
            "Artikel vorlesen lassen",
            "Holen Sie sich die {site}-App aufs Handy",
            "Unser Morgenbriefing: jetzt kostenlos bestellen",
            "War dieser Artikel hilfreich? Ja · Nein",
            "Teilen: Facebook | X | E-Mail",
            "#politik #wirtschaft",
            "— Anzeige —",
            "Wir verwenden Cookies. Alle akzeptieren · Einstellungen",
            "© 2025 {site} GmbH · Impressum · Datenschutz",
        ],
        "comments": [
            "Leserstimmen (3)",
            "Sortieren: Neueste zuerst",
            "Noch hat niemand etwas gesagt.",
            "Gefällt mir · Antworten · Melden",
        ],
        "labels": ["Lesen Sie auch:", "MEHR DAZU →", "Auch interessant:"],
        "heading": "Das haben andere gelesen",
    },
    "fr": {
        "ages": ["il y a 2 heures", "hier", "il y a 3 jours", "12 juin 2025", "il y a 40 minutes"],
        "sources": ["Le Veilleur", "Courrier du Port", "L'Écho des Vallées", "Presse Océane"],
        "chrome": [
            "Écouter cet article",
            "Téléchargez l'application {site}",
            "Notre lettre du matin : inscrivez-vous gratuitement",
            "Cet article vous a plu ? Oui · Non",
            "Partager : Facebook | X | E-mail",
            "#monde #économie",
            "— Publicité —",
            "Nous utilisons des cookies. Tout accepter · Paramétrer",
            "© 2025 {site} SAS · Mentions légales · Confidentialité",
        ],
        "comments": [
            "Vos réactions (3)",
            "Trier : plus récents",
            "Personne n'a encore réagi.",
            "J'aime · Répondre · Signaler",
        ],
        "labels": ["À lire aussi :", "VOIR AUSSI →", "Lire aussi :"],
        "heading": "Nos lecteurs ont aussi aimé",
    },
    "es": {
        "ages": ["hace 2 horas", "ayer", "hace 3 días", "12 de junio de 2025", "hace 40 minutos"],
        "sources": ["El Faro Diario", "Gaceta del Sur", "Crónica Andina", "Diario Ribera"],
        "chrome": [
            "Escucha esta noticia",
            "Descarga la app de {site} en tu móvil",
            "Nuestro boletín matinal: apúntate gratis",
            "¿Te ha sido útil? Sí · No",
            "Compartir: Facebook | X | Correo",
            "#economía #mundo",
            "— Publicidad —",
            "Usamos cookies para mejorar tu experiencia. Aceptar · Configurar",
            "© 2025 {site} Medios S.L. · Aviso legal · Privacidad",
        ],
        "comments": [
            "Opiniones de lectores (3)",
            "Ordenar: más recientes",
            "Nadie ha opinado todavía.",
            "Me gusta · Responder · Denunciar",
        ],
        "labels": ["Lee también:", "RELACIONADO →", "Te puede interesar:"],
        "heading": "Lo que otros están leyendo",
    },
}
LANGS = ["en", "de", "fr", "es"]

# Teaser card layouts: each a function (title, source, age, excerpt, url) -> lines.
LAYOUTS = {
    "seed": lambda t, s, a, x, u: [s, a, f"- {s}", t, x],
    "title-meta-text-url": lambda t, s, a, x, u: [t, f"{s} · {a}", x, u],
    "title-text-meta": lambda t, s, a, x, u: [t, x, f"{s} | {a}"],
    "line-dash": lambda t, s, a, x, u: [f"{t} — {s}, {a}"],
    "line-age-first": lambda t, s, a, x, u: [f"{a} · {s} · {t}"],
    "bulleted": lambda t, s, a, x, u: [f"• {t} ({s}, {a})"],
    "title-age-line": lambda t, s, a, x, u: [f"{t} | {a}"],
    "meta-title-text": lambda t, s, a, x, u: [f"{s} — {a}", t, x],
}
LAYOUT_NAMES = list(LAYOUTS)


@dataclass
class Generated:
    """One generated dump and what must come out of it."""

    id: str
    family: int
    lang: str
    text: str
    title: str
    story: list[str]
    chrome: list[str] = field(default_factory=list)
    teasers: list[dict[str, str | None]] = field(default_factory=list)


def family_spec(family: int) -> dict[str, object]:
    """Family ``n`` (0-15): language, teaser layout, blank lines between cards, heading, mid-story card."""
    return {
        "lang": LANGS[(family * 3 // 2) % 4],
        "layout": LAYOUT_NAMES[(family // 2) % len(LAYOUT_NAMES)],
        "blank": family % 3 != 2,
        "heading": family % 4 != 3,
        "inline": family % 2 == 0 or family % 5 == 1,
        "comments": family % 3 != 1,
    }


_DATELINE = re.compile(r"^[^a-z]{2,40}?(?:\([^)]*\))?\s*[-–—:]\s+")


def _sentence_title(text: str, words: int = 9) -> str:
    """A headline-like title from an article's opening: its first words, dateline
    ("NEW YORK (Reuters) - ") and final punctuation removed, at least five words."""
    text = _DATELINE.sub("", text.strip())
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    if len(first.split()) < 5:
        first = text
    return " ".join(first.split()[:words]).rstrip(" .,;:!?\"'“”‘’-–—")


def pages(articles: list[str], families: Sequence[int] = range(16), seed: int = 0) -> Iterator[Generated]:
    """One page per article, families assigned in turn; ``articles``: ground-truth bodies.
    ``seed`` shifts which other articles give the teasers and the mid-story card, and the
    sources, ages and labels each page draws (0: the benchmark's pages; others widen a family
    with more pages while tuning)."""
    usable = [a for a in articles if len([p for p in a.split("\n") if len(p.split()) >= 8]) >= 3]
    for n, body in enumerate(usable):
        fam = families[n % len(families)]
        spec = family_spec(fam)
        lang, w = str(spec["lang"]), WORDS[str(spec["lang"])]
        site = ["Kestrel", "Nachrichtenfuchs", "InfoMistral", "Portavoz"][LANGS.index(lang)] + " News"
        paras = [p.strip() for p in body.split("\n") if p.strip()]
        title = _sentence_title(paras[0], 10)
        m = n + seed * 5  # (seed 0: the benchmark's pages, unchanged)
        others = [usable[(m + k * 7) % len(usable)] for k in range(1, 4)]
        teasers = []
        for k, other in enumerate(others):
            ttitle = _sentence_title(other, 8 + k)
            excerpt = " ".join(other.split()[10:40])
            teasers.append(
                {
                    "title": ttitle,
                    "source": w["sources"][(m + k) % 4],
                    "age": w["ages"][(m + k) % len(w["ages"])],
                    "text": excerpt,
                    "url": f"https://{site.split()[0].lower()}.example/a/{n}-{k}",
                }
            )
        chrome = [c.format(site=site) for c in w["chrome"]]
        lines: list[str] = [title, chrome[0], ""]
        expect_chrome = [chrome[0]]
        mid = len(paras) // 2
        for i, p in enumerate(paras):
            lines += [p, ""] if spec["blank"] else [p]
            if i == 0:
                lines.append(chrome[6])
                expect_chrome.append(chrome[6])
            if i == mid and len(paras) > 2:
                lines += [chrome[4]]
                expect_chrome.append(chrome[4])
                if spec["inline"]:
                    label = w["labels"][m % 3]
                    ititle = _sentence_title(usable[(m + 3) % len(usable)], 9)
                    lines.append(f"{label} {ititle}")
                    teasers.append({"title": ititle, "source": None, "age": None, "text": None, "url": None})
        tail = [chrome[5], chrome[1], chrome[2], chrome[3]]
        lines += tail
        expect_chrome += tail
        if spec["comments"]:
            cm = w["comments"]
            block = [cm[0], cm[1]] + (
                [cm[2]]
                if fam % 2
                else [
                    "Marta R. · " + w["ages"][0],
                    "This is exactly what I have been saying for years, nothing changes.",
                    cm[3],
                    "jk_88 · " + w["ages"][1],
                    "Does anyone know when the report will be published in full?",
                    cm[3],
                ]
            )
            lines += block
            expect_chrome += block
        if spec["heading"]:
            lines += [w["heading"]]
            expect_chrome.append(w["heading"])
        layout = LAYOUTS[str(spec["layout"])]
        with_fields = {
            "seed": "stax",
            "title-meta-text-url": "staxu",
            "title-text-meta": "stax",
            "line-dash": "sta",
            "line-age-first": "sta",
            "bulleted": "sta",
            "title-age-line": "ta",
            "meta-title-text": "stax",
        }[str(spec["layout"])]
        card_blank = spec["blank"] or len(layout("t", "s", "a", "x", "u")) > 1 and fam % 2 == 0
        for t in teasers[:3]:
            if card_blank:
                lines.append("")
            lines += layout(t["title"], t["source"], t["age"], t["text"], t["url"])
            for key, letter in (("source", "s"), ("age", "a"), ("text", "x"), ("url", "u")):
                if letter not in with_fields:
                    t[key] = None
        lines += ["", chrome[8], chrome[7]]
        expect_chrome += [chrome[8], chrome[7]]
        story = paras
        yield Generated(
            id=f"f{fam:02d}-{n:03d}",
            family=fam,
            lang=lang,
            text="\n".join(lines) + "\n",
            title=title,
            story=story,
            chrome=expect_chrome,
            teasers=[teasers[3]] + teasers[:3] if len(teasers) > 3 else teasers,
        )
