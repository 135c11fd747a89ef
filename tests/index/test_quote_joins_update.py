"""rv41: an update of the quotes stores the groups a rebuild of the same corpus stores, for
corpora made to exercise qg36's joins (statements quoted whole by one outlet and in parts
by another, speakers by surname or none, days apart): `quote_parts`, `RUN` and `told` read
regions an update may touch only in part."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.analysis.quote_derived import QuotesDerived, _read_groups
from index.store.build import rebuild
from index.store.generations import current_generation
from index.store.update import update
from tests.index.test_quote_joins_order import DAY, article, body_of
from tests.quote_rows import record, write_rows


def _rows(articles: list[tuple[str, int]], prefix: str) -> list[dict[str, str]]:
    return [
        record(
            f"{prefix}{n}", f"Outlet {n % 3}", (DAY.fromordinal(DAY.toordinal() + d)).isoformat(), b
        )
        for n, (b, d) in enumerate(articles)
    ]


def _groups(index_dir: Path) -> list[frozenset[tuple[str, str]]]:
    live = current_generation(index_dir)
    assert live is not None
    stored: list[dict[str, Any]] = _read_groups(live / "quotes")
    return sorted(
        (frozenset((o["article"], o["text"]) for o in g["occurrences"]) for g in stored),
        key=sorted,
    )


bodies = st.lists(article, min_size=2, max_size=5).map(
    lambda arts: [(body_of(qs), d) for qs, d in arts]
)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(before=bodies, after=bodies, kept=st.integers(0, 5))
def test_an_update_stores_what_a_rebuild_stores(
    tmp_path_factory: Any, before: list[tuple[str, int]], after: list[tuple[str, int]], kept: int
) -> None:
    root = tmp_path_factory.mktemp("joins")
    old = _rows(before, "a")
    corpus = write_rows(root / "corpus", old)
    rebuild(corpus, root / "updated", procs=1, derived=[QuotesDerived()])
    for row in old[kept:]:  # the first `kept` stay, the others go
        (corpus / f"{row['id']}.json").unlink()
    new = _rows(after, "a")[kept:]  # the same ids again with other bodies, or new ones
    write_rows(corpus, new)
    update(corpus, root / "updated", procs=1, derived=[QuotesDerived()])
    rebuild(corpus, root / "fresh", procs=1, derived=[QuotesDerived()])
    assert _groups(root / "updated") == _groups(root / "fresh")
