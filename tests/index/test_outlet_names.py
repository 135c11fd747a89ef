"""One outlet, one name: every spelling of an outlet, from any format, is one name (fx16a).

nu15 found "New York Times" (a JSON ``source``) beside "The New York Times" (a .txt), "New
York Post (Opinion)" beside "New York Post", and "AP Politics & Fact Check" beside
"Associated Press": the outlet picker, ``--source`` and the outlet counts split.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.ingest.readers import read_source, scan
from index.store.schema import source_key
from index.text.extract import extract
from index.text.outletnames import canonical_outlet, is_desk_label, outlet_label
from index.text.outlets import _entries, known_outlet


@pytest.mark.parametrize(
    ("spelling", "name"),
    [
        ("New York Times", "The New York Times"),
        ("The New York Times", "The New York Times"),
        ("New York Times (Opinion)", "The New York Times"),
        ("Wall Street Journal", "The Wall Street Journal"),
        ("Wall Street Journal (Opinion)", "The Wall Street Journal"),
        ("New York Post (Opinion)", "New York Post"),
        ("AP Politics & Fact Check", "Associated Press"),
        ("CNN (Opinion)", "CNN"),
        ("Fox News Opinion", "Fox News"),
        ("the  hill", "The Hill"),
        # unknown outlets: a desk or a bias label goes, and a leading "The"
        ("The Eastford Courier", "Eastford Courier"),
        ("Eastford Courier - Opinion", "Eastford Courier"),
        ("The Valley Gazette (Analysis)", "Valley Gazette"),
        ("Guest Writer - Center", "Guest Writer"),
        # what no rule touches stays as given
        ("CNN Business", "CNN Business"),
        # a short name in brackets goes, known or not (nu17 #4: "(OAN)" kept the outlet
        # from its name; `source:oann`, its domain's, found none)
        ("One America News Network (OAN)", "One America News Network"),
        ("oann", "One America News Network"),
        ("Eastford Courier (EC)", "Eastford Courier"),
        ("Eastford Courier (Smith)", "Eastford Courier (Smith)"),
        ("Eastford Courier (CE)", "Eastford Courier (CE)"),
        # nu18 #4: a known short name is the table's outlet, its first letter the name's
        ("British Broadcasting Corporation (BBC)", "BBC News"),
        ("Radio Television Ireland (RTE)", "RTE"),
        ("TASS (Russian News Agency)", "TASS"),
        ("Eastford Courier (BBC)", "Eastford Courier (BBC)"),
        ("Eastford Courier (Russian News Agency)", "Eastford Courier (Russian News Agency)"),
        # nu19 #1: "BBC", "British Broadcasting Corporation (BBC)" and "BBC News" were two
        ("BBC", "BBC News"),
        ("British Broadcasting Corporation", "BBC News"),
        ("DW News", "Deutsche Welle"),
        ("Paul Krugman", "Paul Krugman"),
        ("The", "The"),
        ("(Opinion)", "(Opinion)"),
        # "The" stays where a desk's name would be left: "The Local" is an outlet
        ("The Local", "The Local"),
        ("The World (Opinion)", "The World"),
    ],
)
def test_every_spelling_is_one_name(spelling: str, name: str) -> None:
    assert canonical_outlet(spelling) == name


def test_every_known_outlet_keeps_its_name_with_or_without_the_or_a_desk() -> None:
    for entry in _entries():
        name = canonical_outlet(entry["name"])
        assert name == entry["name"]
        if known_outlet(name) != name:
            continue  # "dpa": its acronym "DPA" is known in capitals only
        for spelling in (f"{name} (Opinion)", f"{name} - Opinion", f"{name} Politics"):
            assert canonical_outlet(spelling) == name, spelling


def _spellings(entry: dict[str, object]) -> list[str]:
    aliases = entry.get("aliases", [])
    assert isinstance(aliases, list)
    return [str(entry["name"]), *map(str, aliases)]


_ENTRY = st.sampled_from(_entries())
_DECOR = st.sampled_from(["{}", "The {}", "{} (Opinion)", "{} - Opinion", " {}. "])


@settings(max_examples=300)
@given(_ENTRY, st.data())
def test_any_spelling_of_a_table_outlet_is_its_one_name(
    entry: dict[str, object], data: st.DataObject
) -> None:
    """nu19 #1: "British Broadcasting Corporation (BBC)" gave "BBC", an outlet line "BBC
    News" kept "BBC News": one outlet, two names. Any name or alias of a table outlet, with
    or without "The", a desk, or its short name in brackets after a longer name, is the
    table's one name."""
    spellings = _spellings(entry)
    spelling = data.draw(st.sampled_from(spellings))
    decor = data.draw(_DECOR)
    if decor.startswith("The") and spelling.lower().startswith("the "):
        decor = "{}"
    shorts = [s for s in spellings if re.fullmatch(r"[A-Z]{2,6}", s) and s[0] == spelling[0]]
    if " " in spelling and shorts:
        spelling = f"{spelling} ({data.draw(st.sampled_from(shorts))})"
    assert canonical_outlet(decor.format(spelling)) == entry["name"]


_SPELLINGS = (
    "The the New York Times Post (Opinion) - Center Left AP Politics & Fact Check Valley "
    "Gazette CNN Opinion Hill Guest Writer ( ) , . :"
)
_WORDS = st.sampled_from(_SPELLINGS.split())


@settings(max_examples=300)
@given(st.one_of(st.lists(_WORDS, max_size=8).map(" ".join), st.text(max_size=40)))
def test_the_one_name_is_its_own_and_filters_alike(spelling: str) -> None:
    name = canonical_outlet(spelling)
    assert canonical_outlet(name) == name
    assert source_key(name) == source_key(spelling)


