"""`python -m bench.compare_eval`: comparing 2-8 articles, its quality on real stories, its speed.

Stories: every labelled story of ``allsides_stories.jsonl`` (articles with the same
``story``) and the same-event groups of ``newsarticles.jsonl`` listed (by id) in
``tests/data/compare_groups.jsonl``, all read through broadsheet's ingestion.

Figures:
- verbatim passages true in every listed article (word for word, case and punctuation
  aside), checked against each article's body;
- names reported as only in one article that really are absent from the others, by an
  oracle (neither the full name nor its last word, capitalised, in any other article) and
  by the hand labels of ``tests/data/compare_name_labels.jsonl``;
- sentence pairs judged by a reader (``tests/data/paraphrase_labels.jsonl``): how often
  the comparison says "carries it" exactly when the reader did;
- time to compare 8 articles of 1,500 words each (real same-event articles joined and cut
  to length), against 28 two-article comparisons of the same texts in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.compare_labels import (
    NameLabel,
    PairLabel,
    load_name_labels,
    load_pair_labels,
    name_hash,
    pair_verdict,
)
from index.analysis.multicompare import Document, MultiComparison, compare_many
from index.analysis.words import normalize_words, undot
from index.compare import compare
from index.ingest import iter_articles
from index.models import Article
from index.sentences import _split_line

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("BROADSHEET_CORPORA") or ROOT.parent / "shared" / "corpora")
GROUPS = ROOT / "tests" / "data" / "compare_groups.jsonl"
SPEED_WORDS = 1500
SPEED_ARTICLES = 8


@dataclass(frozen=True, slots=True)
class Story:
    """Articles that report one event."""

    corpus: str
    name: str
    articles: tuple[Article, ...]


def cleaned(corpus: Path) -> dict[str, Article]:
    """The articles of a corpus as broadsheet's ingestion reads them, by id."""
    return {a.id: a for a in iter_articles(corpus) if isinstance(a, Article)}


def load_stories(corpora: Path = CORPORA, groups: Path = GROUPS) -> list[Story]:
    """The labelled AllSides stories and the listed same-event newsarticles groups."""
    stories: list[Story] = []
    allsides = cleaned(corpora / "allsides_stories.jsonl")
    by_story: dict[str, list[Article]] = defaultdict(list)
    for art in allsides.values():
        by_story[art.extra.get("story", art.id)].append(art)
    for name, arts in sorted(by_story.items()):
        if len(arts) >= 2:
            stories.append(Story("allsides_stories.jsonl", name, tuple(arts)))
    rows = [json.loads(line) for line in groups.read_text(encoding="utf-8").splitlines() if line]
    news = cleaned(corpora / "newsarticles.jsonl")
    for row in rows:
        group = tuple(news[i] for i in row["articles"] if i in news)
        if len(group) >= 2:
            stories.append(Story(row["corpus"], row["group"], group))
    return stories


# --- verbatim passages --------------------------------------------------------------------


def check_passages(comparison: MultiComparison) -> tuple[int, int, list[str]]:
    """Verbatim passages whose words occur in every listed article: (true, total, failures)."""
    docs = comparison.documents
    bodies = [f" {normalize_words(d.body)} " for d in docs]
    true = total = 0
    failures: list[str] = []
    for p in comparison.passages:
        if p.kind != "verbatim":
            continue
        total += 1
        words = normalize_words(p.text)
        ok = bool(words) and all(f" {words} " in bodies[a] for a in p.articles)
        ok = ok and all(normalize_words(docs[a].body[s:e]) == words for a, s, e in p.spans)
        true += ok
        if not ok:
            failures.append(f"{[docs[a].id for a in p.articles]}: {words[:60]}")
    return true, total, failures


# --- names --------------------------------------------------------------------------------

_CAP = re.compile(r"\b[A-Z][\w'’-]*")


def _capitalised(text: str) -> set[str]:
    return {w.lower().rstrip("'’s") for w in _CAP.findall(undot(text))} | {
        w.lower() for w in _CAP.findall(undot(text))
    }


def oracle_absent(name: str, others: Sequence[str]) -> bool:
    """True when neither ``name`` nor its last word (capitalised) is in any of ``others``."""
    words = normalize_words(undot(name)).split()
    if not words:
        return True
    for text in others:
        if f" {' '.join(words)} " in f" {normalize_words(undot(text))} ":
            return False
        if words[-1] in _capitalised(text):
            return False
    return True


