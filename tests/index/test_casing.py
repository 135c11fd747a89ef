"""The corpus's casing (`index.analysis.casing`, fn46): counts against an oracle, an update
against the counts of every article it ever saw (removed ones' evidence stays until a
rebuild), and compare's "only in" names with it: Place, Doubt, Staff dropped; Republic,
Catholic, Congress kept; the seeds' comparisons unchanged."""

from __future__ import annotations

import itertools
import json
import shutil
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.analysis.casing import (
    COMMON,
    COUNTS,
    NAME,
    CasingDerived,
    common_in,
    common_words,
    count,
    read_counts,
)
from index.analysis.pair_names import pair_only_in
from index.library import Library, compare_many, default_derived
from index.models import Article
from index.rules import kinds_lacking
from index.store.build import rebuild
from index.store.generations import current_generation, load_manifest
from index.store.update import update
from tests.conftest import SEEDS, write_corpus
from tui.cli import app

_WORD = st.sampled_from(["place", "doubt", "staff", "congress", "river", "chiefs", "met"])


@given(st.lists(st.tuples(st.text(alphabet="abcdefgh", min_size=2, max_size=6), st.booleans())))
def test_counts_match_an_oracle(words: list[tuple[str, bool]]) -> None:
    """Oracle: one sentence "Start w1 w2 ...", each word in lower case or capitalised, every
    one inside the sentence after a word ending in a lower-case letter."""
    written = [w.capitalize() if cap else w for w, cap in words]
    lower, mid = count(["Start " + " ".join(written) + "."])
    assert lower == Counter(w for w, cap in words if not cap)
    assert mid == Counter(w for w, cap in words if cap)


def test_addresses_handles_and_sentence_starts_are_not_counted() -> None:
    lower, mid = count(["See twitter.com/x and @place or #doubt, then twitter. Place was set."])
    assert lower["twitter"] == 1 and "place" not in lower and "doubt" not in lower
    assert mid == Counter()


_BODY = st.lists(st.tuples(_WORD, st.booleans()), max_size=8).map(
    lambda ws: "It said " + " ".join(w.capitalize() if cap else w for w, cap in ws) + "."
)
_CORPUS = st.dictionaries(st.sampled_from([f"a{n}" for n in range(8)]), _BODY, max_size=8)


def _articles(corpus: dict[str, str]) -> list[Article]:
    return [
        Article(i, f"{i}.txt", "T", False, None, None, None, None, corpus[i])
        for i in sorted(corpus)
    ]


def _built(corpus: dict[str, str], folder: Path) -> Path:
    kind = CasingDerived()
    folder.mkdir()
    kind.build([kind.extract(a) for a in _articles(corpus)], folder, None)
    return folder


@settings(max_examples=60)
@given(_CORPUS, _CORPUS)
def test_an_update_counts_every_article_it_saw(
    before: dict[str, str], after: dict[str, str]
) -> None:
    """Oracle: the counts of the final articles plus those of every removed or changed
    article's old text (the stated leftover rule); with nothing removed, the rebuild's bytes."""
    changed = {i for i in after if i in before and after[i] != before[i]}
    removed = (set(before) - set(after)) | changed
    added = [a for a in _articles(after) if a.id not in before or a.id in changed]
    kind = CasingDerived()
    with tempfile.TemporaryDirectory() as tmp:
        first = _built(before, Path(tmp) / "one")
        second = Path(tmp) / "two"
        second.mkdir()
        kind.update(first, [kind.extract(a) for a in added], removed, second, None)
        lower, mid = count([*after.values(), *(before[i] for i in removed)])
        assert read_counts(second) == (lower, mid)
        assert common_in(second) == common_words(lower, mid)
        assert (second / COMMON).read_text().split() == sorted(common_words(lower, mid))
        rebuilt = _built(after, Path(tmp) / "three")
        if not removed:
            for name in (COUNTS, COMMON):
                assert (second / name).read_bytes() == (rebuilt / name).read_bytes()
        else:  # a leftover only ever adds: what the rebuild counts, the update counts too
            again, left = read_counts(rebuilt), read_counts(second)
            assert again is not None and left is not None
            assert not (again[0] - left[0]) and not (again[1] - left[1])


