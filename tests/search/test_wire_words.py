"""A searched word the wires write short says so (nu46 #7: `million` found 22 Reuters wires,
`mln` 1,366), and the sets stay what was typed.

Oracles: over generated counts, `wire_hint` names each table word whose abbreviation finds
at least `FAR_MORE` times as many articles (and `FEWEST`), never one typed beside its
abbreviation, negated or quoted; over generated corpora of words and abbreviations, the
hint's counts are the articles written with each, `million` still finds only the wires
that write it, and the CLI says the hint on stderr (with ``--json`` too).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.library import Library
from index.search.wire_words import FAR_MORE, FEWEST, WIRE_WORDS, typed_words, wire_hint
from tests.search.test_ticker_initialisms import AN_INDEX_A_CASE
from tui.cli import app

WORDS = sorted(WIRE_WORDS)


def expected(word: str, counts: dict[str, int]) -> bool:
    """Whether the rule names ``word``, given each query's count."""
    short = counts[WIRE_WORDS[word]]
    return short >= FEWEST and short >= FAR_MORE * max(counts[word], 1)


@given(
    st.sampled_from(WORDS),
    st.integers(0, 50),
    st.integers(0, 200),
    st.sampled_from(["{w}", "{w} opec", "opec AND {w}", "({w} OR rates)"]),
)
def test_the_hint_follows_the_counts(word: str, typed: int, short: int, shape: str) -> None:
    counts = {word: typed, WIRE_WORDS[word]: short}
    hint = wire_hint(shape.format(w=word), lambda query: counts.get(query, 0))
    if expected(word, counts):
        assert hint is not None
        assert f"try `{word} OR {WIRE_WORDS[word]}`" in hint
        assert f"({short:,} articles; {word} {typed:,})" in hint
    else:
        assert hint is None


@given(st.sampled_from(WORDS))
def test_no_hint_when_the_abbreviation_is_typed_or_the_word_is_not_looked_for(word: str) -> None:
    short = WIRE_WORDS[word]
    many = {word: 0, short: 1000}
    for text in (f"{word} OR {short}", f"{short}", f'"{word} rose"', f"opec -{word}"):
        assert wire_hint(text, lambda query: many.get(query, 0)) is None, text
    assert wire_hint(f"opec NOT {word}", lambda query: many.get(query, 0)) is None
    assert wire_hint(f"title:{word}", lambda query: many.get(query, 0)) is None


def test_typed_words() -> None:
    assert typed_words('million -pct NOT dlrs "stg rose" title:bln <UN> mln*') == ["million"]
    assert typed_words("Million OR percent") == ["million", "percent"]


def write(folder: Path, bodies: list[str]) -> Path:
    corpus = folder / "corpus"
    corpus.mkdir()
    for n, body in enumerate(bodies):
        text = f"Report {n} on the {['grain', 'oil', 'bank', 'steel'][n % 4]} market\n\n{body}\n"
        (corpus / f"w{n:02}.txt").write_text(text, encoding="utf-8")
    return corpus


_body = st.tuples(st.booleans(), st.booleans(), st.integers(1, 99))


@AN_INDEX_A_CASE
@given(st.lists(_body, min_size=3, max_size=16))
def test_counts_are_the_articles_written(made: list[tuple[bool, bool, int]]) -> None:
    bodies = []
    for n, (word, short, amount) in enumerate(made):
        said = [f"Sales in case {n} were steady."]
        if word:
            said.append(f"It earned {amount} million dollars.")
        if short:
            said.append(f"Net was {amount + 1} mln stg.")
        bodies.append(" ".join(said))
    top = Path(tempfile.mkdtemp())
    with Library.open(write(top, bodies), top / "index") as library:
        found = {hit.id for hit in library.search("million", limit=None).hits}
        assert found == {f"w{n:02}.txt" for n, (word, _, _) in enumerate(made) if word}
        words = sum(word for word, _, _ in made)
        shorts = sum(short for _, short, _ in made)
        hint = library.wire_hint("million")
        if shorts >= FEWEST and shorts >= FAR_MORE * max(words, 1):
            assert hint == (
                f"wires write mln ({shorts:,} articles; million {words:,}): try `million OR mln`"
            )
        else:
            assert hint is None


def test_the_cli_says_it_on_stderr(tmp_path: Path, index_dir: Path) -> None:
    bodies = [f"Net profit was {n} mln dlrs." for n in range(6)] + ["One million dollars."]
    corpus = str(write(tmp_path, bodies))
    runner = CliRunner()
    said = "wires write mln (6 articles; million 1): try `million OR mln`"
    for extra in ([], ["--json"]):
        result = runner.invoke(app, ["search", "million", "--corpus", corpus, *extra])
        assert result.exit_code == 0
        assert said in result.stderr and "wires write" not in result.stdout
    result = runner.invoke(app, ["search", "million", "--corpus", corpus, "--json"])
    assert [hit["id"] for hit in json.loads(result.stdout)] == ["w06.txt"]
    result = runner.invoke(app, ["search", "million OR mln", "--corpus", corpus])
    assert "wires write" not in result.stderr
