"""The quotes' folder on disk (`index.analysis.quote_store`): rounds of updates, each reading
only what it touches, give the groups an in-memory index given the same changes gives, and
the groups a build from the same articles gives."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.analysis import quote_store
from index.analysis.quote_derived import (
    LEGACY_GROUPS,
    STATE,
    ArticleQuotes,
    QuoteBook,
    QuotesDerived,
    _read_groups,
    _read_state,
    _stored,
)
from index.analysis.quote_groups import QuoteIndex
from index.analysis.quote_segments import id_json
from index.analysis.quotes import extract_quotes
from tests.quote_rows import CLIPPED, OTHER, QUOTE

BODIES = (
    f'The council met.\n\n"{QUOTE}," Mayor Anna Keller said.',
    f'"{CLIPPED}," Keller told reporters.',
    f'Farmer Tom Berg said: "{OTHER}."',
    f'"{OTHER}, and the banks too," said Tom Berg. "We start again in May," he added.',
    f'"We start again in May," said Tom Berg. "{CLIPPED}," Keller said.',
    "No quotation here at all, only a report of the weather in the valley.",
    '"Yes," she said. "No."',
    # the clip inside another quotation: it makes the clip ambiguous, joining neither
    f'"The mayor says {CLIPPED}, and that is what the union wants in writing," Ann Roe said.',
    # two renderings sharing two shingles, too few for a clip (`quote_links.LOOSE`, qg33)
    "\"Ferry voters, thanks. We won seats, first victory is in. The mayor hasn't got rid of"
    ' me yet," Anna Keller said.',
    '"Ferry voters - thank you. We have won seats. Our first success. The mayor is not rid'
    ' of me yet," the notice read.',
)
IDS = [f"a{n}" for n in range(9)]
SOURCES = ("Harbour Times", "Valley Post", None)


def _article(aid: str, body: int) -> ArticleQuotes:
    quotes = extract_quotes(BODIES[body])
    day = datetime(2021, 5, 1 + int(aid[1:]) % 3) if int(aid[1:]) % 4 else None
    source = SOURCES[int(aid[1:]) % len(SOURCES)]
    return ArticleQuotes(aid, source, day, quotes, tuple(q.words for q in quotes))


ROUND = st.dictionaries(st.sampled_from(IDS), st.one_of(st.none(), st.integers(0, len(BODIES) - 1)))


def _partition(groups: list[dict[str, object]]) -> set[frozenset[tuple[str, int]]]:
    return {
        frozenset((o["article"], o["start"]) for o in g["occurrences"])  # type: ignore[attr-defined]
        for g in groups
    }


def _check_members(folder: Path, memory: QuoteIndex) -> None:
    """``members.tsv`` (an update copies the lines of the regions it left alone) holds a line
    per quote of ``memory``, in key order, with the group id, region and number of words
    ``memory`` gives it, and a shingle segment the folder uses."""
    text = (folder / quote_store.MEMBERS).read_text("utf-8")
    rows = [line.split("\t") for line in text.split("\n") if line]
    gid = {k: memory._gid(g) for r in memory._regions for g in memory._groups_in(r) for k in g}
    region = {k: memory._region_label(r) for r, keys in memory._regions.items() for k in keys}
    want = [
        [id_json(a), str(i), gid[a, i], region[a, i], str(memory._size((a, i)))]
        for a, i in sorted(region)
    ]
    assert [[row[0], row[1], row[2], row[4], row[5]] for row in rows] == want
    assert {row[3] for row in rows} <= set(quote_store.read_toc(folder)["segments"])


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    first=st.dictionaries(st.sampled_from(IDS), st.integers(0, len(BODIES) - 1), min_size=1),
    rounds=st.lists(ROUND, min_size=1, max_size=5),
    most=st.sampled_from([1, 2, 8]),
)
def test_rounds_of_updates_group_as_memory_and_as_a_build(
    tmp_path_factory: object,
    first: dict[str, int],
    rounds: list[dict[str, int | None]],
    most: int,
) -> None:
    root: Path = tmp_path_factory.mktemp("store")  # type: ignore[attr-defined]
    kind = QuotesDerived()
    live = {aid: _article(aid, body) for aid, body in first.items()}
    memory = QuoteIndex()  # the oracle: every change applied in memory, never stored
    for aid in sorted(live):
        found = live[aid]
        memory.add_article(found.id, found.source, found.date, found.quotes, found.words)
    folder = root / "g0"
    folder.mkdir()
    kind.build((live[a] for a in sorted(live)), folder, None)
    saved, quote_store.MAX_SEGMENTS = quote_store.MAX_SEGMENTS, most
    try:
        for n, changes in enumerate(rounds, 1):
            removed = sorted(a for a in changes if a in live)
            added = [_article(a, b) for a, b in sorted(changes.items()) if b is not None]
            for aid in removed:
                live.pop(aid)
                memory.remove_article(aid)
            for found in added:
                live[found.id] = found
                memory.add_article(found.id, found.source, found.date, found.quotes, found.words)
            target = root / f"g{n}"
            target.mkdir()
            kind.update(folder, iter(added), removed, target, None)
            stored = _read_groups(target)
            assert stored == [_stored(g) for g in memory.groups()]
            state = _read_state(target)
            assert stored == [_stored(g) for g in state.groups()]
            assert state.to_json()["articles"] == memory.to_json()["articles"]
            _check_members(target, memory)
            toc = quote_store.read_toc(target)
            assert len(toc["segments"]) <= max(most, 1)
            for name in toc["segments"]:  # a segment kept from the previous folder is shared
                if (folder / f"{name}.keys").exists():
                    assert os.path.samefile(folder / f"{name}.keys", target / f"{name}.keys")
            for name in toc["articles"] + toc["groups"]:  # lines too: only changes written
                assert len(toc["articles"]) <= max(most, 1) and len(toc["groups"]) <= max(most, 1)
                if (folder / name).exists():
                    assert os.path.samefile(folder / name, target / name)
            folder = target
    finally:
        quote_store.MAX_SEGMENTS = saved
    built = root / "built"
    built.mkdir()
    kind.build((live[a] for a in sorted(live)), built, None)
    assert _partition(_read_groups(built)) == _partition(_read_groups(folder))
    assert len(QuoteBook.read(folder).groups) == len(_read_groups(built))


def test_an_index_of_the_first_format_is_updated_into_the_new_one(tmp_path: Path) -> None:
    articles = [_article(f"a{n}", n % len(BODIES)) for n in range(6)]
    index = QuoteIndex()
    for found in articles:
        index.add_article(found.id, found.source, found.date, found.quotes, found.words)
    old = tmp_path / "old"
    old.mkdir()
    state = {"format": 1, "index": index.to_json()}
    (old / STATE).write_text(json.dumps(state), encoding="utf-8")
    groups = {"format": 1, "groups": [_stored(g) for g in index.groups()]}
    (old / LEGACY_GROUPS).write_text(json.dumps(groups), encoding="utf-8")
    assert QuoteBook.read(old).groups == tuple(index.groups())  # read as it is until updated
    new = tmp_path / "new"
    new.mkdir()
    fresh = _article("a9", 0)
    QuotesDerived().update(old, [fresh], ["a1"], new, None)
    index.remove_article("a1")
    index.add_article(fresh.id, fresh.source, fresh.date, fresh.quotes, fresh.words)
    assert _read_groups(new) == [_stored(g) for g in index.groups()]
    assert quote_store.read_toc(new)["format"] == quote_store.FORMAT


def test_a_folder_of_format_2_is_read_and_updated_into_the_new_one(tmp_path: Path) -> None:
    articles = [_article(f"a{n}", n % len(BODIES)) for n in range(8)]
    old = tmp_path / "old"
    old.mkdir()
    QuotesDerived().build(iter(articles), old, None)
    # format 2 kept no region nor size: its groups (single-link) were the regions
    rows = [row.split("\t") for row in (old / "members.tsv").read_text("utf-8").splitlines()]
    four = ["\t".join([a, n, region, segment]) + "\n" for a, n, _, segment, region, _ in rows]
    (old / quote_store.MEMBERS).write_text("".join(four), encoding="utf-8")
    toc = json.loads((old / quote_store.TOC).read_text(encoding="utf-8"))
    (old / quote_store.TOC).write_text(json.dumps({**toc, "format": 2}), encoding="utf-8")
    assert len(QuoteBook.read(old).groups) == len(_read_groups(old))
    new = tmp_path / "new"
    new.mkdir()
    fresh = _article("a9", 7)
    QuotesDerived().update(old, [fresh], ["a1"], new, None)
    memory = QuoteIndex()
    for found in [a for a in articles if a.id != "a1"] + [fresh]:
        memory.add_article(found.id, found.source, found.date, found.quotes, found.words)
    assert _read_groups(new) == [_stored(g) for g in memory.groups()]
    assert quote_store.read_toc(new)["format"] == quote_store.FORMAT


def test_a_folder_of_format_3_is_updated_in_segments_its_files_kept(tmp_path: Path) -> None:
    articles = [_article(f"a{n}", n % len(BODIES)) for n in range(8)]
    old = tmp_path / "old"
    old.mkdir()
    QuotesDerived().build(iter(articles), old, None)
    # format 3: one articles.jsonl and one groups.jsonl, not named in its table of contents
    toc = json.loads((old / quote_store.TOC).read_text(encoding="utf-8"))
    three = {"format": 3, "segments": toc["segments"], "next": toc["next"]}
    (old / quote_store.TOC).write_text(json.dumps(three), encoding="utf-8")
    assert _read_groups(old) == [_stored(g) for g in _read_state(old).groups()]
    new = tmp_path / "new"
    new.mkdir()
    fresh = _article("a9", 7)
    QuotesDerived().update(old, [fresh], ["a1", "a2"], new, None)
    memory = QuoteIndex()
    for found in [a for a in articles if a.id not in ("a1", "a2")] + [fresh]:
        memory.add_article(found.id, found.source, found.date, found.quotes, found.words)
    assert _read_groups(new) == [_stored(g) for g in memory.groups()]
    assert _read_state(new).to_json()["articles"] == memory.to_json()["articles"]
    toc = quote_store.read_toc(new)
    assert toc["format"] == quote_store.FORMAT
    assert toc["articles"][0] == quote_store.ARTICLES and len(toc["articles"]) == 2
    assert os.path.samefile(old / quote_store.ARTICLES, new / quote_store.ARTICLES)
    assert os.path.samefile(old / quote_store.GROUPS, new / quote_store.GROUPS)


def test_line_and_paragraph_separators_in_ids_and_quotes_survive_updates(tmp_path: Path) -> None:
    # U+2028, U+2029 and U+0085 stay raw in JSON written without ensure_ascii: a store
    # file split with str.splitlines broke their lines (an id is a file's relative path)
    odd = "x\u2028y\u2029z\x85.txt"
    body = (
        'The council met. "We will rebuild the bridge\u2028before\x85the winter," Anna Keller said.'
    )
    quotes = extract_quotes(body)
    assert quotes
    kind = QuotesDerived()
    first = ArticleQuotes(odd, "Valley Post", None, quotes, tuple(q.words for q in quotes))
    other = _article("a1", 0)
    folder, updated, again = (tmp_path / name for name in ("g0", "g1", "g2"))
    for path in (folder, updated, again):
        path.mkdir()
    kind.build(iter([first, other]), folder, None)
    kind.update(folder, iter([_article("a2", 1)]), [], updated, None)
    state = _read_state(updated)
    assert odd in state.to_json()["articles"]
    kind.update(updated, iter([]), [odd], again, None)  # and it can be removed
    assert odd not in _read_state(again).to_json()["articles"]
    assert "a2" in _read_state(again).to_json()["articles"]
