"""Chinese and Japanese words are found inside the runs of text that hold them (nu27 #8:
`市場` found nothing in a Shift-JIS file that says "東京市場は", the whole run being one
word), and lit on their own characters.

The oracle (`expected`, `lit`) is a scan of the stored text, written from the README's rule
and not from the analyzer: a run is the characters of these scripts standing together; a
query word of two characters or more finds the texts where each pair of its neighbouring
characters stands in a run (a loose word), or the word whole stands (a phrase); a word of
one character finds it standing alone. What is lit is every character of every place a
pair (or the lone character) stands. Runs are kept apart by Latin words, as running text
keeps its sentences apart (a phrase across a gap between runs is not asked about).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.search.engine import open_index
from index.search.highlight import highlighter_for_text
from index.store.build import rebuild
from tui.cli import app

HAN = list("東京市場株価上昇日本経済中国銀行")
KANA = list("はのがをにソウル")
HANGUL = list("서울시장")
LETTERS = HAN + KANA + HANGUL
"""The characters drawn: Han, kana and Hangul (no two fold to one another)."""
LATIN = ["zyx", "report", "Tokyo", "2020", "market"]
"""Latin words standing between runs."""
RUN = re.compile(f"[{''.join(LETTERS)}]+")


def pairs(word: str) -> list[str]:
    return [word[k : k + 2] for k in range(len(word) - 1)]


def places(text: str, word: str) -> list[tuple[int, int]]:
    """Where ``word`` (one pair, or a lone character) stands in the runs of ``text``."""
    found = []
    for run in RUN.finditer(text):
        if len(word) == 1:
            if run.group() == word:
                found.append((run.start(), run.end()))
            continue
        at = run.group().find(word)
        while at >= 0:
            found.append((run.start() + at, run.start() + at + len(word)))
            at = run.group().find(word, at + 1)
    return found


def expected(bodies: dict[str, str], word: str, phrase: bool) -> set[str]:
    if len(word) == 1:
        return {key for key, body in bodies.items() if places(body, word)}
    if phrase:
        return {
            key for key, body in bodies.items() if any(word in run for run in RUN.findall(body))
        }
    return {key for key, body in bodies.items() if all(places(body, p) for p in pairs(word))}


def lit(text: str, word: str) -> set[int]:
    """The characters of ``text`` a loose query of ``word`` lights."""
    wanted = pairs(word) if len(word) > 1 else [word]
    return {k for p in wanted for start, end in places(text, p) for k in range(start, end)}


def write(corpus: Path, count: int = 50, seed: int = 26) -> dict[str, str]:
    rng = random.Random(seed)
    corpus.mkdir(parents=True)
    bodies = {}
    for n in range(count):
        words = []
        for _ in range(rng.randint(3, 10)):
            run = "".join(rng.choice(LETTERS) for _ in range(rng.randint(1, 6)))
            if rng.random() < 0.15:  # a run touching digits or letters: "東京2020"
                run += rng.choice(["2020", "ab"])
            words.append(run)
            words.append(rng.choice(LATIN))
        body = " ".join(words) + "."
        name = f"j{n:02}.txt"
        (corpus / name).write_text(f"Weekly dispatch\n\n{body}\n", encoding="utf-8")
        bodies[name] = body
    return bodies


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, dict[str, str]]:
    folder = tmp_path_factory.mktemp("cjk")
    bodies = write(folder / "corpus")
    rebuild(folder / "corpus", folder / "index", procs=1)
    return open_index(folder / "index"), bodies


words = st.lists(st.sampled_from(LETTERS), min_size=1, max_size=4).map("".join)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words, st.booleans(), st.sampled_from(["", "body:"]))
def test_hits_are_the_scans(
    made: tuple[Any, dict[str, str]], word: str, phrase: bool, field: str
) -> None:
    engine, bodies = made
    query = f'{field}"{word}"' if phrase else f"{field}{word}"
    found = {hit.id for hit in engine.search(query, limit=None).hits}
    assert found == expected(bodies, word, phrase), query


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words, st.integers(0, 49))
def test_the_words_characters_are_lit(made: tuple[Any, dict[str, str]], word: str, n: int) -> None:
    text = made[1][f"j{n:02}.txt"]
    highlighter = highlighter_for_text(word)
    for spans in (highlighter.spans(text), highlighter.spans_analysed(text)):
        chars = [k for span in spans for k in range(span.start, span.end)]
        assert len(chars) == len(set(chars))  # overlapping pairs lit as one span
        assert set(chars) == lit(text, word), (word, text)


def test_a_shift_jis_file_is_searched_by_word(tmp_path: Path, index_dir: Path) -> None:
    corpus = tmp_path / "jp"
    corpus.mkdir()
    text = "東京市場の株価\n\n東京市場は二日、株価が上昇した。日本銀行の発表を受けた。\n"
    (corpus / "sjis.txt").write_bytes(text.encode("shift_jis"))
    runner = CliRunner()
    assert runner.invoke(app, ["index", "rebuild", "-c", str(corpus)]).exit_code == 0
    for query in ("市場", "株価", '"日本銀行"', "東京市場", "上昇"):
        result = runner.invoke(app, ["search", query, "--json", "-c", str(corpus)])
        assert result.exit_code == 0, result.output
        assert [hit["id"] for hit in json.loads(result.stdout)] == ["sjis.txt"], query
    engine = open_index(index_dir)
    body = engine.article("sjis.txt").body
    spans = highlighter_for_text("市場").spans(body)
    at = [k for k in range(len(body)) if body.startswith("市場", k)]
    assert at and [(s.start, s.end) for s in spans] == [(k, k + 2) for k in at]
    assert engine.search("場株", limit=None).total == 0  # not a pair of the text