def test_unreadable_counts_fail_the_update_and_read_as_none(tmp_path: Path) -> None:
    folder = _built({"a": "It said place here."}, tmp_path / "one")
    (folder / COUNTS).write_text("place\tx\n")
    assert read_counts(folder) is None
    with pytest.raises(Exception, match="casing counts are unreadable"):
        CasingDerived().update(folder, [], [], tmp_path, None)
    assert common_in(None) == frozenset()
    assert common_in(tmp_path / "nowhere") == frozenset()


# -- compare with the corpus's casing ------------------------------------------------------

COMPARED = (
    "Heading words\n\n"
    "Scotland's Place in Europe was debated on Tuesday. Historians wrote of the River of "
    "Doubt. The Joint Chiefs of Staff met in the morning. Lawmakers said Congress Democrats "
    "would vote. Bishops said Catholic Democrats would vote. Editors said Republic Democrats "
    "would vote.\n"
)
OTHER = "Quiet day\n\nOfficials said little about the plan on Tuesday.\n"
BACKGROUND = {
    f"bg{n}.txt": (
        f"Background {n}\n\n"
        "The staff took their place without doubt. Some staff had no doubt about the place. "
        "Members of Congress and the Catholic faith met in the Czech Republic. A congress of "
        "members of Congress praised the Catholic schools of the Republic.\n"
    )
    for n in range(3)
}
DROPPED = ("Place", "Doubt", "Staff")
KEPT = ("Congress", "Catholic", "Republic")


def casing_corpus(root: Path) -> Path:
    return write_corpus(root, {"a.txt": COMPARED, "b.txt": OTHER, **BACKGROUND})


def _by_path(library: Library) -> dict[str, Article]:
    return {Path(article.path).name: article for article in library.articles()}


def _pair(library: Library) -> tuple[Article, Article]:
    by_path = _by_path(library)
    return by_path["a.txt"], by_path["b.txt"]


def test_compare_drops_what_the_corpus_writes_in_lower_case(tmp_path: Path) -> None:
    corpus = casing_corpus(tmp_path / "corpus")
    without = [kind for kind in default_derived() if kind.name != NAME]
    index_dir = tmp_path / "index"
    with Library.open(corpus, index_dir, derived=without) as library:  # built before fn46
        assert library.common_words() == frozenset()
        a, b = _pair(library)
        before = library.compare(a, b).summary.only_a
    assert all(word in before for word in DROPPED + KEPT), before
    manifest = load_manifest(current_generation(index_dir))  # type: ignore[arg-type]
    assert NAME not in manifest["derived"] and kinds_lacking(manifest) == ()  # says nothing
    report = update(corpus, index_dir, derived=default_derived())
    assert report.reason == "casing added: derived from every article"
    with Library.open(corpus, index_dir) as library:
        common = library.common_words()
        assert {"place", "doubt", "staff"} <= common
        assert not {"congress", "catholic", "republic"} & common
        a, b = _pair(library)
        after = library.compare(a, b).summary.only_a
        many = compare_many([a, b], common).only_in[0].names
    assert not any(word in after for word in DROPPED), after
    assert all(word in after for word in KEPT), after
    assert [word for word in before if word not in DROPPED] == list(after)
    listed = [e.name for e in many]
    assert not any(word in listed for word in DROPPED) and all(word in listed for word in KEPT)
    # were the corpus to write them in lower case, they would go too: its counts decide
    lots = frozenset({"place", "doubt", "staff", "congress", "catholic", "republic"})
    assert not any(word in Library.compare_pair(a, b, lots).summary.only_a for word in KEPT)


