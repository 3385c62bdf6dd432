"""The long fuzz campaign: the property checks of ``tests/reliability/test_properties.py``
with many more examples, a time budget per target, and every failure kept instead of
stopping at the first.

For each target (parser, text dumps, JSONL lines, rule files, record writer, damaged WARC
files, folder trees with odd names and links: see ``fuzz/containers.py``) it prints the
inputs tried, how they ended (record, error record, rule file refused), failures found (an
exception or a broken property: the input and the traceback go to ``fuzz/out/``), the
slowest input and the time taken. Hypothesis is driven with random generation
(``database=None``, no shrinking), so one run explores fresh inputs.

Run: ``python3 fuzz/campaign.py [--minutes 10] [--examples 200000] [--targets html,text,...]``
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.errors import HypothesisException

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "reliability")]

import test_properties as props  # noqa: E402

sys.path.insert(0, str(ROOT / "fuzz"))
import containers  # noqa: E402

OUT = ROOT / "fuzz" / "out"


class Target:
    """One property check driven by one strategy, with its counters."""

    def __init__(self, name: str, strategy: st.SearchStrategy, check: Callable[[Any], Any],
                 outcome: Callable[[Any], str]) -> None:
        self.name, self.strategy, self.check, self.outcome = name, strategy, check, outcome
        self.tried = 0
        self.outcomes: Counter[str] = Counter()
        self.failures: list[tuple[Any, str]] = []
        self.slowest = (0.0, None)

    def run_one(self, value: Any) -> None:
        self.tried += 1
        start = time.perf_counter()
        try:
            result = self.check(value)
        except Exception:  # a failure of the property: keep it and go on
            self.failures.append((value, traceback.format_exc()))
            self.outcomes["FAILURE"] += 1
        else:
            self.outcomes[self.outcome(result)] += 1
        took = time.perf_counter() - start
        if took > self.slowest[0]:
            self.slowest = (took, value)


def _record_outcome(record: Any) -> str:
    return "error record" if record.error else "record"


def _targets() -> dict[str, Target]:
    return {
        "html": Target("parser (random bytes, tag soup)", props.HTML_INPUT, props.check_html,
                       _record_outcome),
        "text": Target("text-dump splitter", props.DUMP_TEXT, props.check_text, _record_outcome),
        "jsonl": Target("JSONL lines", st.lists(st.binary(max_size=300).filter(
            lambda b: b"\n" not in b), max_size=20), _jsonl, lambda n: "items"),
        "rules": Target("rule files (load, apply to 3 pages)", props.rule_files(), props.check_rules,
                        lambda r: "refused (RuleError)" if r is None else "loaded and applied"),
        "writer": Target("record writer", st.lists(props.RECORDS, max_size=5), props.check_writer,
                         lambda _: "written"),
        "warc": Target("damaged WARC files", containers.WARC_CASES, containers.check_warc,
                       lambda r: r),
        "trees": Target("folder trees (odd names, links)", containers.TREES,
                        containers.check_tree, lambda r: r),
    }


def _jsonl(lines: list[bytes]) -> int:
    if b"\n".join(lines).startswith(b"\x1f\x8b"):
        return 0
    props.test_every_jsonl_line_gives_one_item.hypothesis.inner_test(lines)
    return len(lines)


def drive(target: Target, examples: int, seconds: float) -> float:
    """Feed ``target`` random examples until ``examples`` or ``seconds`` run out."""
    deadline = time.monotonic() + seconds
    start = time.perf_counter()

    class Done(Exception):
        pass

    @settings(max_examples=examples, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(target.strategy)
    def run(value: Any) -> None:
        if time.monotonic() > deadline:
            raise Done
        target.run_one(value)

    while target.tried < examples and time.monotonic() < deadline:
        try:
            run()
        except Done:
            break
        except HypothesisException:
            break
    return time.perf_counter() - start


def main() -> None:
    import logging

    logging.disable(logging.WARNING)  # bs4's "characters could not be decoded", once per page
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="total time, split over targets")
    parser.add_argument("--examples", type=int, default=200_000, help="most inputs per target")
    parser.add_argument("--targets", default="html,text,jsonl,rules,writer,warc,trees")
    args = parser.parse_args()
    targets = _targets()
    chosen = [t.strip() for t in args.targets.split(",")]
    share = args.minutes * 60 / len(chosen)
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"{'target':40} {'inputs':>8} {'failures':>8} {'seconds':>8} {'slowest s':>9}  outcomes")
    total_tried = total_failed = 0
    for key in chosen:
        target = targets[key]
        (OUT / f"failures-{key}.txt").unlink(missing_ok=True)  # from an earlier campaign
        took = drive(target, args.examples, share)
        total_tried += target.tried
        total_failed += len(target.failures)
        outcomes = ", ".join(f"{k}: {v}" for k, v in sorted(target.outcomes.items()))
        print(f"{target.name:40} {target.tried:>8} {len(target.failures):>8} {took:>8.0f} "
              f"{target.slowest[0]:>9.3f}  {outcomes}", flush=True)
        if target.failures:
            with (OUT / f"failures-{key}.txt").open("w", encoding="utf-8") as fh:
                for value, tb in target.failures:
                    fh.write(f"input: {value!r}\n{tb}\n")
        with (OUT / f"slowest-{key}.txt").open("w", encoding="utf-8") as fh:
            fh.write(f"{target.slowest[0]:.3f} s\n{target.slowest[1]!r}\n")
    print(f"total: {total_tried} inputs, {total_failed} failures")
    if containers.STATS:
        print(", ".join(f"{k}: {v}" for k, v in sorted(containers.STATS.items())))


if __name__ == "__main__":
    main()
