"""An update's derive child keeps NumPy's arrays off huge pages (`derive.small_pages`)."""

from __future__ import annotations

import subprocess
import sys

CODE = """
try:
    from numpy._core.multiarray import _get_madvise_hugepage
except ImportError:  # NumPy 1.x
    from numpy.core.multiarray import _get_madvise_hugepage
from index.store import derive
print(_get_madvise_hugepage())
derive.small_pages()
print(_get_madvise_hugepage())
"""


def test_small_pages_turns_numpys_huge_page_advice_off() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CODE],
        capture_output=True,
        text=True,
        check=True,
        env={"NUMPY_MADVISE_HUGEPAGE": "1", "PATH": ""},
    )
    assert done.stdout.split() == ["True", "False"]


def test_the_derive_child_turns_it_off_before_its_kinds_update(monkeypatch) -> None:
    from index.store import derive

    calls: list[str] = []
    monkeypatch.setattr(derive, "small_pages", lambda: calls.append("pages"))

    class Kind:
        name = "k"
        light = True  # no grandchild forked for the first (`index.store.aside.fork_aside`)

        def extract(self, article: object) -> object:
            return article

        def update(self, *args: object) -> None:
            calls.append("update")

    class Later:
        raw = False

        def removed(self) -> list[str]:
            return []

    derive._update_later(Kind(), None, None, Later())  # type: ignore[arg-type]
    derive._update_all_later([Kind(), Kind()], [None, None], [None, None], Later())  # type: ignore[list-item,arg-type]
    assert calls == ["pages", "update", "pages", "update", "update"]