def test_source_filter_key_matches_whichever_spelling_is_typed() -> None:
    keys = {source_key(s) for s in ("The New York Times", "new york times", "NYT (Opinion)")}
    assert len(keys) == 1


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("AP Politics & Fact Check", "Associated Press"),
        ("New York Post (Opinion)", "New York Post"),
        ("BBC News", "BBC News"),
        ("Hill", None),  # "The Hill" only when it says so
        ("Politics & Fact Check", None),
        ("Trump Politics", None),
    ],
)
def test_outlet_label(line: str, outlet: str | None) -> None:
    assert outlet_label(line) == outlet


@pytest.mark.parametrize(
    ("line", "desk"),
    [
        ("Guest Writer - Center", True),
        ("Guest Writer", True),
        ("Opinion", True),
        ("Politics & Fact Check", True),
        ("Lean Left", True),
        ("Dam holds after a night of rain", False),
        ("&", False),
        ("Guest Writer - Putin", False),
    ],
)
def test_desk_label(line: str, desk: bool) -> None:
    assert is_desk_label(line) is desk


_LEDE = (
    "The council voted on Monday to keep the harbour closed to ferries for another week, "
    "citing the damage the storm left on the north pier."
)


@pytest.mark.parametrize(
    "label", ["AP Politics & Fact Check", "Guest Writer - Center", "Opinion", "Guest Writer - Left"]
)
def test_a_desk_label_above_the_headline_is_not_the_title(label: str) -> None:
    text = f"{label}\nHarbour stays shut after the storm\n2021-04-26\n\n{_LEDE}\n"
    found = extract(text)
    assert found.title == "Harbour stays shut after the storm"
    assert label not in found.body
    assert found.body.startswith("The council voted")
    if label.startswith("AP"):
        assert found.source == "Associated Press"


def test_json_and_txt_give_one_outlet(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        f"The New York Times\nHarbour stays shut\n2021-04-26\n\n{_LEDE}\n", encoding="utf-8"
    )
    for n, source in enumerate(("New York Times", "New York Times (Opinion)")):
        record = {"title": "Harbour shut", "source": source, "date": "2021-4-6", "body": _LEDE}
        (tmp_path / f"b{n}.json").write_text(json.dumps(record), encoding="utf-8")
    with (tmp_path / "c.jsonl").open("w", encoding="utf-8") as out:
        out.write(json.dumps({"id": "c1", "source": "the new york times", "body": _LEDE}) + "\n")
    sources, _ = scan(tmp_path)
    articles = [a for source in sources for a in read_source(source).articles]
    assert len(articles) == 4
    assert {a.source for a in articles} == {"The New York Times"}
    dated = [a.date for a in articles if a.id.startswith("b")]
    assert all(d is not None and (d.month, d.day) == (4, 6) for d in dated)


@pytest.mark.parametrize("outlet", ["Evening Ledger", "Hartford Courant", "Valley Enquirer"])
def test_a_newspaper_word_the_table_lacks_makes_a_byline_outlet(outlet: str) -> None:
    """ "By Bo Day, Evening Ledger" gave "outlet unknown" (the integrator's heat-map test):
    Ledger, like Gazette or Herald, names a newspaper."""
    found = extract(
        f"Road shut\nBy Bo Day, {outlet}\nMarch 3, 2017\n\n"
        "The river road was closed again on Friday as floodwaters rose, officials said.\n"
    )
    assert found.source == outlet
    assert found.byline == "Bo Day"


def test_a_source_that_is_only_a_desk_or_the_is_no_outlet(tmp_path: Path) -> None:
    # a JSON ``source`` of "Opinion" or "The" made an outlet of that name in the picker
    given = ["", "The", "the", "(Opinion)", "Opinion", "Guest Writer - Center", "The Local"]
    for n, source in enumerate(given):
        record = {"title": "Harbour shut", "source": source, "body": _LEDE}
        (tmp_path / f"j{n}.json").write_text(json.dumps(record), encoding="utf-8")
    sources, _ = scan(tmp_path)
    got = {a.id: a.source for s in sources for a in read_source(s).articles}
    assert got == {f"j{n}.json": None for n in range(6)} | {"j6.json": "The Local"}


@pytest.mark.parametrize(
    ("name", "outlet"),
    [("Politico", "Politico"), ("POLITICO", "Politico"), ("Time", "Time"), ("TIME", "Time")],
)
def test_a_name_the_table_writes_in_capitals_and_not_is_known_both_ways(
    name: str, outlet: str
) -> None:
    """ "By Politico Staff" gave the byline "Politico Staff": the alias "POLITICO" made
    "politico" capitals-only, so the table's own "Politico" was no outlet."""
    assert known_outlet(name) == outlet


@pytest.mark.parametrize("word", ["time", "vice", "wired", "politico", "ap", "nan"])
def test_a_lower_case_word_is_no_capitals_only_outlet(word: str) -> None:
    assert known_outlet(word) is None


def test_an_aggregator_s_name_above_a_headline_is_its_outlet() -> None:
    """nu16: a first line "AllSides" was dropped as boilerplate and the outlet became the
    host "allsides.com"."""
    found = extract(
        "AllSides\nBiden signs the bill\nMarch 3, 2021\n"
        "https://www.allsides.com/news/2021-03-03-biden-signs\n\n"
        "President Joe Biden signed the bill on Wednesday after weeks of talks, aides said.\n"
    )
    assert (found.source, found.title) == ("AllSides", "Biden signs the bill")
