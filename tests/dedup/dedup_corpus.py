"""Helpers of the dedup tests: a generated news-like corpus of made-up words."""

from __future__ import annotations

import random

_SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "an", "el", "or", "us", "be"]


def make_vocab(seed: int = 11, size: int = 3000) -> list[str]:
    rng = random.Random(seed)
    words = {"".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 4))) for _ in range(size)}
    return sorted(words)


VOCAB = make_vocab()


def make_story(rng: random.Random, words: int = 300) -> str:
    """A story of ``words`` words in sentences and paragraphs of made-up words."""
    picks = [rng.choice(VOCAB) for _ in range(words)]
    sentences = [" ".join(picks[i : i + 12]).capitalize() + "." for i in range(0, words, 12)]
    paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
    return "\n\n".join(paragraphs)


def edit(text: str, fraction: float, rng: random.Random) -> str:
    """Replace a ``fraction`` of the words at random positions."""
    words = text.split(" ")
    for i in rng.sample(range(len(words)), round(fraction * len(words))):
        words[i] = rng.choice(VOCAB)
    return " ".join(words)


def record(rid: str, text: str, teasers: list[dict] | None = None, **meta) -> dict:
    """An output record of ``declutter clean``."""
    return {"id": rid, "url": f"https://news.example/{rid}", "source": rid.split("-")[0],
            "title": f"Title of {rid}", "text": text, "teasers": teasers or [], "removed": [],
            "meta": dict(meta), "error": None}


def teaser(text: str) -> dict:
    return {"title": "A teaser", "source": "Wire", "age": "2 hours ago", "text": text, "url": None}
