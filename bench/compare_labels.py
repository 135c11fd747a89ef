"""Hand labels for the comparison of several articles, by reference into the corpora.

No corpus text is kept: a sentence is its article id, its offsets into the corpus record's
raw ``body`` and 8 hex digits of blake2b over its normalised words (``words_hash``); a name
is its article id and the hash of its words. At run time each sentence is read from the
raw record (hash checked) and found again in the cleaned body broadsheet's ingestion gives.

- ``tests/data/paraphrase_labels.jsonl``: ``{"corpus", "story", "split": "dev"|"held", "a",
  "a_raw": [start, end], "a_words", "b", "b_raw", "b_words", "same"}``: a reader's verdict
  on whether sentence b carries what sentence a says (or a carries b), in any words.
- ``tests/data/compare_name_labels.jsonl``: ``{"corpus", "story", "article", "name",
  "split", "absent", "is_name"}``: a name reported as only in ``article`` (``name`` is the
  hash of its words); ``absent`` is the reader's verdict that no other article of the story
  names it in any form (variants, surnames, acronyms, demonyms), ``is_name`` whether it
  is a name at all (not a fragment, a common noun or page furniture).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from bench.quotes_eval import map_span, raw_records, words_hash
from index.analysis.multicompare import MultiComparison
from index.analysis.numbers import find_numbers
from index.analysis.passages import pairwise_runs
from index.analysis.sentencematch import SentenceMatcher, SentenceWords
from index.analysis.words import words_of
from index.sentences import sentence_index_at

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("BROADSHEET_CORPORA") or ROOT.parent / "shared" / "corpora")
PAIR_LABELS = ROOT / "tests" / "data" / "paraphrase_labels.jsonl"
NAME_LABELS = ROOT / "tests" / "data" / "compare_name_labels.jsonl"


def name_hash(name: str) -> str:
    """The label key of a name: the hash of its normalised words."""
    return words_hash(name)


@dataclass(frozen=True, slots=True)
class NameLabel:
    """A reader's verdict on a name reported as only in one article."""

    story: str
    article: str
    name: str
    split: str
    absent: bool
    is_name: bool


@dataclass(frozen=True, slots=True)
class PairLabel:
    """A reader's verdict on two sentences of one story, located in the raw records."""

    story: str
    split: str
    a: str
    a_raw: tuple[int, int]
    a_words: str
    b: str
    b_raw: tuple[int, int]
    b_words: str
    same: bool


def _rows(path: Path) -> list[dict[str, object]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def load_name_labels(path: Path = NAME_LABELS) -> list[NameLabel]:
    """The name labels (an empty list when the file is absent)."""
    return [
        NameLabel(
            str(r["story"]),
            str(r["article"]),
            str(r["name"]),
            str(r.get("split", "dev")),
            bool(r["absent"]),
            bool(r.get("is_name", True)),
        )
        for r in _rows(path)
    ]


def load_pair_labels(path: Path = PAIR_LABELS) -> list[PairLabel]:
    """The sentence-pair labels (an empty list when the file is absent)."""
    out = []
    for r in _rows(path):
        a_raw, b_raw = r["a_raw"], r["b_raw"]
        assert isinstance(a_raw, list) and isinstance(b_raw, list)
        out.append(
            PairLabel(
                str(r["story"]),
                str(r["split"]),
                str(r["a"]),
                (int(a_raw[0]), int(a_raw[1])),
                str(r["a_words"]),
                str(r["b"]),
                (int(b_raw[0]), int(b_raw[1])),
                str(r["b_words"]),
                bool(r["same"]),
            )
        )
    return out


_RAW: dict[Path, dict[str, str]] = {}


def raw_body(article: str, corpora: Path = CORPORA) -> str | None:
    """The raw ``body`` of a corpus record, by id (the corpus is known from the id)."""
    corpus = corpora / (
        "allsides_stories.jsonl" if article.startswith("as-") else "newsarticles.jsonl"
    )
    if corpus not in _RAW:
        records = raw_records(corpus, _all_ids(corpus)) if corpus.is_file() else {}
        _RAW[corpus] = {k: str(v.get("body", "")) for k, v in records.items()}
    return _RAW[corpus].get(article)


def _all_ids(corpus: Path) -> set[str]:
    with corpus.open(encoding="utf-8") as handle:
        return {json.loads(line)["id"] for line in handle if line.strip()}


def locate(
    comparison: MultiComparison,
    article: str,
    raw: tuple[int, int],
    words: str,
    corpora: Path = CORPORA,
) -> tuple[int, int] | None:
    """(article position, sentence index) of a labelled sentence, or None when it is gone."""
    body = raw_body(article, corpora)
    if body is None or words_hash(body[raw[0] : raw[1]]) != words:
        return None
    try:
        p = comparison.position(article)
    except ValueError:
        return None
    span = map_span(body, raw[0], raw[1], comparison.documents[p].body, near=raw[0])
    if span is None:
        return None
    s = sentence_index_at(comparison.sentences[p], span[0])
    return None if s is None else (p, s)


def matcher(comparison: MultiComparison) -> SentenceMatcher:
    """The sentence matcher of a comparison's articles (as ``compare_many`` builds it)."""
    words = [words_of(d.body) for d in comparison.documents]
    runs = pairwise_runs([[w.norm for w in ws] for ws in words])
    table = [
        SentenceWords.of(s, w, find_numbers(d.body))
        for s, w, d in zip(comparison.sentences, words, comparison.documents, strict=True)
    ]
    return SentenceMatcher(table, runs)


_MATCHERS: dict[int, tuple[MultiComparison, SentenceMatcher]] = {}


def pair_verdict(
    label: PairLabel, comparison: MultiComparison | None, corpora: Path = CORPORA
) -> bool | None:
    """Whether the comparison says one sentence carries the other (None: cannot tell)."""
    if comparison is None:
        return None
    a = locate(comparison, label.a, label.a_raw, label.a_words, corpora)
    b = locate(comparison, label.b, label.b_raw, label.b_words, corpora)
    if a is None or b is None:
        return None
    known = _MATCHERS.get(id(comparison))
    if known is None or known[0] is not comparison:
        known = _MATCHERS[id(comparison)] = (comparison, matcher(comparison))
    m = known[1]
    return m.relation(*a, *b) is not None or m.relation(*b, *a) is not None
