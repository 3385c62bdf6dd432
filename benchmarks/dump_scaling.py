"""Bad and large text dumps: time grows linearly with the dump's size.

Each kind of dump is cleaned at 1x, 10x and 100x its base size (``Pipeline.clean``, bundled
rules, one process; fastest of three) and the CPU time is printed with its ratio to the 1x run:
linear means ratios near 10 and 100. Every run must give a record or an error record.

    python3 benchmarks/dump_scaling.py
    python3 benchmarks/dump_scaling.py --gc-off     # the same with the cyclic GC disabled
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from declutter.io.readers import RawPage  # noqa: E402
from declutter.pipeline import Pipeline  # noqa: E402

PARAGRAPH = "The council said the overruns came from ground conditions near the river, as engineers found."
ROW = ["Share · Email · Print", "Source Wire · 3 hours ago", "A title-like line of six words"]
SCRIPTS = "東京で会議 Заголовок news line with words, والعربية ٣ ساعات"
KINDS: dict[str, Callable[[int], str]] = {
    # 500 lines of story and chrome, repeated
    "story lines": lambda n: "Headline of the page\n" + "\n".join(
        [PARAGRAPH, *ROW][i % 4]
        for i in range(500 * n)
    ),
    "chrome only": lambda n: "\n".join(["Share", "Facebook", "Accept cookies", "© 2025 Nobody"][i % 4]
                                       for i in range(500 * n)),
    "one long line": lambda n: "Title\n" + "word " * (10_000 * n),
    "mixed scripts": lambda n: "\n".join(SCRIPTS for _ in range(500 * n)),
    "teaser cards": lambda n: "Title\n" + PARAGRAPH + "\n" + "\n".join(
        f"Card title number {i} about the strike\n{PARAGRAPH}\nWire {i % 7} | {i % 9 + 1}h"
        for i in range(170 * n)
    ),
}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--gc-off" in args:  # shows how much of the growth is Python's cyclic collector
        gc.disable()
    pipe = Pipeline(page_seconds=0)
    print("| dump | 1x lines | 1x ms | 10x / 1x | 100x / 1x | records |")
    print("|---|---|---|---|---|---|")
    for name, make in KINDS.items():
        times, outcomes = [], []
        lines = 0
        for scale in (1, 10, 100):
            text = make(scale)
            if scale == 1:
                lines = text.count("\n") + 1
            raw = RawPage(id=name, format="text", content=text.encode("utf-8"))
            best = float("inf")
            for _ in range(3):  # fastest of three: the machine is shared
                start = time.process_time()
                record = pipe.clean(raw)
                best = min(best, time.process_time() - start)
            times.append(best)
            outcomes.append("error" if record.error else "record")
        print(f"| {name} | {lines:,} | {times[0] * 1000:.1f} | {times[1] / times[0]:.1f} "
              f"| {times[2] / times[0]:.1f} | {'/'.join(outcomes)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
