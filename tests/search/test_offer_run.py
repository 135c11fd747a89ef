"""A query that finds nothing is searched as its offer, and says so (nu66, sx50:
`Library.search_as_meant`, `index.search.offer_run`): "jongnam" lists the articles of
``"jong nam"``.

The oracle is plain Whoosh (`tests.search.oracle.Oracle`) over the exported articles of
generated corpora (names written "Jong-nam", "Jong Nam"; words of the oracle's list; typos
of them typed): over generated queries, the set shown for an offer is exactly plain
Whoosh's set for that offer, the query as typed finding nothing there; a query plain Whoosh
answers is never replaced (its own set shown); a query with a phrase, a field, a wildcard
or a fuzzy term is never replaced; ``as_typed`` never replaces.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from index.library import Library
from index.search.engine import WhooshEngine
from index.search.offer_run import changed_word, near_as_written, one_word_changed, plain
from tests.search.oracle import WORDS, Oracle, export

PARTS = ("jong", "nam", "kim", "sul", "hye", "taek", "rim")
"""Name parts (as `tests/search/test_joined_names.py`'s)."""
LOOSE = [w for w in WORDS if w.isalpha() and len(w) > 5]
FILLERS = ("said", "police", "visited", "embassy", "agents")


def _corpus(path: Path, seed: int) -> Path:
    draw = random.Random(seed)

    def text(count: int) -> str:
        out: list[str] = []
        for _ in range(count):
            roll = draw.random()
            if roll < 0.25:
                first, second = draw.sample(PARTS, 2)
                joint = draw.choice(["-", " ", " the "])
                out.append(first.title() + joint + (second if joint == "-" else second.title()))
            elif roll < 0.6:
                out.append(draw.choice(LOOSE[: 12 + seed * 5]))  # each corpus its own words
            else:
                out.append(draw.choice(FILLERS))
        return " ".join(out) + "."

    rows = [
        {"id": f"s{seed}-{n:03d}", "title": text(3), "body": text(14), "source": "Alpha"}
        for n in range(70)
    ]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module", params=[1, 2])
def searched(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Library, Oracle]]:
    folder = tmp_path_factory.mktemp(f"offer{request.param}")
    corpus = _corpus(folder / "corpus.jsonl", request.param)
    articles = export(corpus, folder / "index", folder / "export.jsonl")
    library = Library(corpus, folder / "index", engine=WhooshEngine(folder / "index"))
    library.open_or_build()
    try:
        yield library, Oracle(articles, folder / "oracle")
    finally:
        library.close()


def _typo(word: str, at: int, how: int) -> str:
    """``word`` with one slip at ``at``: a letter left out, doubled, or two swapped."""
    at = at % (len(word) - 1)
    if how == 0:
        return word[:at] + word[at + 1 :]
    if how == 1:
        return word[: at + 1] + word[at] + word[at + 1 :]
    return word[:at] + word[at + 1] + word[at] + word[at + 2 :]


_joined = st.tuples(st.sampled_from(PARTS), st.sampled_from(PARTS)).map("".join)
_typed = st.builds(_typo, st.sampled_from(LOOSE), st.integers(0, 20), st.integers(0, 2))
_word = st.one_of(_joined, _typed, st.sampled_from(LOOSE), st.sampled_from(PARTS))
_query = st.one_of(
    _word,
    st.tuples(_word, _word).map(" ".join),
    st.tuples(_word, st.sampled_from(["OR", "AND", "-"]), _word).map(
        lambda t: f"{t[0]} {t[1]} {t[2]}" if t[1] != "-" else f"{t[0]} -{t[2]}"
    ),
    _word.map(lambda w: f'"{w}"'),
    _word.map(lambda w: f"title:{w}"),
    _word.map(lambda w: f"{w[:-1]}*"),
    _word.map(lambda w: f"{w}~"),
)


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(_query)
def test_the_set_shown_is_plain_whoosh_s_for_the_offer(
    searched: tuple[Library, Oracle], query: str
) -> None:
    library, oracle = searched
    result = library.search_as_meant(query, limit=None)
    shown = {hit.id for hit in result.hits}
    if not plain(query):  # a phrase, field, wildcard, fuzzy term: as typed, always
        own = library.search(query, limit=None)  # (a prefix reads stems: not plain Whoosh's)
        assert result.read_as is None and shown == {hit.id for hit in own.hits}, query
        return
    as_typed = oracle.ids(query.replace(" -", " NOT "))  # a minus is NOT (the oracle's note)
    if as_typed:  # plain Whoosh answers it: never replaced
        assert result.read_as is None and shown == as_typed, query
        event("found as typed")
        return
    if result.read_as is None:
        assert not shown, query
        event("nothing found, nothing shown instead")
        return
    event("an offer's hits shown")
    assert plain(query) and one_word_changed(query, result.read_as), (query, result.read_as)
    assert near_as_written(*(changed_word(query, result.read_as) or ("", ""))), query
    assert result.query == query and result.read_as == result.suggestions[0]
    offer = result.read_as.replace(" -", " NOT ")
    assert shown == oracle.ids(offer) and shown, (query, result.read_as)
    assert result.total == len(shown)
    typed = library.search_as_meant(query, limit=None, as_typed=True)
    assert typed.read_as is None and typed.total == 0 and typed.suggestions == result.suggestions


