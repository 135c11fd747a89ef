"""A ticker in brackets is the ticker, not the initialism or word it spells (nu46 #3:
``<UN.A>``, Unilever, found 10 Reuters wires, 6 of them the United Nations').

Oracle: hypothesis writes wires that hold tickers spelling initialisms and words (``<UN>``,
``<US.N>``, ``<IT>``, ``<AT&T>``, ``<T>``) in brackets, with or without an exchange code,
beside those initialisms and words in the prose ("U.N.", "UN", "US", "it", "T-bills");
each ticker typed in brackets, with or without a code, finds exactly the wires that write
it in brackets, and typed without them still finds the prose.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from index.search.engine import open_index
from index.search.tickers import bracketed_tickers, typed_tickers
from index.store.build import rebuild

TICKERS = ("UN", "US", "IT", "AT&T", "T", "GM")
PROSE = {
    "UN": ("the U.N. said", "UN troops", "a UN vote"),
    "US": ("the U.S. said", "US output", "told us"),
    "IT": ("IT workers", "it said", "I.T. budgets"),
    "AT&T": ("AT&T said", "A.T. Cross"),
    "T": ("T-bills rose", "T. Boone Pickens"),
    "GM": ("GM said", "a GM plant"),
}
"""What each ticker spells, written in the prose of a wire."""
CODES = ("", ".N", ".A", ".O", ".L", ".TO")
FILLER = ("Shares rose.", "The company said.", "Trading was quiet.")

_piece = st.one_of(
    st.tuples(st.just("ticker"), st.sampled_from(TICKERS), st.sampled_from(CODES)),
    st.tuples(st.just("prose"), st.sampled_from(TICKERS), st.integers(0, 2)),
)
_wire = st.lists(_piece, min_size=1, max_size=4)


def written(pieces: list[Any]) -> str:
    """A wire's body of ``pieces`` (a ticker in brackets, or prose a ticker spells)."""
    words = []
    for kind, ticker, which in pieces:
        if kind == "ticker":
            words.append(f"Holdings Inc <{ticker}{which}> said.")
        else:
            prose = PROSE[ticker]
            words.append(f"{prose[which % len(prose)]} today.")
        words.append(FILLER[len(words) % len(FILLER)])
    return " ".join(words)


AN_INDEX_A_CASE = settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    phases=[Phase.explicit, Phase.generate],  # an index a case: no shrinking
)
"""Hypothesis settings for a test that builds an index for each case."""


@AN_INDEX_A_CASE
@given(st.lists(_wire, min_size=4, max_size=14))
def test_a_bracketed_ticker_finds_the_wires_that_bracket_it(
    tmp_path_factory: Any, wires: list[list[Any]]
) -> None:
    folder: Path = tmp_path_factory.mktemp("tickers")
    corpus = folder / "corpus"
    corpus.mkdir()
    bodies = {}
    for n, pieces in enumerate(wires):
        bodies[f"w{n:02}.txt"] = written(pieces)
        # a headline of its own, so no two wires are copies of one another
        (corpus / f"w{n:02}.txt").write_text(
            f"Wire number {n} report\n\n{bodies[f'w{n:02}.txt']}\n", encoding="utf-8"
        )
    rebuild(corpus, folder / "index", procs=1)
    engine = open_index(folder / "index")
    for ticker in TICKERS:
        named = ticker.lower()
        expected = {name for name, body in bodies.items() if named in bracketed_tickers(body)}
        for code in ("", ".N", ".A"):
            query = f"<{ticker}{code}>"
            hits = engine.search(query, limit=None).hits  # copies fold into one hit
            found = {name for hit in hits for name in (hit.id, *hit.copies)}
            assert found == expected, (query, [bodies[name] for name in found ^ expected])


def test_typed_tickers_name_the_ticker_without_its_exchange() -> None:
    assert typed_tickers("<UN.A> opec") == {(1, 5): "un"}
    assert typed_tickers('"<GM>" <AT&T> <BRK.B>') == {(8, 12): "at&t", (15, 20): "brk.b"}
    assert typed_tickers("date:<2017 <T>") == {(12, 13): "t"}
