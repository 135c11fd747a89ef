"""bench.compare_casing (fn45, fn46): it lists the "only in" names with the corpus's common
words through compare itself (`compare_many`'s ``common``), no patched function."""

from __future__ import annotations

import pytest

from bench import compare_casing
from index.analysis.multicompare import Document


def test_the_bench_passes_the_common_words_to_compare(monkeypatch: pytest.MonkeyPatch) -> None:
    a = Document("a", "", "X", None, "Scotland's Place in Europe was debated. Officials spoke.")
    b = Document("b", "", "Y", None, "Officials spoke on Tuesday about it.")

    class Story:
        articles = (a, b)

    monkeypatch.setattr(compare_casing, "load_stories", lambda: [Story()])
    before, bodies, _ = compare_casing.only_in_names()
    after, _, _ = compare_casing.only_in_names(frozenset({"place"}))
    assert ("a", "Place") in before and ("a", "Place") not in after
    assert ("a", "Europe") in after and set(bodies) == {"a", "b"}
