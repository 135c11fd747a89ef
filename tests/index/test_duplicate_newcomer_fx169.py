"""A file copied with the article id of one already indexed (nu67 fault 6: `cp
na-0026.json na-0026-copy.json`, then update): the file already indexed keeps its article,
and the newcomer is skipped with its one-line reason. It was the ORIGINAL that was skipped,
the copy coming first in file-name order. A rebuild from nothing keeps file-name order."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from index.library import Library
from index.store.build import rebuild
from index.store.update import update

NAMES = st.text(alphabet="abnz019-_", min_size=1, max_size=8)


def _article(path: Path, article_id: str, tag: str) -> None:
    record = {
        "id": article_id,
        "title": f"Harbour cranes stand still {tag}",
        "body": f"The harbour cranes stood still on Tuesday, {tag} said in a report.",
    }
    path.write_text(json.dumps(record), encoding="utf-8")


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(original=NAMES, copy=NAMES, other=NAMES)
def test_an_indexed_file_keeps_its_id_against_a_new_copy(
    tmp_path: Path, original: str, copy: str, other: str
) -> None:
    assume(len({original, copy, other}) == 3)
    shutil.rmtree(tmp_path / "run", ignore_errors=True)
    corpus, live, fresh = (tmp_path / "run" / name for name in ("corpus", "live", "fresh"))
    corpus.mkdir(parents=True)
    _article(corpus / f"{original}.json", "na-0026", "first")
    _article(corpus / f"{other}.json", "na-0027", "other")
    rebuild(corpus, live, procs=1)
    shutil.copyfile(corpus / f"{original}.json", corpus / f"{copy}.json")
    report = update(corpus, live, procs=1)
    with Library.open(corpus, live, derived=()) as library:
        assert Path(library.article("na-0026").path).name == f"{original}.json"
        assert len(library) == 2
    reasons = [skip.reason for skip in report.skipped if f"{copy}.json" in skip.path]
    assert len(reasons) == 1
    assert f"duplicate id 'na-0026' (first in {original}.json)" in reasons[0]
    update(corpus, live, procs=1)  # a second update changes nothing
    with Library.open(corpus, live, derived=()) as library:
        assert Path(library.article("na-0026").path).name == f"{original}.json"
    rebuild(corpus, fresh, procs=1)  # from nothing: the first in file-name order
    with Library.open(corpus, fresh, derived=()) as library:
        first = min(f"{original}.json", f"{copy}.json")
        assert Path(library.article("na-0026").path).name == first