def test_a_joined_name_written_apart_somewhere_is_shown(searched: tuple[Library, Oracle]) -> None:
    """The brief's case: a name the corpus writes "Jong-nam" or "Jong Nam", typed joined,
    lists the articles of its phrase (for every such pair of the corpus)."""
    library, oracle = searched
    shown = 0
    for first in PARTS:
        for second in PARTS:
            if first == second or not oracle.ids(f'"{first} {second}"'):
                continue
            result = library.search_as_meant(first + second, limit=None)
            assert result.read_as is not None, first + second
            assert {hit.id for hit in result.hits} == oracle.ids(result.read_as)
            shown += 1
    assert shown >= 10


@pytest.mark.parametrize(
    ("typed", "offer", "one"),
    [
        ("jongnam", '"jong nam"', True),
        ("kimjongnam missile", '"kim jong nam" missile', True),
        ("peacekepers", "peacekeepers", True),
        ("jongnam missle", '"jong nam" missile', False),  # two words respelt: offered only
        ("a jongnam", "a jongnam", False),
    ],
)
def test_one_word_changed(typed: str, offer: str, one: bool) -> None:
    assert one_word_changed(typed, offer) is one


@pytest.mark.parametrize(
    ("typed", "offer", "shown"),
    [
        ("jongnam", '"jong nam"', True),
        ("drougth", "drought", True),
        ("peacekepers", "peacekeepers", True),
        ("drought ine", "drought in", False),  # "in" is left out: drought's hits alone
        ("ine", "in", False),
        ("tx", "a", False),
        ("adn", "added", False),  # one edit from its stem only ("ad"): offered, not shown
        ("wiht", "witness", False),
        ("wiht", "wight", False),  # one edit from "with", a word left out (sg51)
        ("adn", "hadn", False),  # and from "and"
        ("teh", "tech", False),  # and from "the"
        ("falliing", "allied", False),
        ("covd", "cold", False),  # no slip (`index.search.slips.slip`)
        ("cild", "child", True),
        ("klling", "king", False),  # two edits as written: offered, not shown
        ("housekim", "housein", False),
        ("boides", "bonds", False),
        ("peacekeepre", "peacekeeper", True),  # a swap is one edit
        # sx52: a letter for a far one is no slip at any length: "killing", absent from the
        # seeds, listed "willing" (another word, not a typo of it): offered, not shown
        ("killing", "willing", False),
        ("unsold", "unfold", False),
        ("governmenr", "government", True),  # a key's neighbour: a slip
        ("govermment", "government", True),  # "m" beside "n"
    ],
)
def test_the_offered_word_is_near_as_written_and_searched(
    typed: str, offer: str, shown: bool
) -> None:
    """rv75: a respelling shown in place of the query must be searched for (not a word the
    search leaves out) and near the word as written (a stem's reading stays an offer)."""
    changed = changed_word(typed, offer)
    assert changed is not None and near_as_written(*changed) is shown


def test_an_offer_of_a_word_left_out_is_offered_not_shown(tmp_path: Path) -> None:
    """rv75: "drought ine" was shown as "drought in", the hits of drought alone; and "adn"
    as "added" (its stem's reading): each stays an offer, the query as typed finding none."""
    rows = [
        {
            "id": "a1",
            "title": "Drought in the valley",
            "body": "The drought in the valley.",
            "source": "Alpha",
        },
        {
            "id": "a2",
            "title": "Taxes added",
            "body": "New taxes were added in May.",
            "source": "Alpha",
        },
    ]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    library = Library(corpus, tmp_path / "index", engine=WhooshEngine(tmp_path / "index"))
    library.open_or_build()
    try:
        for typed in ("drought ine", "adn"):
            own = library.search(typed, limit=None)
            result = library.search_as_meant(typed, limit=None)
            assert own.total == 0 and own.suggestions, typed  # offered
            assert result.read_as is None and result.total == 0 and not result.hits, typed
            assert result.suggestions == own.suggestions, typed
        drought = library.search_as_meant("drougth ine", limit=None)  # two words respelt
        assert drought.read_as is None
    finally:
        library.close()


@given(
    st.text("abcdefgmnoprstuéèçöüñ", min_size=7, max_size=12).filter(
        lambda w: any(c in w for c in "éèçöüñ")
    ),
    st.sampled_from("xyz"),
)
def test_an_accented_word_with_one_slip_is_shown_as_its_folded_offer(word: str, extra: str) -> None:
    """rv76: the written words' offers come back folded ("françoiss" offers "francois"),
    so the accent counted as an edit: a word with one slip and an accent was two edits
    from its offer, offered only, while the same word typed unaccented was shown. The
    offer finds what the accented word would (the index folds accents)."""
    from index.search.written_near import folded

    typed = word + extra
    assert near_as_written(typed, folded(word)) is near_as_written(folded(typed), folded(word))
