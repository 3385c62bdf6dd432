"""The editor commands end to end: rules lint, rules test, rules diff, explain."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from declutter.cli import main
from declutter.ruleset.load import bundled_dir

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

SITE = """\
name: harbourwatch
description: A made-up aggregator.
scope:
  markers: ["Harbourwatch Daily"]
rules:
  - id: harbourwatch.promo
    description: The app promo under the headline.
    match:
      prefix: "Get Harbourwatch"
    action: drop
tests:
  - name: promo goes
    input: |
      Cranes idle as the strike goes on
      Get Harbourwatch on your phone
      Dock workers walked out on Monday, halting traffic at the country's largest port.
      Harbourwatch Daily
    expect:
      dropped: [Get Harbourwatch on your phone, Harbourwatch Daily]
      contains: Dock workers walked out
"""

PAGE = """\
Cranes idle as the strike goes on
Get Harbourwatch on your phone
Dock workers walked out on Monday, halting traffic at the country's largest port.
Advertisement
The union said the strike would continue until a new wage offer was tabled.
Harbourwatch Daily
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def site(tmp_path: Path) -> Path:
    folder = tmp_path / "my-rules"
    folder.mkdir()
    (folder / "harbourwatch.yaml").write_text(SITE, "utf-8")
    (tmp_path / "page.txt").write_text(PAGE, "utf-8")
    return folder


