"""Every surface that states how many articles a query matches states one number: the
`search` header ("N articles match"), the length of `search --json` with room for every
hit, the reader's count (`Library.count`, and the first page's total when it says it is
exact), over generated corpora with copies (the same text under two ids), outlets and
queries. The oracle: every hit the engine lists, copies folded (`fold_hits`)."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.copies import fold_hits
from index.library import Library
from tests.conftest import write_corpus
from tests.index.test_copies_count import ARTICLE, OUTLETS, QUERY, _text
from tui.cli import app

HEADER = re.compile(r"([\d,]+) articles? ")


def _stated(stdout: str) -> int:
    """The number the `search` header states (0 for "No articles ...", or "No outlet of
    this index is called ...")."""
    first = stdout.lstrip().splitlines()[0] if stdout.strip() else ""
    if first.startswith(("No articles", "No outlet")):
        return 0
    found = HEADER.match(first)
    assert found is not None, stdout
    return int(found.group(1).replace(",", ""))


@settings(max_examples=12, deadline=None)
@given(
    articles=st.lists(ARTICLE, min_size=1, max_size=7),
    copies=st.lists(
        st.tuples(st.integers(0, 6), st.integers(0, 9), st.integers(10, 14)), max_size=5
    ),
    queries=st.lists(st.tuples(QUERY, st.sampled_from((None, *OUTLETS))), min_size=1, max_size=4),
)
def test_every_surface_states_one_count(
    articles: list[tuple[str, int, str, list[str]]],
    copies: list[tuple[int, int, int]],
    queries: list[tuple[str, str | None]],
) -> None:
    files = {f"a{n}.md": _text(*article) for n, article in enumerate(articles)}
    for n, name, day in copies:
        if n < len(articles):
            outlet, _, title, words = articles[n]
            files[f"{'z' if name % 2 else '0'}{n}-{name}.md"] = _text(outlet, day, title, words)
    runner = CliRunner()
    with tempfile.TemporaryDirectory() as top:
        corpus = write_corpus(Path(top) / "corpus", files)
        where = ["--corpus", str(corpus), "--index-dir", str(Path(top) / "index")]
        with Library.open(corpus, Path(top) / "index") as library:
            same = library.copies()
            for text, source in queries:
                every = library.engine.search(text, limit=None, source=source, count=False)
                expected = len(fold_hits(every.hits, same))
                limits = [] if source is None else ["--source", source]
                args = [*where, "search", *limits, "--limit", "1", "--", text]
                header = runner.invoke(app, args)
                if header.exit_code == 3:  # an outlet the index lacks: said, nothing searched
                    assert expected == 0 and "No outlet" in header.output, header.output
                    continue
                assert header.exit_code == 0, header.output
                listed = runner.invoke(app, [*where, "search", *limits, "--json", "-n", "99", text])
                assert listed.exit_code == 0, listed.output
                quick = library.search(text, limit=1, source=source, count=False)
                stated = {
                    "header": _stated(header.stdout),
                    "json": len(json.loads(listed.stdout)),
                    "count": library.count(text, source=source),
                    "first page": quick.total if quick.total_exact else expected,
                }
                assert set(stated.values()) == {expected}, (text, source, stated, same)


@settings(max_examples=8, deadline=None)
@given(
    articles=st.lists(ARTICLE, min_size=1, max_size=6),
    copies=st.lists(
        st.tuples(st.integers(0, 5), st.integers(0, 9), st.integers(10, 14)), max_size=4
    ),
)
def test_every_surface_states_one_size(
    articles: list[tuple[str, int, str, list[str]]], copies: list[tuple[int, int, int]]
) -> None:
    """How many articles the index holds, said by `index status` (table and JSON), `search ''`
    (header and JSON), the library and the reader's status line, once exact copies exist
    (nu24 #11: status and the reader said 291, search and the list 290): each text once,
    and the copies said beside it. The oracle: the distinct (outlet, title, body) written."""
    from types import SimpleNamespace

    from tui.screens.library_screen import LibraryScreen

    files = {f"a{n}.md": _text(*article) for n, article in enumerate(articles)}
    texts = {(outlet, title, " ".join(words)) for outlet, _, title, words in articles}
    for n, name, day in copies:
        if n < len(articles):
            outlet, _, title, words = articles[n]
            files[f"{'z' if name % 2 else '0'}{n}-{name}.md"] = _text(outlet, day, title, words)
    expected, same = len(texts), len(files) - len(texts)
    runner = CliRunner()
    with tempfile.TemporaryDirectory() as top:
        corpus = write_corpus(Path(top) / "corpus", files)
        where = ["--corpus", str(corpus), "--index-dir", str(Path(top) / "index")]
        with Library.open(corpus, Path(top) / "index") as library:
            reader_said = LibraryScreen.articles_said(SimpleNamespace(library=library, skipped=0))  # type: ignore[arg-type]
            library_count = library.article_count()
        status = json.loads(runner.invoke(app, [*where, "index", "status", "--json"]).stdout)
        table = runner.invoke(app, [*where, "index", "status"]).stdout
        header = runner.invoke(app, [*where, "search", "--limit", "1", ""]).stdout
        listed = json.loads(runner.invoke(app, [*where, "search", "--json", "-n", "99", ""]).stdout)
    stated = {
        "status": status["articles"],
        "status table": int(re.search(r"^articles +([\d,]+)", table, re.M).group(1)),  # type: ignore[union-attr]
        "search header": _stated(header),
        "search json": len(listed),
        "library": library_count,
        "reader": int(reader_said.split()[0].replace(",", "")),
    }
    assert set(stated.values()) == {expected}, (stated, table, reader_said)
    assert status.get("copies", 0) == same and status["files"] == len(files), status
    assert (f"({same} exact cop" in reader_said) == bool(same), reader_said
    assert (re.search(rf"^copies +{same} ", table, re.M) is not None) == bool(same), table
