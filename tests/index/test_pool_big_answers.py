"""A rebuild whose workers answer with more than a pipe holds while they are sent more.

Each worker sends back what the extracting kinds made of every article; the parent sends
the next batch meanwhile. When both messages are larger than the pipes hold, the worker
blocked writing its answer must still read its jobs, or parent and worker wait on each
other for ever (seen with a JSON Lines file of long, quote-heavy articles).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Collection, Iterable
from pathlib import Path

from index.models import Article, ProgressCallback

BODY_CHARS = 1_900_000
"""Longer than a pipe's buffer (1 MB asked for), so that one job fills it; and under the
limit on an article (`index.ingest.files.MAX_ARTICLE_CHARS`), so that it is indexed."""


class Bulky:
    """An extracting kind whose value of each article is as large as the article."""

    name = "bulky"

    def extract(self, article: Article) -> tuple[str, str]:
        return article.id, article.body

    def build(
        self,
        articles: Iterable[tuple[str, str]],
        folder: Path,
        on_progress: ProgressCallback | None,
    ) -> None:
        sizes = [f"{aid} {len(body)}" for aid, body in articles]
        (folder / "sizes.txt").write_text("\n".join(sizes), encoding="utf-8")

    def update(
        self,
        previous: Path,
        added: Iterable[tuple[str, str]],
        removed: Collection[str],
        folder: Path,
        on_progress: ProgressCallback | None,
    ) -> None:
        self.build(added, folder, on_progress)


_SCRIPT = """
import sys
from pathlib import Path
from index.store import build as build_module
from index.store.build import rebuild
from tests.index.test_pool_big_answers import Bulky
build_module.MULTIPROCESS_MIN_DOCS = 0
report = rebuild(Path(sys.argv[1]), Path(sys.argv[2]), procs=2, derived=[Bulky()])
print(report.indexed)
"""


def test_long_articles_with_large_extracted_values_do_not_hang_the_build(tmp_path: Path) -> None:
    corpus = tmp_path / "long.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        for n in range(8):
            words = " ".join(f"word{n}x{i % 997}" for i in range(BODY_CHARS // 10))
            row = {"id": f"long-{n}", "title": f"Long {n}", "date": "2020-01-02", "body": words}
            handle.write(json.dumps(row) + "\n")
    root = Path(__file__).resolve().parents[2]
    # in a child process: a hang must fail this test, not the whole run (the guard is
    # minutes, far beyond the seconds the build takes; it is no timing assertion)
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(corpus), str(tmp_path / "index")],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-1] == "8"
    gens = list((tmp_path / "index").glob("gen-*/bulky/sizes.txt"))
    assert len(gens) == 1
    assert len(gens[0].read_text(encoding="utf-8").splitlines()) == 8
