"""`search --json` prints hits and no total, so it does not count every match with the copies
folded (`copies.folded_count`): what it prints (hits, snippets, messages, exit code) is
what it printed counting them, for generated queries, limits, orders and page sizes over a
corpus with copies on both sides of their originals, after an update (deleted documents,
a second segment)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.library import Library
from tests.conftest import write_corpus
from tests.index.test_copies_count import OUTLETS, QUERY, WORDS, _text
from tui.cli import fast

ORDERS = st.sampled_from(("relevance", "newest", "oldest", "source"))
OPTIONS = st.tuples(
    st.sampled_from(([], ["--source", OUTLETS[0]], ["--source", "Nobody"])),
    st.sampled_from(([], ["--since", "2021-02-12"], ["--until", "2021-02-11"])),
    st.integers(1, 6),
    ORDERS,
)
QUERIES = st.one_of(QUERY, st.sampled_from(("dma", "frots", "zzz", "wheat~1", "gro*")))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    rng = random.Random(30)
    files: dict[str, str] = {}
    for n in range(30):
        article = (
            rng.choice(OUTLETS),
            rng.randint(10, 14),
            rng.choice(WORDS),
            [rng.choice(WORDS) for _ in range(rng.randint(1, 5))],
        )
        files[f"a{n:02}.md"] = _text(*article)
        if n % 3 == 0:  # a copy, named before or after its original, dated apart
            files[f"{'z' if n % 2 else '0'}{n}.md"] = _text(*article[:1], 13, *article[2:])
    top = tmp_path_factory.mktemp("json")
    folder = write_corpus(top / "corpus", files)
    with Library.open(folder, top / "index") as library:
        (folder / "a04.md").write_text(_text("Herald", 12, "dam", ["oil", "frost"]))
        (folder / "a05.md").unlink()
        library.update()
    yield folder, top / "index"


def _printed(
    args: list[str], capsys: pytest.CaptureFixture[str], counted: bool, monkeypatch: Any
) -> tuple[int, str, str]:
    """What ``broadsheet search ARGS`` prints (out, err) and its exit code; with ``counted``,
    as when every search counted its matches (the code before)."""
    if counted:
        search = Library.search
        monkeypatch.setattr(
            Library, "search", lambda self, *a, **k: search(self, *a, **{**k, "count": True})
        )
    code = 0
    try:
        assert fast.run(args)
    except Exception as error:  # typer.Exit
        code = int(getattr(error, "exit_code", -1))
    finally:
        monkeypatch.undo()
    out, err = capsys.readouterr()
    return code, out, err


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=QUERIES, options=OPTIONS)
def test_json_is_what_counting_printed(
    corpus: tuple[Path, Path],
    query: str,
    options: tuple[list[str], list[str], int, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, index = corpus
    source, dated, limit, order = options
    args = [query, "--json", "--corpus", str(folder), "--index-dir", str(index), *source, *dated]
    args += ["-n", str(limit), "--sort", order]
    printed = _printed(args, capsys, False, monkeypatch)
    assert printed == _printed(args, capsys, True, monkeypatch), args
    assert printed[0] != 0 or printed[1].startswith("["), printed
