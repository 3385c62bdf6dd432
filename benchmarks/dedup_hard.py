"""The hard kinds of near-duplicates (issue 14), measured on corpora built from the extraction
benchmark's articles (``dedup_quality.py`` prints these after its main table).

* **site appeals**: up to 12 sources, each with 20 short briefs (the first 30-60 words of different
  articles; again with 20-30 words, the shape a fresh user tried; and with 5-15) under the same
  ~85-word appeal of that source, and one republished copy (2% edits) of 3 briefs per source.
  Right answer: no two different briefs share a cluster; each republished copy joins its brief.
* **invisible characters**: every article once more with soft hyphens inside long words, zero-
  width spaces and word joiners between some words' letters, no-break spaces and decomposed
  accents (NFD). Right answer: every copy joins its article.
* **sliding windows**: per long article, pages of 10 consecutive sentences moved on by 2.
  Right answer: every page's similarity to its canonical copy (estimated, as reported, and the
  exact 3-gram Jaccard) is at least the threshold.
* **recall at the threshold**: pairs of texts of distinct words with an exact 3-gram Jaccard of
  the threshold, +0.05 and +0.1, with the probability the bands make them candidates.

The defaults (``lsh_recall``, ``template_min_docs`` and the half-of-the-source rule) were set on
the three small page sets of ``../shared/cases/dedup/``; these corpora were not looked at
before, so their figures are held-out ones.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections import defaultdict

from rich.console import Console
from rich.table import Table

from declutter.dedup import DedupConfig, dedup_stream
from declutter.dedup.shingle import shingles

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _run(records: list[dict], config: DedupConfig) -> dict[str, dict]:
    out: list[dict] = []
    dedup_stream(lambda: iter(records), out.append, config)
    return {r["id"]: r for r in out}


def _record(rid: str, text: str, source: str | None) -> dict:
    return {"id": rid, "source": source, "title": None, "text": text, "teasers": [], "meta": {},
            "error": None}


def site_appeals(articles: list[tuple[str, str]], vocab: list[str], rng: random.Random,
                 config: DedupConfig, words: tuple[int, int] = (30, 60)) -> dict:
    """False joins between different briefs (``words`` long) of a source, and republished
    copies found."""
    records: list[dict] = []
    family: dict[str, str] = {}
    picks = rng.sample(articles, min(len(articles), 12 * 20))
    copies = 0
    for s in range(len(picks) // 20):
        appeal = " ".join(rng.choice(vocab) for _ in range(rng.randint(80, 90))) + "."
        for k, (key, body) in enumerate(picks[s * 20 : (s + 1) * 20]):
            kept = body.split()[: rng.randint(*words)]
            brief = " ".join(kept) + "\n\n" + appeal
            rid = f"s{s}-{k}"
            records.append(_record(rid, brief, f"source-{s}"))
            family[rid] = key
            if k < 3:
                copies += 1
                copy = list(kept)
                for j in rng.sample(range(len(copy)), max(1, len(copy) // 50)):
                    copy[j] = rng.choice(vocab)
                records.append(_record(rid + "-again", " ".join(copy) + "\n\n" + appeal,
                                       f"source-{s}"))
                family[rid + "-again"] = key
    out = _run(records, config)
    false_joins = found = 0
    groups: dict[str, list[str]] = defaultdict(list)
    for rid, rec in out.items():
        groups[rec["dup"]["cluster"]].append(rid)
    for members in groups.values():
        fams = [family[m] for m in members]
        false_joins += sum(a != b for i, a in enumerate(fams) for b in fams[i + 1 :])
    for rid in family:
        if rid.endswith("-again"):
            found += out[rid]["dup"]["cluster"] == out[rid[: -len("-again")]]["dup"]["cluster"]
    return {"records": len(records), "false_joins": false_joins, "copies": copies, "found": found}


def _hide(text: str, rng: random.Random) -> str:
    words = []
    for word in text.split(" "):
        if len(word) >= 8 and rng.random() < 0.7:
            cut = rng.randint(3, len(word) - 3)
            word = word[:cut] + "\u00ad" + word[cut:]
        elif len(word) >= 4 and rng.random() < 0.05:
            word = word[:2] + rng.choice("\u200b\u2060") + word[2:]
        words.append(word)
    joined = "".join(w + (" " if rng.random() < 0.9 else "\u00a0") for w in words).strip()
    return "\ufeff" + unicodedata.normalize("NFD", joined)


def invisible_copies(articles: list[tuple[str, str]], rng: random.Random,
                     config: DedupConfig) -> dict:
    """Copies that differ only invisibly: how many join their article."""
    records = []
    for key, body in articles:
        records.append(_record(f"a-{key}", body, "first"))
        records.append(_record(f"b-{key}", _hide(body, rng), "second"))
    out = _run(records, config)
    joined = sum(out[f"b-{k}"]["dup"]["cluster"] == out[f"a-{k}"]["dup"]["cluster"]
                 for k, _ in articles)
    return {"copies": len(articles), "joined": joined}


def sliding_windows(articles: list[tuple[str, str]], config: DedupConfig) -> dict:
    """Pages of 10 sentences moved on by 2: members below the threshold to their canonical."""
    records, texts = [], {}
    for key, body in articles:
        sentences = _SENTENCE.split(" ".join(body.split()))
        if len(sentences) < 24:
            continue
        for start in range(0, len(sentences) - 10, 2):
            rid = f"{key}-{start:03d}"
            texts[rid] = " ".join(sentences[start : start + 10])
            records.append(_record(rid, texts[rid], "wire"))
    out = _run(records, config)
    below = duplicates = 0
    lowest = 1.0
    for rid, rec in out.items():
        if rec["is_canonical"]:
            continue
        duplicates += 1
        a, b = shingles(texts[rid], config.ngram), shingles(texts[rec["dup"]["canonical"]],
                                                            config.ngram)
        exact = len(a & b) / len(a | b)
        lowest = min(lowest, exact)
        below += rec["dup"]["similarity"] < config.threshold
    return {"pages": len(records), "duplicates": duplicates, "below": below,
            "lowest_exact": lowest}


def planted_pair(rng: random.Random, target: float, words: int = 300) -> tuple[str, str]:
    """Two texts of distinct words whose exact 3-gram Jaccard is ``target`` (within a shingle)."""
    shared = round(2 + target * 2 * (words - 2) / (1 + target))
    tokens = [f"w{rng.randrange(10**9)}" for _ in range(2 * words - shared)]
    return " ".join(tokens[:words]), " ".join(tokens[words - shared :])


def recall_at_threshold(threshold: float, rng: random.Random, pairs: int = 400) -> list[tuple]:
    """``(exact Jaccard, candidate probability, recall)`` at the threshold, +0.05 and +0.1."""
    config = DedupConfig(threshold=threshold)
    rows = []
    for step in (0.0, 0.05, 0.1):
        target = round(threshold + step, 2)
        records = []
        for k in range(pairs):
            a, b = planted_pair(rng, target)
            records += [_record(f"{k}a", a, None), _record(f"{k}b", b, None)]
        out = _run(records, config)
        found = sum(out[f"{k}b"]["dup"]["canonical"] == f"{k}a" for k in range(pairs))
        rows.append((target, config.candidate_probability(target), found / pairs))
    return rows


def report(console: Console, articles: list[tuple[str, str]], vocab: list[str],
           seed: int) -> bool:
    """Print the four tables; True when every right answer is met."""
    rng = random.Random(seed)
    config = DedupConfig()
    appeal = site_appeals(articles, vocab, rng, config)
    shorter = [site_appeals(articles, vocab, rng, config, words) for words in ((20, 30), (5, 15))]
    hidden = invisible_copies(articles, rng, config)
    window = sliding_windows(articles, config)
    table = Table(title=f"hard cases (held-out corpora, seed {seed}, defaults)")
    for col in ("case", "measure", "value", "right answer"):
        table.add_column(col)
    table.add_row("site appeals", f"false joins among {appeal['records']} briefs and copies",
                  str(appeal["false_joins"]), "0")
    table.add_row("", "republished copies joined", f"{appeal['found']} / {appeal['copies']}",
                  "all")
    for words, result in zip(("20-30", "5-15"), shorter, strict=True):
        table.add_row(f"  briefs of {words} words", "false joins; republished copies joined",
                      f"{result['false_joins']}; {result['found']} / {result['copies']}",
                      "0; all" if words == "20-30" else "0; (one word of 5 edited: unsure)")
    table.add_row("invisible characters", "copies joined to their article",
                  f"{hidden['joined']} / {hidden['copies']}", "all")
    table.add_row("sliding windows", f"members below the threshold to their canonical "
                  f"({window['duplicates']} duplicates of {window['pages']} pages)",
                  str(window["below"]), "0")
    table.add_row("", "lowest exact 3-gram Jaccard to the canonical",
                  f"{window['lowest_exact']:.3f}", "")
    console.print(table)
    recall = Table(title="recall at the threshold (planted pairs of exact 3-gram Jaccard; "
                         "candidate probability of the bands)")
    for col in ("threshold", "bands x rows", "exact J", "P(candidate)", "recall"):
        recall.add_column(col)
    for threshold in (0.4, 0.5):
        b, r = DedupConfig(threshold=threshold).bands
        for exact, probability, got in recall_at_threshold(threshold, rng):
            recall.add_row(f"{threshold:.2f}", f"{b} x {r}", f"{exact:.2f}", f"{probability:.3f}",
                           f"{got:.3f}")
    console.print(recall)
    return (all(a["false_joins"] == 0 for a in (appeal, *shorter))
            and all(a["found"] == a["copies"] for a in (appeal, shorter[0]))
            and hidden["joined"] == hidden["copies"] and window["below"] == 0)
