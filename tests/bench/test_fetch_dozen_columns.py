"""`bench.fetch_dozen`'s table has `fetch --json`'s ``already_saved`` count (sm33), read from
the very record the command prints (`tui.cli.fetch.report_record`), each value under its
column's name."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bench.fetch_dozen import HEADER, row
from index.fetch.models import FetchReport, Problem, SavedArticle
from index.models import BuildReport
from tui.cli.fetch import report_record

small = st.integers(0, 500)


@given(small, small, small, small, small, small)
def test_each_count_is_under_its_column(
    new: int, unchanged: int, saved: int, failed: int, requests: int, indexed: int
) -> None:
    report = FetchReport(
        new=tuple(SavedArticle(f"https://a.test/{n}", f"p{n}.html") for n in range(new)),
        unchanged=tuple(f"https://a.test/u{n}" for n in range(unchanged)),
        already_saved=tuple(f"https://a.test/s{n}" for n in range(saved)),
        failed=tuple(Problem(f"https://a.test/f{n}", "HTTP 404") for n in range(failed)),
        requests=requests,
        seconds=1.25,
    )
    index = BuildReport(indexed, 0, 0, indexed, (), 0.5, full=False)
    line = row("nothing new", 2.5, report_record(report, index))
    columns = HEADER.split("  ")
    names = [name.strip() for name in columns if name.strip()]
    ends = [HEADER.index(name) + len(name) for name in names]
    values = {"new": new, "unchanged": unchanged, "already_saved": saved, "failed": failed}
    values |= {"requests": requests, "indexed": indexed}
    for name, end in zip(names, ends, strict=True):
        if name in values:  # right-aligned under the name's last letter
            start = line.rindex(" ", 0, end) + 1
            assert line[start:end] == str(values[name]), (name, line)
    assert len(line) == len(HEADER)
