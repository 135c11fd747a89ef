"""nu62 #9 (fx157): `story s15e1` said "no story with id" though article ids take a shorter
form. A story id's beginning names the story when it begins one id alone (said on stderr,
"s15e1 → s15e1…"), lists some candidates when it begins several, and is refused when it
begins none; in `story`, `quotes --story`, `follow`, `notes export --story`.
Oracle: every story id of the model (singletons too)
and `str.startswith`, over hypothesis draws of prefixes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.library import Library
from tests.story_corpus import write_corpus
from tui.cli import Exit, app

runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[str]]:
    root = tmp_path_factory.mktemp("short")
    corpus, index_dir = root / "news", root / "index"
    write_corpus(corpus / "news.jsonl")
    library = Library(corpus, index_dir, procs=1)
    library.open_or_build()
    ids = sorted(s.id for s in library._story_model().stories())
    return corpus, index_dir, ids


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(at=st.integers(0, 10**6), cut=st.integers(1, 14))
def test_a_story_ids_beginning_names_it(
    built: tuple[Path, Path, list[str]], at: int, cut: int
) -> None:
    corpus, index_dir, ids = built
    form = ids[at % len(ids)][:cut]
    expected = [i for i in ids if i.startswith(form)]
    args = ["story", form, "--json", "-c", str(corpus), "--index-dir", str(index_dir)]
    result = runner.invoke(app, args)
    if len(expected) == 1:
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout)["id"] == expected[0]
    else:
        assert result.exit_code == Exit.NOT_FOUND
        line = result.stderr.strip()
        assert len(line.splitlines()) == 1 and f"begins {len(expected):,} story ids" in line


def test_no_story_begins_so(built: tuple[Path, Path, list[str]]) -> None:
    corpus, index_dir, _ = built
    result = runner.invoke(app, ["story", "zz", "-c", str(corpus), "--index-dir", str(index_dir)])
    assert result.exit_code == Exit.NOT_FOUND
    assert result.stderr.strip() == "broadsheet: no story with id 'zz' (try `broadsheet stories`)"


def test_the_shorter_form_is_said(built: tuple[Path, Path, list[str]]) -> None:
    corpus, index_dir, ids = built
    whole = ids[0]
    form = next(
        whole[:n]
        for n in range(1, len(whole) + 1)
        if sum(i.startswith(whole[:n]) for i in ids) == 1
    )
    result = runner.invoke(app, ["story", form, "-c", str(corpus), "--index-dir", str(index_dir)])
    assert result.exit_code == 0 and f"{form} → {whole}" in result.stderr
