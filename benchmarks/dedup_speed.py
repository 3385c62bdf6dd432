"""Speed and memory of near-duplicate detection on generated news-length documents.

Generates ``--docs`` documents (default 100,000) of about 400 words drawn from a Zipf-like
vocabulary, 10% of them near-copies (5% word edits) of earlier ones, and measures in one
process:

* the reference: datasketch's per-document ``MinHash`` (``update`` per shingle, and
  ``update_batch``) with plain-Python word n-gram shingling, on a ``--ref-docs`` subset;
* rensa's Rust ``RMinHash`` with the same plain-Python shingling, on the subset (if installed);
* declutter's signatures (normalise + vectorised shingle hashing + vectorised MinHash, numpy);
* the index: query-then-insert of every signature with verification, as ``dedup`` does it,
  with declutter's ``CompactLSH`` (the default in-memory/embedded LSH) and with datasketch's
  ``MinHashLSH`` on dict storage (on ``4 x --ref-docs`` documents), and the memory each holds
  per document once built (tracemalloc; the signatures themselves not counted);
* end to end: ``dedup_stream`` over the records (count lines, sketch, cluster, annotate) in
  docs/s; and again with the texts cut into paragraphs of 60 words, each record given one of
  200 sources and its source's 80-word appeal as a last paragraph (the boilerplate path:
  lines counted and hashed, masks built, stars compared without the appeal);
* peak RSS of the process.

Which library does what: shingle hashing and MinHash are numpy (declutter.dedup.shingle and
.minhash); LSH buckets in memory and in the embedded index are declutter's CompactLSH (datasketch's
bands and rows, sorted numpy arrays), with ``--index redis://`` datasketch's MinHashLSH and its
Redis storage layer; rensa is measured only as a reference.

Run: ``python3 benchmarks/dedup_speed.py [--docs 100000] [--ref-docs 5000]``

``--only-end-to-end`` times only the two end-to-end runs, by the wall clock and by the
process's CPU time (steadier on a shared machine), and the tracemalloc peak per story; with
``PYTHONPATH`` set to a git worktree of another commit, it measures that commit on the same
documents (its ``dedup_stream`` called the same way), so two commits compare in alternate runs.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np
from datasketch import MinHashLSH
from rich.console import Console
from rich.table import Table

from declutter.dedup import DedupConfig, dedup_stream
from declutter.dedup.cluster import Doc
from declutter.dedup.engine import find_pairs
from declutter.dedup.index import Index
from declutter.dedup.lsh import CompactLSH
from declutter.dedup.minhash import Signature, signatures_and_sizes
from declutter.dedup.shingle import normalise


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def generate(count: int, words: int, seed: int) -> list[str]:
    """News-length texts over a 30,000-word Zipf vocabulary; every 10th is a 5%-edited copy."""
    rng = np.random.default_rng(seed)
    syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "an", "el", "or", "us"]
    vocab = np.array(["".join(rng.choice(syllables, size=rng.integers(1, 5))) for _ in range(30000)])
    weights = 1.0 / np.arange(1, len(vocab) + 1)
    weights /= weights.sum()
    texts: list[str] = []
    for i in range(count):
        if i % 10 == 9:
            base = texts[int(rng.integers(0, i))].split(" ")
            for j in rng.choice(len(base), size=len(base) // 20, replace=False):
                base[j] = str(vocab[int(rng.integers(0, len(vocab)))])
            texts.append(" ".join(base))
        else:
            n = int(rng.integers(words - 100, words + 100))
            picks = vocab[rng.choice(len(vocab), size=n, p=weights)]
            sentences = [" ".join(picks[k : k + 15]).capitalize() + "." for k in range(0, n, 15)]
            texts.append(" ".join(sentences))
    return texts


def plain_shingles(text: str, n: int) -> list[str]:
    words = normalise(text).split(" ")
    return [" ".join(words[i : i + n]) for i in range(max(1, len(words) - n + 1))]


def lsh_bytes_per_doc(docs: list, config: DedupConfig, compact: bool) -> float:
    """Bytes the LSH holds per story once built (tracemalloc; the signatures are not counted)."""
    gc.collect()
    tracemalloc.start()
    lsh = CompactLSH(config) if compact else MinHashLSH(num_perm=config.num_perm,
                                                        params=config.bands)
    for doc in docs:
        lsh.insert(doc.id, Signature(doc.signature), check_duplication=False)
    if compact:
        lsh.merge()
    used = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del lsh
    return used / len(docs)


def with_sources(texts: list[str], seed: int) -> list[dict]:
    """The records of the second end-to-end row: paragraphs of 60 words, one of 200 sources,
    and the source's 80-word appeal as the last paragraph."""
    appeals = [" ".join(t.split()[:80]) for t in generate(200, 300, seed + 1)]
    out = []
    for i, text in enumerate(texts):
        words = text.split(" ")
        body = "\n\n".join(" ".join(words[k : k + 60]) for k in range(0, len(words), 60))
        out.append({"id": f"d{i}", "source": f"s{i % 200}", "text": f"{body}\n\n{appeals[i % 200]}",
                    "teasers": [], "meta": {}, "error": None})
    return out