def test_lint_passes_on_good_files(runner, site):
    result = runner.invoke(main, ["rules", "lint", str(site)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""


def test_lint_lists_problems_and_exits_1(runner, site):
    broken = (SITE.replace("      prefix:", "      regex: '(?=Get)'\n      prefix:")
              .replace("  markers:", "  hosts:"))
    (site / "harbourwatch.yaml").write_text(broken, "utf-8")
    result = runner.invoke(main, ["rules", "lint", str(site)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{site / 'harbourwatch.yaml'}:4:3: unknown key 'hosts' in scope")
    assert lines[1].startswith(f"{site / 'harbourwatch.yaml'}:9:14: regex '(?=Get)' is not valid RE2")


def test_a_run_with_a_broken_rule_file_reads_no_input(runner, site, tmp_path):
    (site / "harbourwatch.yaml").write_text(SITE.replace("    action: drop", "    action: remove"), "utf-8")
    lint = runner.invoke(main, ["rules", "lint", str(site)])
    clean = runner.invoke(main, ["clean", "--rules", str(site), str(tmp_path / "missing-input.txt")])
    assert clean.exit_code == 1
    assert "nothing was read" in clean.output and "Traceback" not in clean.output
    assert lint.stdout.strip() in clean.output
    assert "missing-input" not in clean.output


def test_rules_test_passes_and_fails_like_pytest(runner, site):
    result = runner.invoke(main, ["rules", "test", str(site)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1].startswith("1 passed")
    (site / "harbourwatch.yaml").write_text(SITE.replace("contains: Dock workers", "contains: Dockers"),
                                            "utf-8")
    result = runner.invoke(main, ["rules", "test", "-v", str(site)])
    assert result.exit_code == 1
    assert "harbourwatch.yaml::promo goes FAILED" in result.stdout
    assert "contains: story text lacks 'Dockers walked out'" in result.stdout
    assert result.stdout.splitlines()[-1].startswith("1 failed, 0 passed")


def test_bundled_rule_files_pass_their_own_tests(runner):
    result = runner.invoke(main, ["rules", "test", "-v"])
    assert result.exit_code == 0, result.stdout
    assert "FAILED" not in result.stdout
    assert "rules/sites/wirewatch.yaml::the WireWatch sample PASSED" in result.stdout


def test_explain_names_the_winning_rule_of_each_block(runner, site, tmp_path):
    result = runner.invoke(main, ["explain", "--rules", str(site), str(tmp_path / "page.txt")])
    assert result.exit_code == 0, result.output
    rows = [line.split(None, 3) for line in result.stdout.splitlines()[2:] if line.strip()]
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("0", "title", "heuristic.first-line"),
        ("1", "boilerplate", "harbourwatch.promo"),
        ("2", "story", "heuristic.dump-line"),
        ("3", "boilerplate", "global.advertisement"),
        ("4", "story", "heuristic.dump-line"),
        ("5", "boilerplate", "heuristic.after-story"),
    ]


def test_explain_json_lists_blocks_labels_and_matches(runner, tmp_path):
    result = runner.invoke(main, ["explain", "--json", str(SAMPLES / "dumps" / "brief24-dump.txt")])
    assert result.exit_code == 0, result.output
    page = json.loads(result.stdout)
    by_text = {b["text"]: b for b in page["blocks"]}
    marker = by_text["More from Brief24"]
    assert (marker["label"], marker["rule"], marker["matched"]) == (
        "boilerplate", "brief24.more-from", ["brief24.more-from", "brief24.end"])
    card = by_text["Read also: Schiphol adds late trains as airport stretches night operations"]
    assert (card["label"], card["rule"], card["teaser"]) == ("teaser:title", "global.read-also", 0)
    assert page["teasers"] == 4


def test_explain_and_diff_of_a_page_whose_inline_teaser_label_is_split_off(runner, tmp_path):
    # with no rules, scoring gives an inline teaser's label a block of its own: one block more
    # than the parse gave (explain crashed on it); with the bundled rules a rule reads the box
    # as one card, so diff pairs pages of different block counts by the parse's blocks
    para = ("<p>Der Gemeinderat von Talheim hat am Montagabend den Haushalt für das kommende "
            "Jahr beschlossen, nach langer Debatte.</p>")
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><h1>Talheim beschließt den Haushalt</h1><div class='text'>" + para * 3
        + "<div class='inline-box'><strong>Mehr zum Thema:</strong> "
        "<a href='https://talheim.example/schulen'>Neue Schule soll 2027 öffnen</a></div>"
        + para * 2 + "</div></body></html>", encoding="utf-8")
    result = runner.invoke(main, ["explain", "--no-bundled", "--json", str(page)])
    assert result.exit_code == 0, result.output
    blocks = json.loads(result.stdout)["blocks"]
    label = next(b for b in blocks if b["rule"] == "heuristic.teaser-label")
    assert label["text"].startswith("Mehr zum Thema") and label["matched"] == []
    result = runner.invoke(main, ["rules", "diff", "--no-bundled", "--after", str(bundled_dir()),
                                  "--json", str(page)])
    assert result.exit_code == 0, result.output
    changes = json.loads(result.stdout.splitlines()[0])["changes"]
    assert [(c["before_rule"], c["after_rule"]) for c in changes] == [
        ("heuristic.inline-teaser", "global.read-also-card")]


def test_explain_of_an_unreadable_page_is_an_error_not_a_traceback(runner, tmp_path):
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03\x04\x05binary\x00\x00")
    result = runner.invoke(main, ["explain", str(tmp_path / "binary.txt")])
    assert result.exit_code == 1
    assert "binary.txt: ValueError: binary content, not a text page" in result.stderr
    result = runner.invoke(main, ["explain", str(tmp_path / "absent.txt")])
    assert result.exit_code == 2 and "no such file or folder" in result.output


def test_diff_shows_pages_and_blocks_an_edit_changes(runner, site):
    result = runner.invoke(main, ["rules", "diff", "--after", str(site), str(SAMPLES / "dumps")])
    assert result.exit_code == 0, result.output
    # the site's scope matches none of the samples: nothing changes
    assert "8 pages, 0 affected, 0 blocks changed" in result.stdout
    (site / "extra.yaml").write_text(
        "rules:\n  - {id: mine.keep-ads, description: keep ad labels, match: {text: Advertisement},"
        " action: keep}\n", "utf-8")
    result = runner.invoke(main, ["rules", "diff", "--after", str(site), "--exit-code",
                                  str(SAMPLES / "dumps")])
    assert result.exit_code == 1
    assert "8 pages, 2 affected, 2 blocks changed" in result.stdout
    assert "boilerplate (global.advertisement) -> story (mine.keep-ads)" in result.stdout
    assert "brief24-dump.txt" in result.stdout and "skimr-dump.txt" in result.stdout


def test_diff_json_and_a_before_state(runner, site, tmp_path):
    # copies keep the layout their tests' paths assume (../samples from a rules/ folder)
    before = tmp_path / "before" / "rules"
    before.mkdir(parents=True)
    (before / "global.yaml").write_text((bundled_dir() / "global.yaml").read_text("utf-8"), "utf-8")
    after = tmp_path / "after" / "rules"
    after.mkdir(parents=True)
    edited = (bundled_dir() / "global.yaml").read_text("utf-8").replace('"Mehr zum Thema"', '"Nothing"')
    (after / "global.yaml").write_text(edited, "utf-8")
    result = runner.invoke(main, ["rules", "diff", "--no-bundled", "--before", str(before),
                                  "--after", str(after), "--json",
                                  str(SAMPLES / "dumps" / "nachrichtenblick-dump.txt")])
    assert result.exit_code == 0, result.output
    (page,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert page["id"] == "nachrichtenblick-dump.txt"
    # without the heading rule the dump reader finds the same three cards by their shape
    assert (page["teasers_before"], page["teasers_after"]) == (3, 3)
    first = page["changes"][0]
    assert (first["text"], first["before"], first["before_rule"]) == (
        "Mehr zum Thema", "boilerplate", "global.related-articles")
    assert (first["after"], first["after_rule"]) == ("boilerplate", "heuristic.after-story")


LAYOUT_MARKER = """\
name: quaysidewire
description: A made-up wire whose scope marker is the heading its rules act on.
scope:
  markers: ["Related coverage", "More from Quayside Wire"]
rules:
  - id: quaysidewire.end
    description: Nothing after the heading is story.
    match: {text: "Related coverage"}
    action: end-of-story
  - id: quaysidewire.more
    description: The site's own list heading.
    match: {text: "More from Quayside Wire"}
    action: drop
"""


def test_lint_warns_of_a_marker_that_names_a_layout_not_the_site(runner, tmp_path):
    (tmp_path / "quaysidewire.yaml").write_text(LAYOUT_MARKER, "utf-8")
    result = runner.invoke(main, ["rules", "lint", str(tmp_path)])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "warning: marker" in line]
    # the heading other sites share is flagged; the line naming the site is not
    assert len(warnings) == 1
    assert "'related coverage'" in warnings[0] and "quaysidewire.end" in warnings[0]


def test_lint_reads_a_hyphenated_site_name_in_a_marker(runner, tmp_path):
    """A file named ``quayside-wire`` (as `rules suggest` names one from "Quayside Wire") is
    named in the marker "More from Quayside Wire": no warning for it."""
    text = LAYOUT_MARKER.replace("quaysidewire", "quayside-wire")
    (tmp_path / "quayside-wire.yaml").write_text(text, "utf-8")
    result = runner.invoke(main, ["rules", "lint", str(tmp_path)])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "warning: marker" in line]
    assert len(warnings) == 1 and "'related coverage'" in warnings[0]


FRO = """\
name: fro
description: Newyddion y Fro, a made-up Welsh aggregator.
scope:
  markers: ["Newyddion y Fro"]
rules:
  - id: fro.app
    description: The app promo.
    match: {prefix: "Lawrlwythwch ap"}
    action: drop
  - id: fro.more
    description: '"Mwy gan y Fro": a rank line ("1."), a title, an age.'
    match: {text: "Mwy gan y Fro"}
    action: teasers
    pattern:
      - {field: line, match: {regex: '^\\d+\\.$'}}
      - {field: title}
      - {field: age}
tests:
  - name: a Fro page
    input: |
      Llifogydd yn cau ffordd yr arfordir ger Aberaeron
      Newyddion y Fro · 2 awr yn ôl
      Mae'r ffordd rhwng Aberaeron a Llanon ar gau ar ôl i law trwm achosi llifogydd, meddai'r heddlu.
      Lawrlwythwch ap Newyddion y Fro
      Dywedodd y cyngor y byddai'r ffordd yn ailagor unwaith y byddai'r dŵr wedi cilio o'r diwedd.
      Mae gyrwyr yn cael eu cynghori i ddefnyddio'r A487 drwy Lanbedr Pont Steffan yn y cyfamser.
      Mwy gan y Fro
      1.
      Ysgol newydd i agor ym Mhenparcau
      ddoe
      2.
      Cynllun tai fforddiadwy yn cael sêl bendith
      echdoe
      Hawlfraint © Newyddion y Fro
    expect:
      teasers:
        - {title: Ysgol newydd i agor ym Mhenparcau, age: ddoe}
        - {title: Cynllun tai fforddiadwy yn cael sêl bendith, age: echdoe}
      DROPPED: [Lawrlwythwch ap Newyddion y Fro, Mwy gan y Fro]
"""


@pytest.mark.parametrize(("key", "passes"), [("dropped", False), ("dropped_by_file", True)])
def test_dropped_is_the_page_s_complete_list_dropped_by_file_the_file_s_own(runner, tmp_path, key,
                                                                             passes):
    """fresh13 E1: ``dropped`` lists every dropped line (the heuristics' byline and footer
    too), and says so when it fails; ``dropped_by_file`` checks only the lines the file's own
    rules drop. E2/E3 as documented: a ``line`` step with no named group skips a rank line,
    and ``{field: age}`` with no matcher takes a day word with no number."""
    folder = tmp_path / "my-rules"
    folder.mkdir()
    (folder / "fro.yaml").write_text(FRO.replace("DROPPED", key), "utf-8")
    result = runner.invoke(main, ["rules", "test", str(folder)])
    assert result.exit_code == (0 if passes else 1), result.output
    if not passes:
        assert ("dropped: also dropped ['Newyddion y Fro · 2 awr yn ôl [heuristic.byline]', "
                "'Hawlfraint © Newyddion y Fro [heuristic.after-story]'] (`dropped` is every "
                "dropped line of the page; `dropped_by_file` checks only") in " ".join(result.stdout.split())
        return
    (folder / "fro.yaml").write_text(FRO.replace("DROPPED", key).replace(
        f"{key}: [", f"{key}: [Hawlfraint © Newyddion y Fro, "), "utf-8")
    result = runner.invoke(main, ["rules", "test", str(folder)])
    assert result.exit_code == 1
    assert ("dropped_by_file: not dropped by this file's rules ['Hawlfraint © Newyddion y Fro']"
            in " ".join(result.stdout.split()))


def test_lint_lists_a_misspelt_key_and_a_broken_regex_of_one_rule(runner, site):
    broken = SITE.replace("      prefix:", "      regex: '(?=Get)'\n      prefix:").replace(
        "    action: drop", "    acton: drop")
    (site / "harbourwatch.yaml").write_text(broken, "utf-8")
    result = runner.invoke(main, ["rules", "lint", str(site)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert any("regex '(?=Get)' is not valid RE2" in line for line in lines), lines
    assert any("unknown key 'acton' in rule" in line for line in lines), lines


def test_lint_lists_every_problem_of_a_rule_and_of_a_test_in_one_pass(runner, site):
    # a missing description, a bad action, a broken regex, an unknown definition and a test's
    # expect of the wrong shape: all five in one run (each used to hide the ones after it)
    broken = (SITE.replace("    description: The app promo under the headline.\n", "")
              .replace("      prefix:", "      regex: '(a)\\1'\n      prefix:")
              .replace("    action: drop", "    action: remove\n  - id: harbourwatch.two\n"
                       "    description: d\n    match: {like: nosuchdef}\n    action: drop")
              .replace("      contains: Dock workers walked out", "      teasers: two"))
    (site / "harbourwatch.yaml").write_text(broken, "utf-8")
    result = runner.invoke(main, ["rules", "lint", str(site)])
    assert result.exit_code == 1
    out = result.stdout
    for problem in ("rule harbourwatch.promo: no description", "action must be one of",
                    "regex '(a)\\1' is not valid RE2", "no definition named 'nosuchdef'",
                    "expect teasers: a number or a list of teasers"):
        assert problem in out, (problem, out)


# A Tetum site: one card, a title then "Source | age", its age in words no reader knows (the
# generic reader takes no lone card of an unknown age: only the site's rule reads it)
TETUM = """\
name: dilinews
description: A made-up Tetum aggregator.
scope:
  markers: ["Dili Notísia"]
rules:
  - id: dilinews.more
    description: '"Lee mós" then cards: title / "Source | age".'
    match: {text: "Lee mós"}
    action: teasers
    pattern:
      - {field: title}
      - field: line
        match: {regex: '^(?P<source>[^|]+) \\| (?P<age>AGE)$'}
tests:
  - name: the cards
    input: |
      Ponte foun iha Dili loke ohin
      Governu loke ohin ponte foun ida iha Dili, ne'ebé liga bairru rua no hamenus trafiku iha sidade laran.
      Serbisu ba ponte ne'e hahú tinan tolu liubá no kusta millaun rua dolar.
      Lee mós
      Udan boot iha Baucau
      Dili Notísia | 2 oras liuba
    expect:
      teasers:
        - {title: Udan boot iha Baucau, source: Dili Notísia, age: 2 oras liuba}
"""


def test_an_age_the_reader_does_not_know_fits_a_regex_that_holds_its_shape(runner, tmp_path):
    folder = tmp_path / "tetum"
    folder.mkdir()
    (folder / "dilinews.yaml").write_text(TETUM.replace("AGE", ".+"), "utf-8")
    loose = runner.invoke(main, ["rules", "test", str(folder)])
    # anything-to-the-end takes no unknown age, and the failure says why and what to write
    assert loose.exit_code == 1
    assert "the card reader does not know the age '2 oras liuba'" in loose.stdout
    assert "(?P<age>\\d+ [^|]+)" in loose.stdout
    (folder / "dilinews.yaml").write_text(TETUM.replace("AGE", r"\d+ [^|]+"), "utf-8")
    held = runner.invoke(main, ["rules", "test", str(folder)])
    assert held.exit_code == 0, held.stdout
