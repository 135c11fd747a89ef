"""Where no article names its outlet, story and speaker lines say so, never "0 outlets"."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from typer.testing import CliRunner

from index.analysis.story_view import timeline
from index.models import Story, StoryMember
from tui.cli import app
from tui.outlet_count import outlets, outlets_cell
from tui.screens.story import summary
from tui.widgets.story_row import story_row

DAY = datetime(2025, 1, 23)


def test_a_count_of_outlets_reads_as_words() -> None:
    assert [outlets(n) for n in (0, 1, 2)] == ["outlet unknown", "1 outlet", "2 outlets"]
    assert [outlets_cell(n) for n in (0, 3)] == ["—", "3"]


def unknown_outlets() -> Story:
    return Story("s1", "Ceasefire talks", ("a", "b"), (), "a", DAY, DAY)


def test_a_story_row_of_unknown_outlets_does_not_say_zero() -> None:
    line = story_row(unknown_outlets()).plain.splitlines()[1]
    assert "0 outlet" not in line and "2 articles · outlet unknown · 2025-01-23" in line


def test_the_story_head_of_unknown_outlets_does_not_say_zero() -> None:
    members = [StoryMember("a", "A", None, DAY, None), StoryMember("b", "B", None, DAY, None)]
    head = summary(timeline(unknown_outlets(), members)).plain.splitlines()[1]
    assert head == "2 articles · outlet unknown · 2025-01-23"


def test_one_outlet_is_singular_on_the_story_head() -> None:
    story = Story("s1", "Ceasefire talks", ("a",), ("Reuters",), "a", DAY, DAY)
    head = summary(timeline(story, [StoryMember("a", "A", "Reuters", DAY, None)])).plain
    assert "· 1 outlet ·" in head


def test_speakers_of_unknown_outlets_count_no_zero(tmp_path: Path) -> None:
    """Articles that name no outlet: their speakers' outlets were "0". (The bundled seeds
    had three; seed 001 is Reuters' since its credit line is read, fx34c.)"""
    corpus = tmp_path / "news"
    corpus.mkdir()
    for n in (1, 2):
        (corpus / f"talks{n}.txt").write_text(
            f"Kyiv weighs peacekeepers, part {n}\n\n"
            '"The discussions are at a very early stage," spokesperson Heorhii Tikhy said.\n'
        )
    where = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    result = CliRunner().invoke(app, [*where, "speakers"])
    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines() if "Heorhii Tikhy" in line]
    assert rows and " 0 " not in rows[0] and "—" in rows[0]


def test_a_story_row_gives_its_range_whole_in_fewer_characters() -> None:
    # nu16: "2021-09-09 → 2021-09…" at 120 columns; the year they share is said once
    def span(start: datetime, end: datetime) -> str:
        story = Story("s1", "Talks", ("a", "b"), ("AP", "CNN"), "a", start, end)
        return story_row(story).plain.splitlines()[1].split(" · ")[-1].strip()

    assert span(datetime(2021, 9, 9), datetime(2021, 9, 12)) == "2021-09-09 → 09-12"
    assert span(datetime(2021, 12, 30), datetime(2022, 1, 2)) == "2021-12-30 → 2022-01-02"
    assert span(DAY, DAY) == "2025-01-23"
