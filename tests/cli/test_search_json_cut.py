"""`search --json` says on stderr when it lists fewer hits than match (nu34 #4: it stopped at
20 without a word while the table said "30 articles match"); the list on stdout is as
before. The oracle: the same search with a limit above every match lists them all."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.cli.test_search_json_uncounted import _printed
from tests.cli.test_search_json_uncounted import corpus as corpus  # the fixture
from tests.index.test_copies_count import QUERY
from tui.cli.search_run import cut_note


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    query=st.one_of(QUERY, st.sampled_from(("gro*", "o*", "zzz", ""))),
    limit=st.integers(1, 8),
    dated=st.sampled_from(([], ["--since", "2021-02-12"])),
)
def test_json_says_how_many_it_left_out(
    corpus: tuple[Path, Path],
    query: str,
    limit: int,
    dated: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: Any,
) -> None:
    folder, index = corpus
    args = [query, "--json", "--corpus", str(folder), "--index-dir", str(index), *dated]
    code, out, _ = _printed([*args, "-n", "1000"], capsys, False, monkeypatch)
    if code != 0:
        return  # refused or nothing found: nothing listed, nothing cut
    every = json.loads(out)
    code, out, err = _printed([*args, "-n", str(limit)], capsys, False, monkeypatch)
    listed = json.loads(out)
    assert isinstance(listed, list)  # the list as before, of the hits asked for
    assert len(listed) == min(limit, len(every))
    note = cut_note(limit, len(every))
    if len(every) > limit:
        assert note in " ".join(err.split()), err
    else:
        assert "shown (--limit" not in err
