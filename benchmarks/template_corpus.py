"""Generated multi-source corpora for template learning: real stories, made-up chrome.

Six made-up sources (three publish HTML pages, three text dumps as JSON Lines with a
``source``), each with chrome wordings of its own that no bundled rule names: a masthead,
a meta line whose numbers vary, an app pitch and a newsletter sentence between paragraphs
(on some pages), a comment-count line, a teaser rail in the source's own card layout and
footer lines (one a full sentence). The stories are the real article bodies of the shared
extraction benchmark (``../shared/benchmarks/extraction/ground-truth.json``); sources of the
*tune* split take the first half of its articles, sources of the *held-out* split the other
half, so held-out sources differ in wording, layout and stories from those thresholds were
tuned on. A source's pages repeat stories (copies of one story on one site happen).

``generate(out, pages, seed)`` writes ``OUT/<source>.jsonl`` (one page a line) and
``OUT/truth.jsonl`` (per page: its story, the chrome lines it shows, its teaser titles);
``pages_of(...)`` yields the same pages without writing them (for the scale runs).

    python benchmarks/template_corpus.py OUT --pages 200 --seed 15
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

GROUND_TRUTH = Path(__file__).resolve().parents[2] / "shared/benchmarks/extraction/ground-truth.json"


@dataclass(frozen=True)
class Source:
    """One made-up site: its name, format, split and chrome wordings (``{n}``: a number)."""

    name: str
    domain: str
    format: str
    split: str
    masthead: str
    meta: str
    app: str
    newsletter: str
    comments: str
    rail: str
    cards: str
    """Teaser card layout: ``paren`` (Title (Source, age)), ``two-line`` (title / Source · age),
    ``dash`` (Title — Source, age); HTML sources put cards in list items."""
    footer: tuple[str, ...]


SOURCES = (
    Source("harbourwatch", "harbourwatch.example", "text", "tune", "HARBOURWATCH DAILY",
           "Harbourwatch desk · {n} min", "Get Harbourwatch on your phone",
           "The day's top stories in your inbox every morning.",
           "{n} readers are talking about this", "Harbourwatch picks", "paren",
           ("Harbourwatch is an independent newsroom covering ports, ships and the people on them.",
            "© 2025 Harbourwatch Media Ltd")),
    Source("tidewire", "tidewire.example", "html", "tune", "Tidewire",
           "Updated {n}:{n2} · {n} min", "Listen on the Tidewire app, free for a month.",
           "Sign up for Tidewire Mornings and never miss a tide of news.",
           "Join {n} others in the Tidewire forum", "Elsewhere on Tidewire", "two-line",
           ("Tidewire is funded by its readers. Become a member today and support us.",
            "Tidewire Publishing Group, 2025")),
    Source("fernlight", "fernlight.example", "text", "tune", "Fernlight · the quiet news",
           "Fernlight · issue {n}", "Fernlight reads better in the app",
           "Every Sunday we send one long read worth your time. It is free.",
           "{n} notes from readers", "Also in Fernlight", "dash",
           ("Fernlight is written in the open and published without ads or trackers.",
            "Fernlight {n}")),
    Source("quarrypost", "quarrypost.example", "html", "held-out", "The Quarry Post",
           "Filed {n} hours ago · {n} min", "Take The Quarry Post with you: download our app.",
           "Our evening digest lands at six. Add your address to get it.",
           "{n} people have left a note", "More from the Quarry", "paren",
           ("The Quarry Post is owned by a trust and answers to no shareholder.",
            "All content © The Quarry Post {n}")),
    Source("lanternbrief", "lanternbrief.example", "text", "held-out", "LanternBrief",
           "LanternBrief · {n} sources · {n} min", "Open LanternBrief for the full picture",
           "Want the brief before breakfast? It arrives at seven, every weekday.",
           "Discussion ({n})", "Lantern also lit", "two-line",
           ("LanternBrief summarises reporting from many outlets and links to every one of them.",
            "LanternBrief Labs")),
    Source("mossgate", "mossgate.example", "html", "held-out", "Mossgate",
           "Mossgate · reading time {n} min", "Mossgate on iOS and Android: read offline.",
           "One email, every Friday, with the stories we could not stop thinking about.",
           "{n} replies so far", "Keep reading at Mossgate", "dash",
           ("Mossgate is a cooperative of writers and editors based in three small towns.",
            "Mossgate Co-op {n}")),
)
OUTLETS = ("Port Ledger", "Coastal Wire", "Valley Courier", "The Ridge Times", "Northline",
           "Evening Lamp", "Delta Register", "Canal Street Journal")
AGES = ("{n} hours ago", "{n} minutes ago", "yesterday", "{n} days ago")


def articles() -> list[list[str]]:
    """The benchmark's article bodies as paragraph lists, in the order of their ids."""
    data = json.loads(GROUND_TRUTH.read_text("utf-8"))
    out = []
    for key in sorted(data):
        paragraphs = [re.sub(r"\s+", " ", p).strip() for p in data[key]["articleBody"].split("\n")]
        paragraphs = [p for p in paragraphs if p][:30]
        if sum(len(p.split()) for p in paragraphs) >= 80:
            out.append(paragraphs)
    return out


def _fill(text: str, rng: random.Random) -> str:
    return text.replace("{n2}", f"{rng.randrange(60):02d}").replace(
        "{n}", str(rng.randrange(2, 60)))


