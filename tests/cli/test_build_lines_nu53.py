"""A build's progress when no terminal shows a bar (nu53 #3: a piped `index rebuild` said
nothing for 2 minutes), and what its summary's count means beside the copies.

Oracle of the lines: a replay of the rule over a generated stream of (time, stage) steps: a
line for a step iff the build has run `QUIET_SECONDS` and the step starts a new stage or
`EVERY_SECONDS` passed since the last line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.models import BuildReport, Progress
from index.wording import build_summary
from tui.cli import app, build_lines
from tui.cli.build_lines import EVERY_SECONDS, QUIET_SECONDS, PlainProgress, progress_line

STEPS = st.lists(
    st.tuples(st.floats(0, 8, allow_nan=False), st.sampled_from(("indexing", "saving", "quotes"))),
    max_size=30,
)


@given(STEPS)
def test_lines_come_at_each_stage_and_every_ten_seconds(steps: list[tuple[float, str]]) -> None:
    now = [100.0]
    written: list[str] = []
    progress = PlainProgress(clock=lambda: now[0], write=written.append)
    expected: list[str] = []
    stage, said_at, t = None, None, 0.0
    for gap, phase in steps:
        t += gap
        now[0] = 100.0 + t
        step = Progress(3, 10, phase)
        progress(step)
        if t >= QUIET_SECONDS and (
            phase != stage or said_at is None or t - said_at >= EVERY_SECONDS
        ):
            stage, said_at = phase, t
            expected.append(progress_line(step, t) + "\n")
    assert written == expected
    assert all(line.startswith("broadsheet: ") and line.count("\n") == 1 for line in written)


def test_a_line_says_the_stage_count_and_time() -> None:
    assert progress_line(Progress(0, 1, records=(4000, 19043)), 12.4) == (
        "broadsheet: reading records: 4,000 of 19,043 records, 12 s so far"
    )
    said = progress_line(Progress(1, 3, "stories: grouping"), 61)
    assert said == "broadsheet: stories, 61 s so far"  # its steps are no files


def report(indexed: int, copies: int) -> BuildReport:
    return BuildReport(indexed, 0, 0, indexed, (), 20.3, True, copies=copies)


def test_the_summary_sums_the_copies_in() -> None:
    said = build_summary(report(19_043, 278))
    assert said == (
        "18,765 articles indexed (278 exact copies) in 20.3 s: 19,043 with the copies, none skipped"
    )
    assert build_summary(report(12, 0)) == "12 articles indexed in 20.3 s"


def test_a_piped_build_says_its_stages_on_stderr(
    tmp_path: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run as a pipe runs it (CliRunner: no terminal), no quiet start: lines on stderr, one
    per stage at least, the report on stdout as before."""
    monkeypatch.setattr(build_lines, "QUIET_SECONDS", 0.0)
    monkeypatch.delenv(build_lines.OFF_VARIABLE)  # the suite turns them off (conftest)
    folder = tmp_path / "news"
    folder.mkdir()
    rows = [{"id": f"r{n}", "title": f"T {n}", "body": f"Words of the article number {n}."}
            for n in range(3)]  # fmt: skip
    (folder / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    result = CliRunner().invoke(app, ["index", "rebuild", "--corpus", str(folder)])
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines and all(line.startswith("broadsheet: ") for line in lines), lines
    stages = [line.split(":")[1].split(",")[0].strip() for line in lines]
    assert "stories" in stages  # its steps one stage
    assert "broadsheet: " not in result.stdout and "3 articles indexed in" in result.stdout


@pytest.mark.parametrize("said", ["off", "OFF", "0", "no", "false"])
def test_the_variable_keeps_a_piped_build_silent(
    said: str, tmp_path: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`BROADSHEET_BUILD_LINES=off`: no progress line, even past the quiet start (rv57: a
    script reading stderr as a failure's one line; the suite on a loaded machine)."""
    monkeypatch.setattr(build_lines, "QUIET_SECONDS", 0.0)
    monkeypatch.setenv(build_lines.OFF_VARIABLE, said)
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("A title\n\nWords of the one article.", "utf-8")
    result = CliRunner().invoke(app, ["index", "rebuild", "--corpus", str(folder)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "" and "1 article indexed in" in result.stdout
