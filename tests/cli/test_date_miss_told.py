"""`search` whose date filter lies outside the corpus's dates says so on stderr (nu44 #4),
with the corpus's span from `Library.date_span` (checked against the dates written); a
search that finds hits says nothing more. The message itself is checked against an oracle
in `tests/search/test_date_miss.py`."""

from __future__ import annotations

import tempfile
from datetime import date, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.library import Library
from tests.index.test_undated_left import field_corpus
from tui.cli import app

FACTS = [
    ({"wheat"}, "2001-03-14", "Herald"),
    ({"wheat"}, "2001-02-02T10:00:00", "Courier"),
    ({"barley"}, None, "Herald"),
]
SPAN = "(this corpus runs 2001-02-02 to 2001-03-14)"


def test_the_cli_says_it_on_stderr(tmp_path: Path, index_dir: Path) -> None:
    corpus = str(field_corpus(tmp_path, FACTS))
    runner = CliRunner()
    offered = 'did you mean date:"march 2001"?'
    for extra in ([], ["--json"]):
        result = runner.invoke(app, ["search", "wheat date:march", "--corpus", corpus, *extra])
        assert result.exit_code == 0
        assert "no article is dated in March " in result.stderr and SPAN in result.stderr
        assert offered in result.stderr and "no article is dated" not in result.stdout
    result = runner.invoke(app, ["search", "wheat", "--corpus", corpus, "--since", "2030-01-01"])
    assert f"no article is dated on or after 2030-01-01 {SPAN}" in result.stderr
    for args in (["wheat date:'march 2001'"], ["wheat", "--since", "2001-03-01"], ["oats"]):
        result = runner.invoke(app, ["search", *args, "--corpus", corpus])
        assert "no article is dated" not in result.stderr + result.stdout, args


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.one_of(st.none(), st.dates(datetime(1990, 1, 1).date())), min_size=1, max_size=6)
)
def test_the_span_is_the_first_and_last_date_written(dates: list[date | None]) -> None:
    top = Path(tempfile.mkdtemp())
    facts = [({"wheat"}, None if day is None else day.isoformat(), "Herald") for day in dates]
    with Library.open(field_corpus(top, facts), top / "i") as library:
        written = sorted(day for day in dates if day is not None)
        span = library.date_span()
        if not written:
            assert span is None
        else:
            assert span is not None
            assert (span[0].date(), span[1].date()) == (written[0], written[-1])
