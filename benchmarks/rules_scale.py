"""Rule-engine cost per block with 10 and with 10,000 phrase rules (and as many exact-line rules).

Phrase and prefix rules are compiled into one RE2 set of literals (an Aho-Corasick automaton past
1,000 of them, as at 10,000 here) and exact-line rules into a hash table, so the cost of
labelling a block should barely grow with the number of rules. This script builds rule files of
N generated phrase rules plus N exact-line rules (none of which occur in the pages, plus one of
each that does, so matching work is real), labels the blocks of every text dump in
``samples/dumps/`` many times, and prints the time per block for each N and the ratio between
the largest and the smallest N. For contrast it also times the naive way: a loop over the
phrase rules for every block.

Run: ``python3 benchmarks/rules_scale.py [--repeat 200] [--sizes 10,10000]``
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from declutter.blocks import Page, text_to_blocks
from declutter.ruleset.engine import RuleSet, fold
from declutter.ruleset.load import load_files

ROOT = Path(__file__).resolve().parents[1]
WORDS = ("harbour", "promo", "ledger", "signal", "offer", "digest", "market", "window", "lantern",
         "orbit", "cobalt", "meadow", "quartz", "velvet", "summit", "tundra", "zephyr", "ember")


def rule_file(n: int, seed: int = 7) -> str:
    """YAML text of n phrase rules and n exact-line rules, plus one real match of each kind."""
    rnd = random.Random(seed)
    lines = ["name: scale", "description: generated for the benchmark", "rules:"]
    for i in range(n):
        phrase = " ".join(rnd.choice(WORDS) for _ in range(3)) + f" {i:05d}"
        lines.append(f"  - {{id: p.{i}, description: phrase {i}, match: {{phrase: '{phrase}'}}, "
                     "action: drop}")
        lines.append(f"  - {{id: t.{i}, description: line {i}, match: {{text: 'exact line {i:05d} "
                     f"{rnd.choice(WORDS)}'}}, action: drop}}")
    lines.append("  - {id: real.phrase, description: real, match: {phrase: 'no comments yet'}, "
                 "action: drop}")
    lines.append("  - {id: real.text, description: real, match: {text: 'Advertisement'}, action: drop}")
    return "\n".join(lines) + "\n"


def pages() -> list[list[str]]:
    """The lines of every sample text dump (one list per page)."""
    out = []
    for path in sorted((ROOT / "samples" / "dumps").glob("*.txt")):
        out.append([b.text for b in text_to_blocks(path.read_text("utf-8-sig"))])
    return out


def per_block_seconds(rules: RuleSet, corpus: list[list[str]], repeat: int) -> tuple[float, int]:
    """Median over rounds of (time to label every page) / (blocks labelled)."""
    from declutter.blocks import Block

    blocks = sum(len(p) for p in corpus)
    rounds = []
    for _ in range(repeat):
        fresh = [Page("p", "text", [Block(i, t) for i, t in enumerate(lines)]) for lines in corpus]
        start = time.perf_counter()
        for page in fresh:
            rules.apply(page)
        rounds.append((time.perf_counter() - start) / blocks)
    rounds.sort()
    return rounds[len(rounds) // 2], blocks


def naive_per_block(n: int, corpus: list[list[str]], repeat: int) -> float:
    """A loop over n phrases for every block: what the automaton avoids."""
    rnd = random.Random(7)
    phrases = [" ".join(rnd.choice(WORDS) for _ in range(3)) + f" {i:05d}" for i in range(n)]
    folded = [fold(t) for lines in corpus for t in lines]
    start = time.perf_counter()
    for _ in range(repeat):
        for text in folded:
            for p in phrases:
                if p in text:
                    break
    return (time.perf_counter() - start) / (repeat * len(folded))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=200, help="rounds per size (median is reported)")
    ap.add_argument("--sizes", default="10,10000", help="comma-separated phrase-rule counts")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    corpus = pages()
    results = {}
    print(f"{'phrase rules':>12} {'exact rules':>11} {'load s':>7} {'us/block':>9} {'naive us/block':>15}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            path = Path(tmp) / f"scale-{n}.yaml"
            path.write_text(rule_file(n), "utf-8")
            started = time.perf_counter()
            rules = RuleSet(load_files([path]))
            rules.apply(Page("warm", "text", text_to_blocks("warm up\nAdvertisement\n")))
            load = time.perf_counter() - started
            seconds, blocks = per_block_seconds(rules, corpus, args.repeat)
            naive = naive_per_block(n, corpus, max(1, args.repeat // 20))
            results[n] = seconds
            print(f"{n:>12} {n:>11} {load:>7.2f} {seconds * 1e6:>9.2f} {naive * 1e6:>15.2f}")
    print(f"blocks per round: {blocks} (text dumps in samples/dumps), rounds: {args.repeat}")
    small, large = min(sizes), max(sizes)
    print(f"cost per block, {large} vs {small} phrase rules: {results[large] / results[small]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