def end_to_end_only(args: argparse.Namespace) -> int:
    """``--only-end-to-end``: one JSON line per row (docs/s by wall clock and by CPU time,
    tracemalloc peak bytes a story in a second run, duplicates flagged, LSH candidate pairs)."""
    import json

    import declutter

    texts = generate(args.docs, args.words, args.seed)
    plain = [{"id": f"d{i}", "text": t, "teasers": [], "meta": {}, "error": None}
             for i, t in enumerate(texts)]
    for name, records in (("plain", plain), ("sources", with_sources(texts, args.seed))):
        gc.collect()
        wall, cpu = time.perf_counter(), time.process_time()
        summary = dedup_stream(lambda r=records: iter(r), lambda _: None, DedupConfig())
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        gc.collect()
        tracemalloc.start()
        dedup_stream(lambda r=records: iter(r), lambda _: None, DedupConfig())
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(json.dumps({"code": str(Path(declutter.__file__).parents[1]), "records": name,
                          "docs_s": round(len(records) / wall),
                          "docs_per_cpu_s": round(len(records) / cpu),
                          "peak_bytes_per_story": round(peak / len(records)),
                          "duplicates": summary.duplicates,
                          "candidates": summary.candidates}), flush=True)
    return 0


def rate(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--ref-docs", type=int, default=5_000)
    parser.add_argument("--words", type=int, default=400)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--only-end-to-end", action="store_true",
                        help="Only the two end-to-end rows, with CPU time and memory a story.")
    args = parser.parse_args()
    if args.only_end_to_end:
        return end_to_end_only(args)
    console = Console()
    config = DedupConfig()
    console.print(f"generating {args.docs} documents of ~{args.words} words ...")
    texts = generate(args.docs, args.words, args.seed)
    subset = texts[: args.ref_docs]
    figures: dict[str, float] = {}

    from datasketch import MinHash

    t0 = time.perf_counter()
    for text in subset:
        m = MinHash(num_perm=config.num_perm)
        for s in plain_shingles(text, config.ngram):
            m.update(s.encode("utf-8"))
    figures["datasketch MinHash.update loop"] = rate(len(subset), time.perf_counter() - t0)
    t0 = time.perf_counter()
    for text in subset:
        m = MinHash(num_perm=config.num_perm)
        m.update_batch([s.encode("utf-8") for s in plain_shingles(text, config.ngram)])
    figures["datasketch MinHash.update_batch"] = rate(len(subset), time.perf_counter() - t0)
    t0 = time.perf_counter()
    for text in subset:
        plain_shingles(text, config.ngram)
    figures["plain-Python shingling only"] = rate(len(subset), time.perf_counter() - t0)
    try:
        import rensa

        t0 = time.perf_counter()
        for text in subset:
            r = rensa.RMinHash(num_perm=config.num_perm, seed=config.seed)
            r.update(plain_shingles(text, config.ngram))
            r.digest()
        figures["rensa RMinHash (+ Python shingling)"] = rate(len(subset), time.perf_counter() - t0)
    except ImportError:
        console.print("rensa not installed: its row is left out")

    gc.collect()
    t0 = time.perf_counter()
    sig_parts, size_parts = [], []
    for start in range(0, len(texts), config.batch_size):
        sigs, sizes = signatures_and_sizes(texts[start : start + config.batch_size], config)
        sig_parts.append(sigs)
        size_parts.append(sizes)
    sig_seconds = time.perf_counter() - t0
    signatures = np.vstack(sig_parts)
    sizes = np.concatenate(size_parts)
    figures["declutter signatures (numpy)"] = rate(len(texts), sig_seconds)

    docs = [Doc(id=f"d{i}", signature=signatures[i], size=int(sizes[i]), length=len(texts[i]),
                seen="", run=1, ordinal=i) for i in range(len(texts))]
    gc.collect()
    for compact, name in ((True, "CompactLSH"), (False, "datasketch MinHashLSH dict")):
        subset_docs = docs if compact else docs[: args.ref_docs * 4]
        index = Index(config, compact=compact)
        t0 = time.perf_counter()
        uf, _ = find_pairs(subset_docs, index, {d.id: d for d in subset_docs}, config)
        figures[f"index insert+query+verify ({name})"] = rate(len(subset_docs),
                                                               time.perf_counter() - t0)
        if compact:
            dup_groups = sum(1 for c in uf.components() if len(c) > 1)
        del index, uf
        gc.collect()
    memory = {name: lsh_bytes_per_doc(docs if compact else docs[: args.ref_docs * 4], config,
                                      compact)
              for compact, name in ((True, "CompactLSH"), (False, "datasketch MinHashLSH dict"))}

    records = [{"id": f"d{i}", "text": t, "teasers": [], "meta": {}, "error": None}
               for i, t in enumerate(texts)]
    written = 0

    def count(_record: dict) -> None:
        nonlocal written
        written += 1

    t0 = time.perf_counter()
    summary = dedup_stream(lambda: iter(records), count, config)
    e2e = time.perf_counter() - t0
    figures["declutter end to end (dedup_stream)"] = rate(len(records), e2e)
    records.clear()
    sourced = with_sources(texts, args.seed)
    gc.collect()
    t0 = time.perf_counter()
    sourced_summary = dedup_stream(lambda: iter(sourced), count, config)
    figures["declutter end to end, 200 sources, paragraphs, each source's appeal"] = rate(
        len(sourced), time.perf_counter() - t0)
    sourced.clear()

    reference = figures["datasketch MinHash.update loop"]
    best_reference = max(reference, figures["datasketch MinHash.update_batch"])
    table = Table(title=f"dedup speed on {len(texts)} docs (reference rows on {len(subset)}), "
                        f"ngram={config.ngram}, num_perm={config.num_perm}, "
                        f"bands x rows={config.bands}")
    table.add_column("step")
    table.add_column("docs/s", justify="right")
    table.add_column("x update loop", justify="right")
    table.add_column("x update_batch", justify="right")
    for name, value in figures.items():
        table.add_row(name, f"{value:,.0f}", f"{value / reference:.1f}",
                      f"{value / figures['datasketch MinHash.update_batch']:.1f}")
    console.print(table)
    for name, per_doc in memory.items():
        console.print(f"index memory, {name}: {per_doc:,.0f} bytes/doc beyond the "
                      f"{config.num_perm * 4}-byte signature (target <= 1024)")
    console.print(f"clusters with copies: {dup_groups} (planted copies: {len(texts) // 10}); "
                  f"dedup_stream duplicates flagged: {summary.duplicates} "
                  f"({sourced_summary.duplicates} with sources and appeals)")
    console.print(f"peak RSS: {peak_rss_mb():,.0f} MB")
    e2e_ratio = figures["declutter end to end (dedup_stream)"] / best_reference
    console.print(f"end to end vs the faster datasketch reference: {e2e_ratio:.1f}x (target >= 3x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
