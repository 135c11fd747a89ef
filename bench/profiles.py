"""Where the time goes: profiles of one rebuild and of keystroke-to-list.

- ``rebuild``: ``index.build.rebuild`` with one process, under pyinstrument, so that all
  the work (reading, cleaning, metadata, analysis, writing) is in the one process sampled.
- ``command``: ``broadsheet index rebuild`` as a user runs it (its default processes),
  under pyinstrument: the main process only (startup, reading and cleaning, waiting for
  the writers), which is what the whole-process figure adds to raw Whoosh.
- ``keystroke``: the reader typing 30 words (``bench/tui_bench.py``): pyinstrument samples
  the UI thread, and cProfile runs inside each index call the search workers make
  (``search``, ``count``, ``highlighter``, ``article``, ``with_snippet``), their stats
  summed, since a sampling profiler of one thread does not see the others.

Each writes its full text to ``bench/results/profile-*.txt``; the top lines are returned.
"""

from __future__ import annotations

import sys
import sysconfig
from pathlib import Path
from typing import Any

from bench.common import ROOT, child
from bench.process import broadsheet, run

TOP = 30

REBUILD = """
from pathlib import Path; from pyinstrument import Profiler; from index.build import rebuild
profiler = Profiler(interval=0.001)
profiler.start(); report = rebuild(Path(sys.argv[1]), Path(sys.argv[2]), procs=1); profiler.stop()
Path(sys.argv[3]).write_text(profiler.output_text(unicode=True), encoding="utf-8")
Path(sys.argv[4]).write_text(profiler.output_text(unicode=True, flat=True), encoding="utf-8")
result = {"seconds": profiler.last_session.duration, "docs": report.indexed}
"""

KEYSTROKE = """
import asyncio, contextlib, cProfile, io, pstats; from pathlib import Path
from pyinstrument import Profiler
from bench.tui_bench import measure
from index.search import CorpusIndex
profiles = []
NAMES = ("search", "count", "highlighter", "article", "with_snippet")

def profiled(original):
    def call(self, *args, **kwargs):
        profile = cProfile.Profile()
        profile.enable()
        try:
            return original(self, *args, **kwargs)
        finally:
            profile.disable()
            profiles.append(profile)
    return call

@contextlib.contextmanager
def around():
    originals = {name: getattr(CorpusIndex, name) for name in NAMES}
    for name, original in originals.items():
        setattr(CorpusIndex, name, profiled(original))
    profiler = Profiler(interval=0.001, async_mode="disabled")
    profiler.start()
    try:
        yield
    finally:
        profiler.stop()
        for name, original in originals.items():
            setattr(CorpusIndex, name, original)
        Path(sys.argv[3]).write_text(profiler.output_text(unicode=True), encoding="utf-8")
        flat = profiler.output_text(unicode=True, flat=True)
        Path(sys.argv[4]).write_text(flat, encoding="utf-8")

result = asyncio.run(
    measure(Path(sys.argv[1]), Path(sys.argv[2]), False, around, words=int(sys.argv[6]))
)
text = io.StringIO()
stats = pstats.Stats(*profiles, stream=text) if profiles else None
if stats:
    stats.sort_stats("cumulative").print_stats(40)
    Path(sys.argv[5]).write_text(text.getvalue(), encoding="utf-8")
result["index_calls"] = len(profiles)
"""


def _top(path: Path, lines: int = TOP) -> str:
    """The first ``lines`` non-empty lines of a profile's text (pyinstrument's header kept)."""
    kept = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return "\n".join(kept[:lines])


def _pstats_top(path: Path, lines: int = TOP) -> str:
    """The table of a cProfile text from its column header on, ``lines`` rows long."""
    raw_text = path.read_text(encoding="utf-8")
    for prefix in (sysconfig.get_paths()["purelib"], str(ROOT)):
        raw_text = raw_text.replace(prefix + "/", "")
    text = raw_text.splitlines()
    start = next((n for n, line in enumerate(text) if "ncalls" in line), 0)
    head = [line for line in text[:start] if "function calls" in line]
    return "\n".join(head + text[start : start + lines + 1])


def rebuild(corpus: Path, work: Path, out: Path) -> dict[str, Any]:
    """Profile one single-process rebuild of ``corpus``."""
    tree, flat = out / "profile-rebuild.txt", out / "profile-rebuild-flat.txt"
    result = child(REBUILD, str(corpus), str(work / "profile-index"), str(tree), str(flat))
    return {**result, "tree": _top(tree, 45), "flat": _top(flat), "files": [str(tree), str(flat)]}


def command(corpus: Path, work: Path, out: Path) -> dict[str, Any]:
    """Profile ``broadsheet index rebuild`` as run (main process; workers not sampled)."""
    from pyinstrument.renderers import ConsoleRenderer
    from pyinstrument.session import Session

    saved = work / "command.pyisession"
    script = broadsheet()[0]
    profiled = [sys.executable, "-m", "pyinstrument", "-r", "session", "-o", str(saved)]
    profiled += [script, "index", "rebuild", "--corpus", str(corpus), "--index-dir"]
    timed = run([*profiled, str(work / "profile-command-index")], work)
    session = Session.load(str(saved))
    tree, flat = out / "profile-command.txt", out / "profile-command-flat.txt"
    tree.write_text(ConsoleRenderer(unicode=True).render(session), encoding="utf-8")
    flat.write_text(ConsoleRenderer(unicode=True, flat=True).render(session), encoding="utf-8")
    return {
        "seconds": timed["seconds"],
        "tree": _top(tree, 45),
        "flat": _top(flat),
        "files": [str(tree), str(flat)],
    }


def keystroke(corpus: Path, index_dir: Path, out: Path, words: int = 30) -> dict[str, Any]:
    """Profile the reader while ``words`` words are typed, on ``index_dir``."""
    tree = out / "profile-keystroke.txt"
    flat = out / "profile-keystroke-flat.txt"
    workers = out / "profile-keystroke-workers.txt"
    paths = (corpus, index_dir, tree, flat, workers)
    result = child(KEYSTROKE, *map(str, paths), str(words))
    return {
        "keystroke_p95_ms": result["keystroke_p95_ms"],
        "index_calls": result["index_calls"],
        "tree": _top(tree, 45),
        "flat": _top(flat),
        "workers": _pstats_top(workers) if workers.exists() else "",
        "files": [str(tree), str(flat), str(workers)],
    }