@dataclass(slots=True)
class NameScores:
    """Names reported as only in one article, checked."""

    reported: int = 0
    oracle_absent: int = 0
    labelled: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    labelled_absent: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    labelled_names: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    errors: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The figures as lines of text."""
        out = [
            f"== names only in one article: {self.reported} reported; the oracle says absent "
            f"{self.oracle_absent / max(1, self.reported):.1%}"
        ]
        for split in sorted(self.labelled):
            n = self.labelled[split]
            out.append(
                f"   hand labels ({split}): really absent {self.labelled_absent[split]}/{n} "
                f"({self.labelled_absent[split] / max(1, n):.1%}); a name at all "
                f"{self.labelled_names[split]}/{n} ({self.labelled_names[split] / max(1, n):.1%})"
            )
        return out


def score_names(
    comparison: MultiComparison, labels: dict[tuple[str, str], NameLabel], s: NameScores
) -> None:
    """Add one comparison's only-in names to ``s``."""
    bodies = [d.body for d in comparison.documents]
    for k, only in enumerate(comparison.only_in):
        art = comparison.documents[k].id
        others = [b for j, b in enumerate(bodies) if j != k]
        for entity in only.names:
            s.reported += 1
            absent = oracle_absent(entity.name, others)
            s.oracle_absent += absent
            if not absent:
                s.errors.append(f"{art}: {entity.name} (oracle: present elsewhere)")
            label = labels.get((art, name_hash(entity.name)))
            if label is not None:
                s.labelled[label.split] += 1
                s.labelled_absent[label.split] += label.absent
                s.labelled_names[label.split] += label.is_name
                if not label.absent:
                    s.errors.append(f"{art}: {entity.name} (label: present elsewhere)")


# --- speed --------------------------------------------------------------------------------


def speed_documents(story: Story, count: int = SPEED_ARTICLES) -> list[Document]:
    """``count`` documents of ``SPEED_WORDS`` words: each story article, then the next
    ones, joined paragraph by paragraph and cut at that many words."""
    arts = list(story.articles)
    docs = []
    for k in range(count):
        paragraphs: list[str] = []
        words = 0
        j = k
        while words < SPEED_WORDS:
            for para in arts[j % len(arts)].body.split("\n\n"):
                take = para.split()[: SPEED_WORDS - words]
                paragraphs.append(" ".join(take))
                words += len(take)
                if words >= SPEED_WORDS:
                    break
            j += 1
        docs.append(Document(f"speed-{k}", "", None, None, "\n\n".join(paragraphs)))
    return docs


@dataclass(frozen=True, slots=True)
class Timing:
    """Best of several rounds, wall clock and CPU time of this process, in seconds."""

    wall: float
    cpu: float


def time_compare(docs: Sequence[Document], rounds: int = 3) -> tuple[Timing, Timing]:
    """Best of ``rounds``, caches cold: (compare_many of all, two-article ``compare`` of
    every pair, with the same sentence splitting and quote extraction)."""
    many: list[tuple[float, float]] = []
    pairs: list[tuple[float, float]] = []
    for r in range(rounds):
        fresh = [
            Document(f"{d.id}-{r}", d.title, d.source, d.date, d.body + f"\n\n{r}") for d in docs
        ]
        _split_line.cache_clear()  # sentence splitting as for articles never shown before
        wall, cpu = time.perf_counter(), time.process_time()
        compare_many(fresh)
        many.append((time.perf_counter() - wall, time.process_time() - cpu))
        _split_line.cache_clear()
        wall, cpu = time.perf_counter(), time.process_time()
        for i in range(len(fresh)):
            for j in range(i + 1, len(fresh)):
                compare(fresh[i].body + " ", fresh[j].body + " ")
        pairs.append((time.perf_counter() - wall, time.process_time() - cpu))
    return (
        Timing(min(w for w, _ in many), min(c for _, c in many)),
        Timing(min(w for w, _ in pairs), min(c for _, c in pairs)),
    )


@dataclass(slots=True)
class Quality:
    """Everything measured on the labelled stories in one pass."""

    comparisons: dict[str, MultiComparison] = field(default_factory=dict)
    seconds: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    passages_true: int = 0
    passages: int = 0
    failures: list[str] = field(default_factory=list)
    names: NameScores = field(default_factory=NameScores)


