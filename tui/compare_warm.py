"""The comparison readied before the first `c` (fx146): its screens' modules imported and one
comparison of two made-up texts run, in a thread worker once the first list is shown.

The first `c` of a session took about 1.5 s before the comparison showed (nu59), later ones
a tenth of that: the UI thread imported the comparison screen and the analysis under it
(`tui.screens.compare`, 0.8 s under a load of 12 on 2 cores; `tui.screens.multicompare`
0.5 s more for three marked), then the worker's first comparison paid for the modules and
regular expressions the quotes' attribution loads on first use and the sentence splitter's
set-up (0.6 s, 0.1 s later). Imports are a process's: one warm-up a process, whatever
screen asks (`warm_once`).
"""

from __future__ import annotations

import threading
from importlib import import_module

from index.library import Library
from index.models import Article

_A = (
    'Mayor Helen Okafor said on Tuesday that "the bridge will open in May," after '
    "38 years of delays. George H.W. Bush visited the site in 1991.\n\n"
    "Officials in Lagos said 1,200 workers had finished the $40 million span, Reuters reported."
)
_B = (
    'The bridge will open in May, Ms. Okafor told reporters. "We waited long enough," '
    "she said.\n\nBut critics in Abuja said the cost had doubled to $80 million."
)
WARMED = ("tui.screens.compare", "tui.screens.multicompare")
"""The comparison screens, side by side and for three to eight marked, with the analysis
each imports."""
_lock = threading.Lock()
_started = False


def warm_once() -> bool:
    """True the first time a process asks: the warm-up is then this caller's to run."""
    global _started
    with _lock:
        first, _started = not _started, True
    return first


def warm() -> None:
    """Import what the comparison screens import and compare two short texts once, off the
    UI thread: the first `c` then finds them loaded (see the module's docstring)."""
    for screen in WARMED:
        import_module(screen)

    Library.compare_pair(_article("warm-a", _A), _article("warm-b", _B))


def _article(article_id: str, body: str) -> Article:
    return Article(article_id, "", "", False, None, None, None, None, body)
