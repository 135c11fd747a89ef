"""Whether a date has a time is what its source states (fd34, nu35 #12): a JSON date
"2017-02-14T00:00:00Z" was taken for a day, because the index told a day from a time by the
clock reading midnight. Now a date text that states a time is timed even at midnight, and
a date alone is not: `show --json` writes "2017-02-14T00:00:00" for the one and
"2017-02-14" for the other, and a `date:` query naming a minute finds the one, never the
other (dt33).

The oracle: each record's date is written from a generated moment (midnight often) in a
form that states a time or does not; the expected JSON is the moment in UTC to the second,
or its day; a minute's query finds exactly the timed records of that UTC minute."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.when import STATED_MIDNIGHT, has_time, iso_when, iso_when_text, timed_value
from tui.cli import app

runner = CliRunner()
BODY = "The harbour reopened today after the storm, the port authority said."

FORMS = {
    "day": lambda when, shift: f"{when:%Y-%m-%d}",
    "iso": lambda when, shift: f"{when:%Y-%m-%dT%H:%M:%S}",
    "minute": lambda when, shift: f"{when:%Y-%m-%d %H:%M}",
    "zulu": lambda when, shift: f"{when:%Y-%m-%dT%H:%M:%S}Z",
    "offset": lambda when, shift: f"{when:%Y-%m-%dT%H:%M:%S}{shift:+03d}:00",
}
"""How a record writes its date: the day alone, or a time (local, UTC, or with an offset in
hours); ``shift`` is the offset."""

days = st.integers(min_value=0, max_value=3).map(lambda n: datetime(2017, 2, 13) + timedelta(n))
clock = st.sampled_from([(0, 0), (0, 0), (0, 1), (9, 30), (23, 59)])


@st.composite
def records(draw: st.DrawFn) -> tuple[str, str, datetime | None]:
    """A record's date text, the JSON date it should show, and its UTC moment if timed."""
    day, (hour, minute) = draw(days), draw(clock)
    form, shift = draw(st.sampled_from(sorted(FORMS))), draw(st.sampled_from([0, 2, -5]))
    local = day.replace(hour=hour, minute=minute)
    text = FORMS[form](local, shift)
    if form == "day":
        return text, f"{day:%Y-%m-%d}", None
    utc = local - timedelta(hours=shift if form == "offset" else 0)
    return text, f"{utc:%Y-%m-%dT%H:%M:%S}", utc


def run(where: list[str], *args: str) -> str:
    done = runner.invoke(app, [*args, *where])
    assert done.exit_code == 0, done.output
    return done.stdout


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(records(), min_size=1, max_size=6))
def test_a_stated_time_is_a_time_even_at_midnight(
    tmp_path_factory: pytest.TempPathFactory, rows: list[tuple[str, str, datetime | None]]
) -> None:
    root = tmp_path_factory.mktemp("dates")
    (root / "corpus").mkdir()
    lines = [
        {"id": f"r{n}", "title": f"Harbour note {n}", "date": text, "body": BODY}
        for n, (text, _, _) in enumerate(rows)
    ]
    (root / "corpus" / "wires.jsonl").write_text("".join(json.dumps(r) + "\n" for r in lines))
    where = ["-c", str(root / "corpus"), "--index-dir", str(root / "index")]
    run(where, "index", "rebuild")
    for n, (text, shown, _) in enumerate(rows):
        assert json.loads(run(where, "show", f"r{n}", "--json"))["date"] == shown, text
    minutes = {utc.replace(second=0) for _, _, utc in rows if utc is not None}
    minutes |= {datetime.fromisoformat(shown[:10]) for _, shown, _ in rows}  # day-only midnights
    for minute in minutes:
        found = json.loads(run(where, "search", f"date:{minute:%Y-%m-%dT%H:%M}", "--json"))
        want = {
            f"r{n}" for n, (_, _, utc) in enumerate(rows) if utc and utc.replace(second=0) == minute
        }
        assert {hit["id"] for hit in found} == want, minute
        for hit in found:
            assert hit["date"] == rows[int(hit["id"][1:])][1]


@given(st.datetimes(min_value=datetime(1800, 1, 1), max_value=datetime(2200, 12, 31)))
def test_a_stated_midnight_reads_back_as_midnight(when: datetime) -> None:
    when = when.replace(microsecond=0)
    kept = timed_value(when)
    assert has_time(kept)
    assert iso_when(kept) == when.isoformat()  # "…T00:00:00", never the day alone
    assert iso_when_text(kept.isoformat()) == when.isoformat()
    assert (kept == when) == (when.time() != datetime.min.time())
    assert kept.time() in (when.time(), STATED_MIDNIGHT)


def test_the_reuters_midnight(tmp_path: Path) -> None:
    """The shape of Reuters' one midnight (README: dates "YYYY-MM-DD[THH:MM:SS]")."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    record = {"id": "w1", "title": "WIRE", "date": "1987-03-02T00:00:00", "body": BODY}
    (corpus / "w.jsonl").write_text(json.dumps(record) + "\n")
    where = ["-c", str(corpus), "--index-dir", str(tmp_path / "index")]
    run(where, "index", "rebuild")
    assert json.loads(run(where, "show", "w1", "--json"))["date"] == "1987-03-02T00:00:00"
    assert "1987-03-02 00:00" in run(where, "show", "w1")
    hits = json.loads(run(where, "search", "date:1987-03-02T00:00", "--json"))
    assert [hit["id"] for hit in hits] == ["w1"]


def test_a_stated_midnight_first_gives_hours_not_a_tie() -> None:
    """nu35 #12: "T00:00:00Z" tied five outlets "the same day, 2 with no time given"."""
    from index.models import StoryMember
    from tests.cli.test_story_lags import lags, told
    from tui.story_first import first_tied, tie_words

    midnight = timed_value(datetime(2023, 3, 14))
    story = told(
        [
            StoryMember("wire", "W", "Wire A", midnight, None),
            StoryMember("paper", "P", "Paper B", midnight + timedelta(hours=9), None),
        ]
    )
    assert not first_tied(story)  # no tie: the wire ran first, at a stated midnight
    assert tie_words(story) == "same time"
    assert lags(story) == {"Wire A": (0.0, 0), "Paper B": (9.0, 0)}


@given(
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2199, 12, 31)),
    st.booleans(),
)
def test_the_story_model_keeps_a_stated_midnight(when: datetime, stated: bool) -> None:
    """The story model keeps dates as float days (`stories.dated`, `stories --json`'s
    first): a day alone is a whole number of them, a stated midnight is not."""
    from index.analysis.stories import _datetime
    from index.analysis.story_build import _days

    when = when.replace(microsecond=0)
    if stated:
        when = timed_value(when.replace(hour=0, minute=0, second=0))
    assert _datetime(_days(when)) == when
    assert has_time(_datetime(_days(when))) == has_time(when)


@pytest.mark.parametrize(
    ("line", "timed"),
    [
        ("Published 03/04/2024 00:00 GMT", True),
        ("March 4, 2024, 12:00 AM", True),
        ("Published 03/04/2024", False),
        ("15.03.2017", False),
        ("1er mars 2021 à 0h00", True),
        ("3. März 2021 um 00:00 Uhr", True),
        ("1 de marzo de 2021 a las 00:00", True),
        ("1er mars 2021", False),
    ],
)
def test_a_date_line_at_midnight_is_timed_when_it_states_the_time(line: str, timed: bool) -> None:
    from index.text.dates import read_date_line

    [statement] = read_date_line(line)
    assert statement.value is not None and statement.value.hour == statement.value.minute == 0
    assert has_time(statement.value) == timed