def _title(paragraphs: list[str]) -> str:
    words = re.split(r"(?<=[.!?])\s", paragraphs[0])[0].split()[:12]
    return " ".join(words).rstrip(".,;:")


def _card(pool: list[list[str]], rng: random.Random) -> dict[str, str]:
    return {"title": _title(rng.choice(pool)), "source": rng.choice(OUTLETS),
            "age": _fill(rng.choice(AGES), rng)}


def _card_lines(src: Source, card: dict[str, str]) -> list[str]:
    if src.cards == "paren":
        return [f"{card['title']} ({card['source']}, {card['age']})"]
    if src.cards == "dash":
        return [f"{card['title']} — {card['source']}, {card['age']}"]
    return [card["title"], f"{card['source']} · {card['age']}"]


def page(src: Source, number: int, pool: list[list[str]], rng: random.Random) -> tuple[dict, dict]:
    """One page of ``src``: its input line and its truth."""
    story = rng.choice(pool)
    title = _title(story)
    meta = _fill(src.meta, rng)
    comments = _fill(src.comments, rng)
    footer = [_fill(f, rng) for f in src.footer]
    cards = [_card(pool, rng) for _ in range(rng.randrange(3, 6))]
    app_at = rng.randrange(1, max(2, len(story))) if rng.random() < 0.7 else None
    news_at = rng.randrange(1, max(2, len(story))) if rng.random() < 0.6 else None
    body: list[tuple[str, str]] = []  # (kind, text): kind "p" story, "x" chrome
    for i, paragraph in enumerate(story):
        if i == app_at:
            body.append(("x", src.app))
        if i == news_at:
            body.append(("x", src.newsletter))
        body.append(("p", paragraph))
    chrome = [src.masthead, meta, *[t for k, t in body if k == "x"], comments, src.rail, *footer]
    truth = {"id": f"{src.name}/{number}", "source": src.name, "split": src.split,
             "story": "\n\n".join(story), "title": title, "chrome": chrome,
             "teasers": [c["title"] for c in cards]}
    if src.format == "text":
        lines = [src.masthead, title, meta, *[t for _, t in body], comments, src.rail]
        for card in cards:
            lines.extend(_card_lines(src, card))
        lines.extend(footer)
        line = {"id": truth["id"], "source": src.name, "text": "\n".join(lines) + "\n"}
    else:
        line = {"id": truth["id"], "url": f"https://{src.domain}/story/{number}",
                "html": _html(src, title, meta, body, comments, cards, footer, number)}
    return line, truth


def _html(src: Source, title: str, meta: str, body: list[tuple[str, str]], comments: str,
          cards: list[dict[str, str]], footer: list[str], number: int) -> str:
    e = html.escape
    p = src.name[:2]
    parts = [f"<!doctype html><html><head><meta charset='utf-8'><title>{e(title)} | "
             f"{e(src.masthead)}</title></head><body>",
             f"<div class='{p}-top'><b>{e(src.masthead)}</b></div>",
             f"<div class='{p}-main'><h1>{e(title)}</h1><div class='{p}-m'>{e(meta)}</div>",
             f"<div class='{p}-body'>"]
    for kind, text in body:
        parts.append(f"<p class='{p}-x'>{e(text)}</p>" if kind == "x" else f"<p>{e(text)}</p>")
    parts.append(f"</div><div class='{p}-c'><p>{e(comments)}</p></div>")
    parts.append(f"<section class='{p}-rail'><h3>{e(src.rail)}</h3><ul>")
    for i, card in enumerate(cards):
        meta_text = (f"{card['source']} · {card['age']}" if src.cards == "two-line"
                     else f"{card['source']}, {card['age']}")
        parts.append(f"<li><a href='https://{src.domain}/story/{number}-{i}'>{e(card['title'])}</a> "
                     f"<span class='{p}-s'>{e(meta_text)}</span></li>")
    parts.append(f"</ul></section></div><div class='{p}-base'>")
    parts.extend(f"<p>{e(f)}</p>" for f in footer)
    parts.append("</div></body></html>")
    return "".join(parts)


def pages_of(sources: tuple[Source, ...], per_source: int, seed: int) -> Iterator[tuple[dict, dict]]:
    """Every page of the corpus: ``per_source`` pages of each source, sources interleaved."""
    pool = articles()
    half = len(pool) // 2
    pools = {"tune": pool[:half], "held-out": pool[half:]}
    rngs = {s.name: random.Random(f"{seed}:{s.name}") for s in sources}
    for number in range(per_source):
        for src in sources:
            yield page(src, number, pools[src.split], rngs[src.name])


def generate(out: Path, per_source: int, seed: int,
             sources: tuple[Source, ...] = SOURCES) -> Path:
    """Write the corpus under ``out``; return the truth file's path."""
    out.mkdir(parents=True, exist_ok=True)
    files = {s.name: (out / f"{s.name}.jsonl").open("w", encoding="utf-8") for s in sources}
    truth_path = out / "truth.jsonl"
    with truth_path.open("w", encoding="utf-8") as truth:
        for line, fact in pages_of(sources, per_source, seed):
            files[fact["source"]].write(json.dumps(line, ensure_ascii=False) + "\n")
            truth.write(json.dumps(fact, ensure_ascii=False) + "\n")
    for f in files.values():
        f.close()
    return truth_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", type=int, default=200, help="pages per source")
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    print(generate(args.out, args.pages, args.seed))


if __name__ == "__main__":
    main()
