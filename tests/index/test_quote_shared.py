"""The quotes' side files (`index.analysis.quote_shared`): which articles share a long
quotation, looked up without reading ``members.tsv``.

The oracle is a plain parse of the same folder's ``members.tsv`` (every row: group id,
article, number of words): after a build and after every round of updates (articles added,
removed, read again; none at all; segments merged), each article's answer from the side
files equals the parse's, and so does `related_passages`' parse of a store without them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.analysis import quote_shared, quote_store, related_passages
from index.analysis.quote_derived import ArticleQuotes, QuotesDerived
from index.analysis.quote_segments import id_from_json
from index.analysis.quotes import extract_quotes
from tests.quote_rows import CLIPPED, OTHER, QUOTE

TWELVE = "year, and nobody who works the docks should fear for their job"  # 12 words
ELEVEN = "and nobody who works the docks should fear for their job"  # 11 words
BODIES = (
    f'The council met.\n\n"{QUOTE}," Mayor Anna Keller said.',
    f'"{CLIPPED}," Keller told reporters.',
    f'Farmer Tom Berg said: "{OTHER}."',
    f'"{OTHER}, and the banks too," said Tom Berg. "We start again in May," he added.',
    f'"{TWELVE}," Keller said on the radio.',
    f'"{ELEVEN}," Keller said again.',
    "No quotation here at all, only a report of the weather in the valley.",
    f'"{QUOTE}," said Keller. "{OTHER}," said Tom Berg.',
)
IDS = ["a0", "a1", "a2", "a3", "a4", "a5", "b\u2028x", 'q"t', "\u00e9t\u00e9"]


def _article(aid: str, body: int) -> ArticleQuotes:
    quotes = extract_quotes(BODIES[body])
    day = datetime(2021, 5, 1 + len(aid) % 3)
    return ArticleQuotes(aid, "Valley Post", day, quotes, tuple(q.words for q in quotes))


def _parsed(folder: Path) -> dict[str, set[str]]:
    """Per article of ``members.tsv``, the others sharing one of its groups with it where
    both carry it with `LONG_QUOTE` words or more."""
    carriers: dict[str, set[str]] = defaultdict(set)
    every = set()
    for line in (folder / quote_store.MEMBERS).read_text("utf-8").split("\n"):
        if line:
            name, _, gid, _, _, size = line.split("\t")
            every.add(id_from_json(name))
            if int(size) >= quote_shared.LONG_QUOTE:
                carriers[gid].add(id_from_json(name))
    return {a: {b for found in carriers.values() if a in found for b in found} - {a} for a in every}


def _check(folder: Path) -> None:
    assert quote_shared.written_for(folder) == quote_shared.LONG_QUOTE
    _same_as_written_whole(folder)
    want = _parsed(folder)
    for aid in [*IDS, "absent", ""]:
        assert quote_shared.sharing(folder, aid) == want.get(aid, set()), aid
        assert related_passages.sharing(folder, aid) == want.get(aid, set())
    # fx27c's parse, what a store without side files is read by, agrees too
    groups, members = related_passages._long_groups(folder, quote_shared.LONG_QUOTE)
    for aid in IDS:
        found = {b for gid in groups.get(aid, ()) for b in members[gid]} - {aid}
        assert found == want.get(aid, set())


def _same_as_written_whole(folder: Path) -> None:
    """The side files (an update writes them as changes to the previous ones since qs30)
    are byte for byte those `quote_shared.write` makes from every row of ``members.tsv``."""
    carried = []
    for line in (folder / quote_store.MEMBERS).read_text("utf-8").split("\n"):
        if line:
            name, _, gid, _, _, size = line.split("\t")
            if int(size) >= quote_shared.LONG_QUOTE:
                carried.append((gid, id_from_json(name)))
    whole = folder.parent / f"{folder.name}.whole"
    whole.mkdir()
    quote_shared.write(whole, carried)
    for name in (quote_shared.SHARED, quote_shared.SHARED_GROUPS):
        assert (folder / name).read_bytes() == (whole / name).read_bytes(), name


ROUND = st.dictionaries(st.sampled_from(IDS), st.one_of(st.none(), st.integers(0, len(BODIES) - 1)))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    first=st.dictionaries(st.sampled_from(IDS), st.integers(0, len(BODIES) - 1)),
    rounds=st.lists(ROUND, min_size=1, max_size=5),
    most=st.sampled_from([1, 2, 8]),
)
def test_side_files_answer_as_members_tsv_after_a_build_and_each_update(
    tmp_path_factory: object,
    first: dict[str, int],
    rounds: list[dict[str, int | None]],
    most: int,
) -> None:
    root: Path = tmp_path_factory.mktemp("shared")  # type: ignore[attr-defined]
    kind = QuotesDerived()
    live = {aid: _article(aid, body) for aid, body in first.items()}
    folder = root / "g0"
    folder.mkdir()
    kind.build((live[a] for a in sorted(live)), folder, None)
    _check(folder)
    saved, quote_store.MAX_SEGMENTS = quote_store.MAX_SEGMENTS, most
    try:
        for n, changes in enumerate(rounds, 1):
            removed = sorted(a for a in changes if a in live)  # a re-read too: removed, added
            added = [_article(a, b) for a, b in sorted(changes.items()) if b is not None]
            for aid in removed:
                live.pop(aid)
            live.update((found.id, found) for found in added)
            target = root / f"g{n}"
            target.mkdir()
            kind.update(folder, iter(added), removed, target, None)
            _check(target)
            folder = target
    finally:
        quote_store.MAX_SEGMENTS = saved
    built = root / "built"
    built.mkdir()
    kind.build((live[a] for a in sorted(live)), built, None)
    assert _parsed(built) == _parsed(folder)


def _as_format_4(folder: Path) -> None:
    """What a store written before the side files looks like."""
    for name in (quote_shared.SHARED, quote_shared.SHARED_GROUPS):
        (folder / name).unlink()
    toc = json.loads((folder / quote_store.TOC).read_text(encoding="utf-8"))
    del toc[quote_shared.TOC_KEY]
    (folder / quote_store.TOC).write_text(json.dumps({**toc, "format": 4}), encoding="utf-8")


def test_a_store_of_format_4_answers_by_its_members_and_an_update_writes_the_files(
    tmp_path: Path,
) -> None:
    articles = [_article(aid, n % len(BODIES)) for n, aid in enumerate(IDS)]
    articles.append(_article("a9", 0))
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    QuotesDerived().build(iter(articles), old, None)
    want = _parsed(old)
    assert any(want.values())  # the bodies make some long quotations shared
    _as_format_4(old)
    assert quote_shared.written_for(old) is None
    assert {a: related_passages.sharing(old, a) for a in want} == want
    QuotesDerived().update(old, iter([]), [], new, None)  # an update that changes nothing
    assert quote_store.read_toc(new)["format"] == quote_store.FORMAT
    _check(new)
    assert _parsed(new) == want


def test_side_files_written_for_other_words_are_not_read(tmp_path: Path) -> None:
    articles = [_article("a0", 0), _article("a1", 0), _article("a2", 1)]
    QuotesDerived().build(iter(articles), tmp_path, None)
    assert related_passages.sharing(tmp_path, "a0") == {"a1"}
    assert related_passages.sharing(tmp_path, "a0", min_words=30) == set()  # parsed: none
    assert related_passages.sharing(tmp_path, "a0", min_words=5) == {"a1", "a2"}


KEYS = st.binary(min_size=0, max_size=6).filter(lambda b: b"\t" not in b and b"\n" not in b)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(KEYS, st.binary(max_size=5).map(bytes.hex), max_size=30), st.lists(KEYS))
def test_a_line_is_found_by_bisection_as_a_dict_finds_it(
    table: dict[bytes, str], asked: list[bytes]
) -> None:
    lines = [key + b"\t" + value.encode() for key, value in sorted(table.items())]
    data = b"".join(line + b"\n" for line in lines)
    for key in [*table, *asked]:
        found = quote_shared._line(data, key)
        want = key + b"\t" + table[key].encode() if key in table else None
        assert found == want


CHANGE = st.one_of(st.none(), st.binary(max_size=5).map(bytes.hex))


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(KEYS, st.binary(max_size=5).map(bytes.hex), max_size=30),
    st.dictionaries(KEYS, CHANGE, max_size=12),
)
def test_lines_spliced_in_are_the_lines_of_the_changed_dict(
    table: dict[bytes, str], changes: dict[bytes, str | None]
) -> None:
    """`quote_shared._spliced` (an update's side files): the lines of the dict changed alike,
    sorted, each ending in a newline."""

    def lines(of: dict[bytes, str]) -> bytes:
        return b"".join(key + b"\t" + value.encode() + b"\n" for key, value in sorted(of.items()))

    changed = {**table, **{key: value for key, value in changes.items() if value is not None}}
    for key in (key for key, value in changes.items() if value is None):
        changed.pop(key, None)
    given_lines = {k: None if v is None else k + b"\t" + v.encode() for k, v in changes.items()}
    assert quote_shared._spliced(lines(table), given_lines) == lines(changed)