def test_the_cli_compare_reads_the_corpus_casing(tmp_path: Path) -> None:
    corpus = casing_corpus(tmp_path / "corpus")
    index_dir = tmp_path / "index"
    with Library.open(corpus, index_dir) as library:
        by_path = _by_path(library)
    runner = CliRunner()
    pair = [by_path["a.txt"].id, by_path["b.txt"].id]
    for ids in (pair, [*pair, by_path["bg0.txt"].id]):  # two, and three (compare_many's)
        args = ["compare", *ids, "--json", "--corpus", str(corpus), "--index-dir", str(index_dir)]
        done = runner.invoke(app, args)
        assert done.exit_code == 0, done.output
        names = json.loads(done.stdout)["only_in"]["a.txt"]["names"]
        assert not any(word in names for word in DROPPED) and "Europe" in names, names
        # the third (bg0) names them too: only in the pair are they a's alone
        assert all(word in names for word in KEPT) == (ids == pair), names


def test_guards_keep_what_the_corpus_would_drop() -> None:
    """fn45's three guards: after a mid-sentence "The", quoted alone, beside an "and" between
    capitalised words; the same words unguarded go."""
    lots = frozenset({"met", "squad", "media", "place", "journalism"})
    a = (
        "They went to The Met on Friday. She joined the \u201cSquad\u201d at last. He taught "
        "at the Hussman School of Journalism and Media in May. Scotland's Place in Europe."
    )
    b = "Officials said little."
    only_a = pair_only_in(a, b, common=lots)[0]
    assert "Met" in only_a and "Squad" in only_a and "Place" not in only_a, only_a
    assert any("Journalism and Media" in name for name in only_a), only_a
    bare = "Scotland's Met in Europe. Scotland's Squad in Europe."
    assert not {"Met", "Squad"} & set(pair_only_in(bare, b, common=lots)[0])


def test_the_seeds_compare_as_before(tmp_path: Path) -> None:
    corpus = tmp_path / "seeds"
    shutil.copytree(SEEDS, corpus)
    with Library.open(corpus, tmp_path / "index") as library:
        assert library.common_words()  # the seeds' own lower-case words
        articles = list(library.articles())
        assert len(articles) == 4
        for a, b in itertools.combinations(articles, 2):
            now, before = library.compare(a, b).summary, Library.compare_pair(a, b).summary
            assert (now.only_a, now.only_b) == (before.only_a, before.only_b)
        common = library.common_words()
        assert compare_many(articles, common).only_in == compare_many(articles).only_in


@pytest.mark.parametrize("procs", [1, 2])
def test_a_real_update_adds_new_counts_and_keeps_removed_ones(tmp_path: Path, procs: int) -> None:
    """Through the store (the indexing workers extract with ``procs`` 2): an added file's
    words are counted, a deleted file's stay until a rebuild, which drops them."""
    corpus, index_dir = casing_corpus(tmp_path / "corpus"), tmp_path / "index"
    with Library.open(corpus, index_dir) as library:
        texts = {Path(a.path).name: a.body for a in library.articles()}
    (corpus / "new.txt").write_text("New one\n\nThe crowd gave the Kitchen staff a kitchen tour.\n")
    (corpus / "bg0.txt").unlink()
    report = update(corpus, index_dir, derived=default_derived(), procs=procs)
    assert report.added == 1 and report.deleted == 1
    with Library.open(corpus, index_dir) as library:
        bodies = [a.body for a in library.articles()]
        folder = library.derived_folder(NAME)
        assert folder is not None
        assert read_counts(folder) == count([*bodies, texts["bg0.txt"]])  # bg0's left over
    rebuild(corpus, index_dir, derived=default_derived())
    with Library.open(corpus, index_dir) as library:
        folder = library.derived_folder(NAME)
        assert folder is not None and read_counts(folder) == count(bodies)