def evaluate(stories: Sequence[Story]) -> Quality:
    """Compare every story; check its passages and score its only-in names."""
    name_labels = {(lb.article, lb.name): lb for lb in load_name_labels()}
    q = Quality()
    for story in stories:
        start = time.perf_counter()
        comparison = compare_many(story.articles)
        q.seconds[story.corpus].append(time.perf_counter() - start)
        q.comparisons[story.name] = comparison
        true, total, failures = check_passages(comparison)
        q.passages_true += true
        q.passages += total
        q.failures += failures
        score_names(comparison, name_labels, q.names)
    return q


@dataclass(slots=True)
class PairScores:
    """The comparison's verdicts on labelled sentence pairs against the reader's."""

    split: str
    pairs: int = 0
    agreed: int = 0
    reader_same: int = 0
    said_same: int = 0
    said_same_right: int = 0
    unmapped: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of the pairs called "carries it" that the reader called the same."""
        return self.said_same_right / self.said_same if self.said_same else 1.0

    @property
    def recall(self) -> float:
        """Share of the pairs the reader called the same that the comparison found."""
        return self.said_same_right / self.reader_same if self.reader_same else 1.0

    def line(self) -> str:
        """The figures as one line of text."""
        return (
            f"== sentence pairs ({self.split}, {self.pairs}): called 'carries it' "
            f"{self.said_same}, right {self.said_same_right} ({self.precision:.1%}); found "
            f"{self.recall:.1%} of the {self.reader_same} the reader paired; agreed on "
            f"{self.agreed / max(1, self.pairs):.1%}; unmapped {self.unmapped}"
        )


def score_pairs(
    labels: Sequence[PairLabel], comparisons: dict[str, MultiComparison], split: str
) -> PairScores:
    """Score the comparison's verdicts on the labelled pairs of one split."""
    s = PairScores(split)
    for label in labels:
        if label.split != split:
            continue
        verdict = pair_verdict(label, comparisons.get(label.story))
        if verdict is None:
            s.unmapped += 1
            continue
        s.pairs += 1
        s.agreed += verdict == label.same
        s.reader_same += label.same
        s.said_same += verdict
        s.said_same_right += verdict and label.same
        if verdict != label.same:
            s.errors.append(
                f"{label.story} {label.a}/{label.b}: said {verdict}, reader {label.same}"
            )
    return s


def main(argv: Sequence[str] | None = None) -> int:
    """Print the quality figures on the labelled stories and the speed."""
    parser = argparse.ArgumentParser(prog="python -m bench.compare_eval")
    parser.add_argument("--errors", action="store_true", help="list every failure")
    parser.add_argument("--skip-speed", action="store_true")
    args = parser.parse_args(argv)
    if not CORPORA.is_dir():
        print(f"no corpora at {CORPORA}")
        return 1
    stories = load_stories()
    q = evaluate(stories)
    counts: dict[str, int] = defaultdict(int)
    for story in stories:
        counts[story.corpus] += 1
    print(f"== stories: {dict(counts)}; {sum(len(s.articles) for s in stories)} articles")
    for corpus, times in q.seconds.items():
        print(
            f"   {corpus}: median {statistics.median(times) * 1000:.0f} ms, max "
            f"{max(times) * 1000:.0f} ms per story"
        )
    print(
        f"== verbatim passages true in every listed article: {q.passages_true}/{q.passages}"
        f" ({q.passages_true / q.passages if q.passages else 1:.1%})"
    )
    print("\n".join(q.names.lines()))
    pairs = load_pair_labels()
    for split in ("dev", "held"):
        scores = score_pairs(pairs, q.comparisons, split)
        print(scores.line())
        if args.errors:
            print("\n".join(f"  {e}" for e in scores.errors))
    if args.errors:
        print("\n".join(f"  {f}" for f in q.failures + q.names.errors))
    if not args.skip_speed:
        longest = max(
            (s for s in stories if s.corpus == "newsarticles.jsonl"), key=lambda s: len(s.articles)
        )
        many, pairwise = time_compare(speed_documents(longest))
        load = os.getloadavg()[0]
        print(
            f"== speed: {SPEED_ARTICLES} articles of {SPEED_WORDS} words ({longest.name}): "
            f"{many.wall * 1000:.0f} ms wall, {many.cpu * 1000:.0f} ms CPU; the 28 "
            f"two-article comparisons of the same texts {pairwise.wall * 1000:.0f} ms wall, "
            f"{pairwise.cpu * 1000:.0f} ms CPU (ratio {many.cpu / pairwise.cpu:.2f}); "
            f"load average {load:.1f} on {os.cpu_count()} cores"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
