"""Guards from rv32's review of session 32's branches: each passes on main and failed on
a branch under review (named in its test), so a merge that brings the fault back fails.

- jr32: a JSON Lines record without an ``id`` is keyed by its ``url``. Two files holding
  one url then share an id: the second file's record is skipped as a duplicate, and when
  the first file's record goes, an update (which reads the edited file only) leaves the
  second's out, where a rebuild indexes it. The oracle: a rebuild of the edited corpus.
- gq32: renderings carrying the same names and numbers (`NAMED`) join with no speaker on
  either side; "inflation rose to 7.5 percent" and "pushed inflation down to 7.5 percent"
  are two statements, not one.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.analysis.quote_links import split
from index.analysis.quotes import quote_words
from index.library import Library
from index.store.build import rebuild
from index.store.update import update

URLS = [f"https://news.test/{n}" for n in range(3)]


def _write(path: Path, urls: list[int], tag: str) -> None:
    records = [
        {
            "url": URLS[u],
            "title": f"Harbour report {tag}{k}",
            "body": f"Report {tag}{k}: the harbour cranes stood still on Tuesday ({u}).",
        }
        for k, u in enumerate(urls)
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def _titles(corpus: Path, folder: Path) -> list[str]:
    with Library.open(corpus, folder, derived=()) as library:
        return sorted(a.title for a in library.articles())


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    first=st.lists(st.integers(0, 2), min_size=1, max_size=3),
    second=st.lists(st.integers(0, 2), min_size=1, max_size=3),
    drop=st.integers(0, 2),
)
def test_jr32_a_url_in_two_files_update_is_the_rebuild(
    tmp_path: Path, first: list[int], second: list[int], drop: int
) -> None:
    shutil.rmtree(tmp_path / "run", ignore_errors=True)
    corpus, live, fresh = (tmp_path / "run" / name for name in ("corpus", "live", "fresh"))
    corpus.mkdir(parents=True)
    _write(corpus / "a.jsonl", first, "a")
    _write(corpus / "b.jsonl", second, "b")
    rebuild(corpus, live, procs=1)
    _write(corpus / "a.jsonl", [u for k, u in enumerate(first) if k != drop % len(first)], "a")
    update(corpus, live, procs=1)
    rebuild(corpus, fresh, procs=1)
    assert _titles(corpus, live) == _titles(corpus, fresh)


def test_gq32_same_names_and_numbers_opposite_direction_stay_two() -> None:
    rose = (
        "Inflation in Germany and France rose to 7.5 percent in March, the highest since "
        "records began, and energy prices drove most of the increase"
    )
    fell = (
        "In March energy prices pushed inflation in Germany and France down to 7.5 percent, "
        "the lowest since records began after the increase"
    )
    words = {("a", 0): quote_words(rose), ("b", 0): quote_words(fell)}
    groups = split(
        words,
        speaker_of=lambda k: None,
        date_of=lambda k: date(2022, 3, 5).isoformat(),
        cited=lambda k: [],
        outlet_of=lambda k: "Outlet " + k[0],
    )
    assert len(groups) == 2
