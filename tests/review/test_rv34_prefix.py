"""rv34: sp33's prefixes over Porter2 stems, held to what a user types.

Two holes, both fixed (px34: the segments list their words; sp33's phrase stems):
- a prefix's "ending stems" (`index.search.prefixes.ending_stems`) hold the stem of a
  common word that no word the prefix begins has: ``governo*`` adds "govern" (from the
  non-word "governous"), so it finds every article saying "government"; ``franci*`` adds
  "franc", so it finds every article saying "France" (on the first 4,000 newsarticles,
  1,397 articles for the 108 with a word "governo..." begins; 320 for 64 with "franci...").
- a prefix inside a phrase is read as its stem: on int33 (Porter) ``"they investigat*"``
  found "They investigated it"; under Porter2 "investigated" is "investig", so the phrase
  now finds nothing, silently (the nu34 forms sp33 set out to fix).
"""

from __future__ import annotations

import pytest

from tests.search.test_prefix_endings import build, hits

ARTICLES = [
    ("Budget", "the government said it would cut spending"),
    ("Race", "the governor said she would run again"),
    ("Trip", "France said the pope would visit"),
    ("Pope", "Pope Francis will visit San Francisco"),
    ("Probe", "They investigated the levee"),
    ("Flood", "they evacuated the town"),
]


@pytest.mark.parametrize(("query", "wanted"), [("governo*", {"a1"}), ("franci*", {"a3"})])
def test_a_prefix_finds_no_word_it_does_not_begin(query: str, wanted: set[str]) -> None:
    # no word of a0 (government) or a2 (France) starts with the prefix, nor shares a
    # stem with one that does ("governor", "governors"; "francis", "francisco")
    assert hits(build(ARTICLES, 3), query) == wanted


@pytest.mark.parametrize(
    ("query", "wanted"), [('"they investigat*"', {"a4"}), ('"they evacuat*"', {"a5"})]
)
def test_a_prefix_in_a_phrase_still_finds_what_int33_found(query: str, wanted: set[str]) -> None:
    assert hits(build(ARTICLES, 3), query) == wanted
