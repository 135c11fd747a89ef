"""Stories as the index keeps them: what they add to a rebuild and an update, and `related`.

``python -m bench.stories_wired [CORPUS]`` (default: ../shared/corpora/reuters21578.jsonl)
copies the corpus into a temporary folder as files of 100 articles, then, through
`index.library.Library` exactly as the CLI and the reader use it:

- rebuilds the index without stories and with them (wall time, and CPU seconds of the
  process and its workers): the difference is what stories add to a rebuild (reading the
  new generation back, grouping, saving);
- changes one file (100 articles) and updates, with and without stories (CPU seconds);
- asks `related` and `story_of` for 200 articles (p50 / p95) and lists the stories.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from index.library import DERIVED, Library

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "reuters21578.jsonl"
CHUNK = 100


def split(corpus: Path, folder: Path) -> list[Path]:
    """The corpus as JSON Lines files of CHUNK records each (so an update can change one)."""
    lines = corpus.read_text(encoding="utf-8").splitlines()
    files = []
    for k in range(0, len(lines), CHUNK):
        path = folder / f"part-{k // CHUNK:05d}.jsonl"
        path.write_text("\n".join(lines[k : k + CHUNK]) + "\n", encoding="utf-8")
        files.append(path)
    return files


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def cpu(action: Callable[[], object]) -> float:
    """CPU seconds ``action`` takes in this process and its worker processes (a shared
    machine's load stretches wall time, not this)."""
    before = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    action()
    after = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    return sum(
        (a.ru_utime + a.ru_stime) - (b.ru_utime + b.ru_stime)
        for a, b in zip(after, before, strict=True)
    )


def percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stories_wired", description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="stories-wired-") as temp:
        root = Path(temp)
        corpus = root / "corpus"
        corpus.mkdir()
        files = split(args.corpus, corpus)
        plain = Library(corpus, root / "plain", derived=())
        stories = Library(corpus, root / "stories", derived=DERIVED)
        figures: dict[str, float] = {}
        for name, library in (("without", plain), ("with", stories)):
            started = time.perf_counter()
            figures[f"rebuild_{name}_cpu_s"] = cpu(library.rebuild)
            figures[f"rebuild_{name}_s"] = time.perf_counter() - started
        changed = files[len(files) // 2]
        records = [json.loads(line) for line in changed.read_text(encoding="utf-8").splitlines()]
        for record in records:
            record["id"] = f"{record['id']}-changed"
        changed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        figures["update_without_cpu_s"] = cpu(plain.update)
        figures["update_with_cpu_s"] = cpu(stories.update)
        stories.open_or_build()
        ids = [a.id for a in stories.articles()]
        sample = random.Random(16).sample(ids, min(200, len(ids)))
        stories.related(sample[0])  # the first call maps the files
        took = [timed(lambda i=i: stories.related(i, 10)) * 1000 for i in sample]
        figures["related_p50_ms"] = statistics.median(took)
        figures["related_p95_ms"] = percentile(took, 0.95)
        took = [timed(lambda i=i: stories.story_of(i)) * 1000 for i in sample]
        figures["story_of_p95_ms"] = percentile(took, 0.95)
        figures["list_stories_s"] = timed(stories.stories)
        figures["stories"] = len(stories.stories())
        figures["articles"] = len(ids)
        stories.close()
    added = figures["rebuild_with_cpu_s"] - figures["rebuild_without_cpu_s"]
    update = figures["update_with_cpu_s"] - figures["update_without_cpu_s"]
    print(json.dumps({k: round(v, 3) for k, v in figures.items()}, indent=2))
    print(
        f"stories add {added:.1f} CPU s to a rebuild of {int(figures['articles']):,} articles "
        f"and {update:.2f} CPU s to an update of {CHUNK}; related p95 "
        f"{figures['related_p95_ms']:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
