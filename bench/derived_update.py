"""CPU of one derived kind's update of 100 changed articles, in this process (the tree on
``PYTHONPATH``): what an update's derive child does for that kind, without the parent.

``python -m bench.derived_update GENERATION FILES KIND [RUNS]``: GENERATION is a generation
folder of an index of the files corpus FILES (`bench.common.files_corpus`), KIND
``quotes`` or ``stories``. The first 100 files (by name) are read and their values
extracted; each run then updates the kind's folder of GENERATION with those articles
removed and added again, into a fresh folder, and prints its CPU s (`time.process_time`,
the collector off as in an update). The first run pays the lazy imports. Run two trees
one after the other, alternated, to compare them.

``... members GENERATION FILES``: the quotes store after that change, its ``members.tsv``
lines made both ways: every line made (`StoredQuotes.write` before branch up25) and the lines of the
regions no change reached kept as read; medians of 7 and whether the lines are the same.
"""

from __future__ import annotations

import gc
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

CHANGED = 100


def _values(files: Path, kind: Any) -> list[Any]:
    from index.ingest.files import scan
    from index.store.collect import read_source

    sources, _ = scan(files)
    first = sorted(sources, key=lambda s: s.rel)[:CHANGED]
    return [kind.extract(article) for s in first for article in read_source(s).articles]


def _kind(name: str) -> Any:
    if name == "quotes":
        from index.analysis.quote_derived import QuotesDerived

        return QuotesDerived()
    from index.analysis.story_derived import StoriesDerived

    return StoriesDerived()


def runs(generation: Path, files: Path, name: str, count: int) -> list[float]:
    """The CPU s of ``count`` updates of kind ``name`` (see the module)."""
    kind = _kind(name)
    added = _values(files, kind)
    removed = [value.id for value in added]
    gc.disable()
    out = []
    for _ in range(count):
        folder = Path(tempfile.mkdtemp(prefix="derived_update."))
        try:
            (folder / name).mkdir()
            start = time.process_time()
            kind.update(generation / name, iter(added), removed, folder / name, None)
            out.append(time.process_time() - start)
        finally:
            shutil.rmtree(folder)
    return out


def members(generation: Path, files: Path) -> str:
    """``members.tsv`` made both ways (see the module)."""
    from index.analysis.quote_store import StoredQuotes

    added = _values(files, _kind("quotes"))
    gc.disable()
    store = StoredQuotes(generation / "quotes")
    for value in added:
        store.remove_article(value.id)
    for value in added:
        store.add_article(value.id, value.source, value.date, value.quotes, value.words)
    segment_of = {k: s for k, s in store._segment_of.items() if k not in store._gone}
    for keys in store._shingles.values():
        segment_of.update(dict.fromkeys(keys, "sh-new"))
    times: dict[bool, list[float]] = {True: [], False: []}
    lines = {}
    for _ in range(7):
        for whole in (True, False):
            start = time.process_time()
            lines[whole] = (
                _every_line(store, segment_of) if whole else store._member_rows(segment_of, False)
            )
            times[whole].append(time.process_time() - start)
    return (
        f"every line made {statistics.median(times[True]):.4f} s, unchanged regions' lines "
        f"kept {statistics.median(times[False]):.4f} s; the same lines: "
        f"{lines[True] == lines[False]} ({len(lines[True])})"
    )


def _every_line(store: Any, segment_of: dict[Any, str]) -> list[str]:
    """The lines as `StoredQuotes.write` made them before branch up25: every one."""
    from index.analysis.quote_store import _member_rows

    ids: dict[Any, str] = {}
    for region, keys in store._regions.items():
        if region in store._changed:
            ids.update((k, store._gid(g)) for g in store._groups_in(region) for k in g)
        else:
            ids.update((k, store._stored_id[k]) for k in keys)
    return _member_rows(store, ids, segment_of)


def main(argv: list[str]) -> None:
    """See the module."""
    if argv[0] == "members":
        print(members(Path(argv[1]), Path(argv[2])))
        return
    count = int(argv[3]) if len(argv) > 3 else 4
    print(" ".join(f"{cpu:.4f}" for cpu in runs(Path(argv[0]), Path(argv[1]), argv[2], count)))


if __name__ == "__main__":
    main(sys.argv[1:])
