"""The core turns NumPy's huge pages off unless the user chose (st72: a third of a stories
update's CPU time at 100,000 articles was spent in page faults compacting memory for
them). The setting is read when NumPy is first imported, so it must be set by then."""

from __future__ import annotations

import os
import subprocess
import sys


def _hugepage_after_import(env: dict[str, str]) -> str:
    code = (  # NumPy's own state where it exposes it (a private getter), else the variable
        "import index, numpy, os\n"
        "core = getattr(numpy, '_core', None) or numpy.core\n"
        "get = getattr(core.multiarray, '_get_madvise_hugepage', None)\n"
        "print(int(get()) if get else os.environ['NUMPY_MADVISE_HUGEPAGE'])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_the_core_turns_numpy_huge_pages_off() -> None:
    env = {k: v for k, v in os.environ.items() if k != "NUMPY_MADVISE_HUGEPAGE"}
    assert _hugepage_after_import(env) == "0"


def test_a_users_choice_is_kept() -> None:
    assert _hugepage_after_import({**os.environ, "NUMPY_MADVISE_HUGEPAGE": "1"}) == "1"
