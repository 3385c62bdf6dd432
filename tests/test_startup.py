"""Start-up budget by structure (issue 16): what a command imports, not how long it takes.

Timings depend on the machine and its load; the modules a command imports do not. Each check
runs a fresh interpreter and lists the heavy modules it ended up with.
"""

from __future__ import annotations

import importlib
import subprocess
import sys

from locations import SAMPLES

HEAVY = ("lxml", "rich", "orjson", "yaml", "re2", "ahocorasick", "numpy", "scipy", "datasketch",
         "dateparser", "jinja2", "dask", "regex")
"""Third-party packages ``declutter --help`` needs none of."""
ENGINE = ("declutter.pipeline", "declutter.ruleset.engine", "declutter.content",
          "declutter.record", "declutter.dedup.engine", "declutter.dedup.index",
          "declutter.ruleset.commands", "declutter.report.builder")
"""declutter's own modules that pull the heavy ones in."""


def _imported(code: str) -> list[str]:
    """The heavy packages and engine modules in ``sys.modules`` after ``code`` ran."""
    probe = (f"{code}\nimport sys\n"
             f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))\n"
             f"print(sorted(m for m in {ENGINE!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    return out[-2:]


def test_help_imports_only_click() -> None:
    """``declutter --help`` (and each command's ``--help``) imports no parser, rule engine,
    rich, orjson, numpy/scipy/datasketch or dateparser: the command list names the commands
    of other modules by their help paragraph, without importing them."""
    for args in (["--help"], ["clean", "--help"], ["run", "--help"]):
        code = ("import contextlib, io, runpy, sys\n"
                f"sys.argv = ['declutter', *{args!r}]\n"
                "with contextlib.redirect_stdout(io.StringIO()):\n"
                "    try:\n        runpy.run_module('declutter', run_name='__main__')\n"
                "    except SystemExit as exc:\n        assert exc.code == 0, exc.code\n")
        assert _imported(code) == ["[]", "[]"], args


def test_import_declutter_defers_the_pipeline() -> None:
    """``import declutter`` imports nothing heavy; a public name imports its module on use."""
    assert _imported("import declutter") == ["[]", "[]"]
    heavy, engine = _imported("import declutter\ndeclutter.Pipeline")
    assert "lxml" in heavy and "declutter.pipeline" in engine


def test_a_one_page_clean_imports_no_dedup_and_no_dateparser() -> None:
    """A one-page ``clean`` of a page whose ages the regexes read imports neither dateparser
    (its first call costs 0.2-0.4 s) nor the dedup stack (numpy, scipy, datasketch) nor
    Jinja2."""
    page = SAMPLES / "html" / "metro-wire.html"
    code = ("import contextlib, io, runpy, sys\n"
            f"sys.argv = ['declutter', 'clean', {str(page)!r}, '--no-progress']\n"
            "with contextlib.redirect_stdout(io.StringIO()), "
            "contextlib.redirect_stderr(io.StringIO()):\n"
            "    try:\n        runpy.run_module('declutter', run_name='__main__')\n"
            "    except SystemExit as exc:\n        assert not exc.code, exc.code\n")
    heavy, _ = _imported(code)
    for name in ("numpy", "scipy", "datasketch", "dateparser", "jinja2", "dask"):
        assert f"'{name}'" not in heavy, heavy


def test_lazy_commands_are_listed_by_their_own_help() -> None:
    """The help paragraph ``--help`` shows for a command not yet imported is the first
    paragraph of that command's own help."""
    from declutter.cli import main

    for name, (target, text) in main.LAZY.items():
        module, _, attr = target.partition(":")
        command = getattr(importlib.import_module(module), attr)
        assert command.help.split("\n\n")[0].strip() == text, name
