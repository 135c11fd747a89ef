"""Shared fixtures: small corpora written by the tests, and index folders in tmp_path."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import hypothesis
import pytest

# No property test has a time limit: hypothesis's default (200 ms an example) is a timed
# assertion, which a loaded machine fails at random (speed is measured in bench/).
hypothesis.settings.register_profile("broadsheet", deadline=None)
hypothesis.settings.load_profile("broadsheet")
TIMES = int(os.environ.get("BROADSHEET_HYPOTHESIS_TIMES", "1"))
"""Long runs (mx44): every property test's examples, its own @settings' too, times this;
with ``--hypothesis-seed=N`` for other draws than CI's."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if TIMES == 1:
        return
    tests = {id(f): f for item in items if hasattr(f := getattr(item, "obj", None), "hypothesis")}
    for test in tests.values():
        old = test._hypothesis_internal_use_settings
        test._hypothesis_internal_use_settings = hypothesis.settings(
            old, max_examples=old.max_examples * TIMES
        )


SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SHARED_CORPORA = Path(
    os.environ.get("BROADSHEET_CORPORA")  # a worktree outside the project's folder points here
    or Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
)

ARTICLES: dict[str, str] = {
    "harbour.txt": (
        "Harbour strike ends after three weeks\n\n"
        "By Jane Doe\n\n"
        "PORTSMOUTH, June 3 (Reuters) - Dock workers ended a three-week strike on Tuesday "
        "after peacekeepers of the port authority brokered a pay deal.\n\n"
        "The union said the deal was fair. Peacekeeping at the docks had been tense.\n"
    ),
    "orchard.txt": (
        "Apple growers count losses after late frost\n\n"
        "Growers in the valley said the frost destroyed half the blossom. "
        "The cooperative will ask for emergency aid.\n"
    ),
    "notes/budget.md": (
        "---\ntitle: Council approves the budget\nsource: Valley Gazette\ndate: 2021-05-04\n---\n"
        "The council approved the budget on Monday after a long debate about the harbour.\n"
    ),
}


def write_corpus(root: Path, articles: dict[str, str]) -> Path:
    """Write ``articles`` (relative path -> text) under ``root`` and return it."""
    for rel, text in articles.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A small corpus of plain-text and Markdown articles written for the tests."""
    return write_corpus(tmp_path / "corpus", ARTICLES)


@pytest.fixture
def records(tmp_path: Path) -> Path:
    """A JSON Lines corpus in the shape of ../shared/corpora, with one bad line."""
    rows = [
        {
            "id": "w1",
            "title": "GRAIN PRICES RISE",
            "source": "Wire",
            "date": "1987-03-02",
            "url": None,
            "body": "Grain prices rose sharply on Monday, traders said.\nReuter",
            "category": ["grain"],
        },
        {
            "id": "w2",
            "title": "Ministers meet on trade",
            "source": "Other Wire",
            "date": "1987-03-05T10:00:00",
            "url": "https://example.org/w2",
            "body": "Trade ministers met in Geneva to discuss grain tariffs.",
        },
    ]
    lines = [json.dumps(r) for r in rows] + ["{not json", json.dumps({"id": "w3", "body": 5})]
    path = tmp_path / "wires.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def index_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An index folder in tmp_path, also set as BROADSHEET_INDEX_DIR."""
    folder = tmp_path / "index"
    monkeypatch.setenv("BROADSHEET_INDEX_DIR", str(folder))
    yield folder


@pytest.fixture(autouse=True)
def _no_user_data(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep every test away from the real user data folder and the caller's settings."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg")))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("xdg-config")))  # leans.json
    monkeypatch.delenv("BROADSHEET_INDEX_DIR", raising=False)
    monkeypatch.delenv("BROADSHEET_CORPUS", raising=False)
    # a piped build's progress lines come only after 5 s: on a loaded CI (pytest -n 2) now
    # and then, and many tests read stderr as one line; `tests/cli/test_build_lines_nu53.py`
    # turns them on (rv57)
    monkeypatch.setenv("BROADSHEET_BUILD_LINES", "off")
