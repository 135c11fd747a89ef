"""The leans a build keeps (`index.lean_map`) against the oracle: `article_lean` of every
article as it stands, after a build and after any update; and `given_leans` reading the
articles only when the index keeps none (an index built before fx64)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from index.lean_map import FILE, NAME, LeansDerived, kept_leans
from index.leans import Lean, article_lean, given_leans
from index.models import Article

RATINGS = st.sampled_from(["Lean Left", "right", "Center", "mixed", "", "conservative"])
EXTRAS = st.dictionaries(st.sampled_from(["stance", "Bias", "lean", "topic"]), RATINGS, max_size=2)
CORPORA = st.dictionaries(st.sampled_from([f"a{n}" for n in range(12)]), EXTRAS, max_size=12)


def articles(corpus: dict[str, dict[str, str]]) -> list[Article]:
    return [
        Article(i, f"{i}.txt", i, False, "Outlet", None, None, None, "b", extra=corpus[i])
        for i in sorted(corpus)
    ]


def oracle(corpus: dict[str, dict[str, str]]) -> dict[str, str]:
    return {i: lean for i, extra in corpus.items() if (lean := article_lean(extra)) is not None}


def built(kind: LeansDerived, corpus: dict[str, dict[str, str]], folder: Path) -> Path:
    folder.mkdir()
    kind.build([kind.extract(a) for a in articles(corpus)], folder, None)
    return folder


@given(CORPORA, CORPORA)
def test_build_and_update_keep_what_the_articles_give(
    before: dict[str, dict[str, str]], after: dict[str, dict[str, str]]
) -> None:
    kind = LeansDerived()
    with tempfile.TemporaryDirectory() as tmp:
        first = built(kind, before, Path(tmp) / "one")
        assert kept_leans(first) == oracle(before)
        changed = {i for i in after if i in before and after[i] != before[i]}
        removed = (set(before) - set(after)) | changed
        added = [a for a in articles(after) if a.id not in before or a.id in changed]
        second = Path(tmp) / "two"
        second.mkdir()
        kind.update(first, [kind.extract(a) for a in added], removed, second, None)
        assert kept_leans(second) == oracle(after)
        assert (second / FILE).read_bytes() == (
            built(kind, after, Path(tmp) / "x") / FILE
        ).read_bytes()


class Held:
    """A library whose articles are ``corpus``, keeping leans in ``folder`` (None: none)."""

    def __init__(self, corpus: dict[str, dict[str, str]], folder: Path | None) -> None:
        self.by_id = {a.id: a for a in articles(corpus)}
        self.folder = folder
        self.reads = 0

    def article(self, article_id: str) -> Article:
        self.reads += 1
        return self.by_id[article_id]

    def kept_leans(self) -> dict[str, Lean] | None:  # as `Library.kept_leans`
        return kept_leans(self.folder / NAME if self.folder else None)


@given(CORPORA)
def test_given_leans_reads_articles_only_when_none_are_kept(
    corpus: dict[str, dict[str, str]],
) -> None:
    ids = [*sorted(corpus), "missing"]
    want = oracle(corpus)
    old = Held(corpus, None)
    assert given_leans(old, ids) == {i: want.get(i) for i in corpus}  # the unknown id left out
    assert old.reads == len(ids)
    with tempfile.TemporaryDirectory() as tmp:
        built(LeansDerived(), corpus, Path(tmp) / "leans")
        new = Held(corpus, Path(tmp))
        found = given_leans(new, ids)
        assert new.reads == 0
        assert {i: lean for i, lean in found.items() if lean} == want
