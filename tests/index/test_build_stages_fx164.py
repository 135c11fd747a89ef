"""Every step of a build says what runs (fx164, nu65 #2): the bar stood at "saving 1/1" for
3 s while the indexing workers finished their last batches, and at "casing 0/0" for 5.4 s
while the quotes, built in a process of their own, finished."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from index.models import Article, Progress, ProgressCallback
from index.store.build import LAST_BATCHES, indexing_last, rebuild
from index.store.derive import finishing
from index.store.pool import WorkerPool


@dataclass
class Slow:
    """A fake slow stage: it notes the stage the bar showed when it started."""

    name: str
    seen: list[Progress]
    showed: list[str] = field(default_factory=list)

    def build(
        self, articles: Iterable[Article], folder: Path, on_progress: ProgressCallback | None
    ) -> None:
        self.showed.append(self.seen[-1].phase)
        for _ in articles:
            pass
        time.sleep(0.05)
        (folder / "done").write_text("1", encoding="utf-8")


def test_each_slow_stage_is_named_while_it_runs(corpus: Path, index_dir: Path) -> None:
    seen: list[Progress] = []
    kinds = [Slow(name, seen) for name in ("first", "second", "third")]
    rebuild(corpus, index_dir, procs=1, on_progress=seen.append, derived=kinds)
    assert [kind.showed for kind in kinds] == [["first"], ["second"], ["third"]]


@given(st.lists(st.integers(0, 4), min_size=1, max_size=4), st.randoms(use_true_random=False))
def test_the_last_batches_are_counted_as_they_come(pending: list[int], rnd: object) -> None:
    """Oracle: after each answer, batches indexed = batches waited for - batches pending."""
    workers = [SimpleNamespace(pending=n) for n in pending]

    def collect(*, block: bool) -> None:  # one worker answers one batch
        busy = [w for w in workers if w.pending]
        rnd.choice(busy).pending -= 1  # type: ignore[attr-defined]

    pool = SimpleNamespace(workers=workers, _collect=collect)
    seen: list[Progress] = []
    WorkerPool.wait_indexed(pool, indexing_last(seen.append))  # type: ignore[arg-type]
    total = sum(pending)
    assert [(p.done, p.total) for p in seen] == [(k, total) for k in range(total)]
    assert all(p.phase == LAST_BATCHES for p in seen)
    assert all(w.pending == 0 for w in workers)


def test_a_build_waiting_for_kinds_built_aside_names_them() -> None:
    children = [SimpleNamespace(kinds=("quotes",)), SimpleNamespace(kinds=("stories", "copies"))]
    assert finishing(children) == "finishing quotes and stories and copies"  # type: ignore[arg-type]
    assert indexing_last(None) is None
