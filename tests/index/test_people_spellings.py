"""One person or body under two spellings (issue 18): a first name transliterated two ways
("Dmitry", "Dmitri Peskov"), a body's name in either word order ("Department of Justice",
"Justice Department"), a name run on from a title's or a body's words ("Affairs Charlie
Flanagan"); read on newsarticles and Reuters, each of them two rows before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.bare_hints import BODY, bare_hint, given_before
from index.analysis.firstnames import FEMALE, MALE, first_name_gender
from index.analysis.people_spellings import body_order, close_first_names, tidied
from index.analysis.quote_derived import QuoteBook
from index.analysis.quote_people import People
from tests.index.test_quote_people import _groups, _persons


def test_a_first_name_spelt_two_ways_is_one_person() -> None:
    names = ["Dmitry Peskov", "Dmitri Peskov", "Peskov"]
    assert _persons(names) == {frozenset(names)}  # the bare "Peskov" now has one person
    assert People(["Dmitri Peskov", "Dmitry Peskov", "Dmitry Peskov"]).shown("Peskov") == (
        "Dmitry Peskov"
    )
    assert _persons(["Glen Grimes", "Glenn Grimes"]) == {frozenset(["Glen Grimes", "Glenn Grimes"])}


def test_close_first_names_of_two_people_stay_apart() -> None:
    for pair in [
        ["Carl Smith", "Carol Smith"],  # a man's and a woman's name
        ["Stephen Miller", "Steven Miller"],  # two letters apart
        ["Ivan Smith", "Ivana Smith"],  # a man's and a woman's name
        ["Ronald Smith", "Donald Smith"],  # another first letter
        ["Dmitry Peskov", "Dmitri Medvedev"],  # another surname
        ["Defense Ministry", "Ministry of Defence"],  # bodies (Russia's, Britain's): no names
    ]:
        assert _persons(pair) == {frozenset([n]) for n in pair}


def test_a_body_in_either_word_order_is_one() -> None:
    names = ["Department of Justice", "Justice Department", "the Justice Department"]
    assert _persons(names) == {frozenset(names)}
    assert body_order("u.s. department of justice") == "u.s. justice department"
    assert body_order("bank of england") == "bank of england"
    ministries = ["Finance Ministry", "Ministry of Finance"]  # Russia's, another country's
    assert _persons(ministries) == {frozenset([n]) for n in ministries}
    assert body_order("leader of the opposition") == "leader of the opposition"  # no body word
    apart = ["Department of Justice", "Department of State"]
    assert _persons(apart) == {frozenset([n]) for n in apart}


def test_a_name_run_on_from_a_title_is_shown_without_it() -> None:
    assert tidied("Affairs Charlie Flanagan") == "Charlie Flanagan"
    assert tidied("Affairs-Charlie Flanagan") == "Charlie Flanagan"
    assert tidied("Metropolitan Police-Neil Basu") == "Neil Basu"
    assert tidied("Chairman of General Motors Roger Smith") == "Roger Smith"
    for kept in [
        "President Bill Clinton",  # titles alone: the key sets them aside, the name shows them
        "House Freedom Caucus",  # a body, "Freedom" a name of both sexes after its word
        "Liverpool John Moores University",
        "Boston Martin Walsh",
        "Jean-Claude Juncker",
    ]:
        assert tidied(kept) == kept
    names = ["Affairs Charlie Flanagan", "Affairs-Charlie Flanagan", "Affairs Charlie Flanagan"]
    people = People(names)
    assert {people.shown(n) for n in names} == {"Charlie Flanagan"}
    people = People(["Chairman of General Motors Roger Smith"] * 2 + ["Roger B. Smith"])
    assert people.shown("Roger B. Smith") == "Roger B. Smith"  # a clean name before


def _one_apart(a: str, b: str) -> bool:
    """Independent of rapidfuzz: one letter added, dropped or changed."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted([a, b], key=len)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


_FIRST = st.sampled_from(
    [
        "dmitry",
        "dmitri",
        "dimitri",
        "sergei",
        "sergey",
        "naser",
        "nasr",
        "nasser",
        "carl",
        "carol",
        "glen",
        "glenn",
        "jon",
        "joan",
        "maria",
        "mario",
        "marion",
    ]
)
_REST = st.sampled_from(["peskov", "smith", "al hariri"])


@given(st.lists(st.tuples(_FIRST, _REST), min_size=1, max_size=14))
def test_close_first_names_join_what_a_chain_of_one_letter_changes_joins(
    pairs: list[tuple[str, str]],
) -> None:
    keys = {f"{first} {rest}" for first, rest in pairs}
    joined = close_first_names(keys)
    group = {key: joined.get(key, key) for key in keys}
    assert all(group[g] == g for g in group.values())  # each key's key is its own: a partition

    def near(a: str, b: str) -> bool:
        (fa, ra), (fb, rb) = a.split(" ", 1), b.split(" ", 1)
        sexes = {first_name_gender(fa), first_name_gender(fb)}
        return (
            ra == rb
            and min(len(fa), len(fb)) >= 4
            and fa[0] == fb[0]
            and _one_apart(fa, fb)
            and not {MALE, FEMALE} <= sexes
        )

    components: dict[str, str] = {}
    for key in sorted(keys):  # connected components by search, the least key each's name
        if key in components:
            continue
        seen, todo = {key}, [key]
        while todo:
            at = todo.pop()
            for other in keys:
                if other not in seen and near(at, other):
                    seen.add(other)
                    todo.append(other)
        for member in seen:
            components[member] = min(seen)
    assert group == components


_DALY = "In a letter to Mr Fleming, Mr Daly said that his remark was made about the report."
_CARSON = "Carson Pirie Scott and Co said the act hurt earnings. Carson said it was optimistic."
_TURNER = '"Mixed feelings," said analyst Dennis Telzrow of Eppler, Geurin and Turner.'
_REAGAN = "President Reagan spoke. The president and Mrs Reagan marked their anniversary."


def test_a_surname_alone_joins_no_one_its_article_rules_out() -> None:
    """Read on newsarticles and Reuters: a "Mr Daly" was joined to Clare Daly, the firms
    "Carson" and "Turner" to Joe Carson and John Turner."""
    articles = {"Daly": [_DALY], "Carson": [_CARSON], "Turner": [_TURNER]}
    for full, bare in [("Clare Daly", "Daly"), ("Joe Carson", "Carson"), ("John Turner", "Turner")]:
        assert _persons([full, bare]) == {frozenset([full, bare])}  # the names alone: joined
        people = People([full, bare], lambda name: articles[name])
        assert people.key(bare) != people.key(full)
        assert people.shown(bare) == bare
    # the same sex, or no word against it, still joins
    assert People(["Sean Daly", "Daly"], lambda _: [_DALY]).shown("Daly") == "Sean Daly"
    # "Mrs Reagan" in one article of three is his wife, not him
    bodies = [_REAGAN, "Reagan said so.", "President Reagan said it."]
    assert People(["Ronald Reagan", "Reagan"], lambda _: bodies).shown("Reagan") == "Ronald Reagan"


def test_what_an_article_says_of_a_surname() -> None:
    assert bare_hint([_DALY], "Daly") == MALE
    assert bare_hint(["Mrs. Daly said no."], "Daly") == FEMALE
    assert bare_hint(["Mr Daly and Mrs Daly said no."], "Daly") is None
    assert bare_hint([_CARSON], "Carson") == BODY
    assert bare_hint([_TURNER], "Turner") == BODY
    assert bare_hint(["Deloitte Haskins and Sells said."], "Sells") == BODY
    assert bare_hint(["But Naylor and Beesley said no."], "Beesley") is None  # two people
    assert bare_hint(["The Reagan Administration said no."], "Reagan") is None  # no firm
    assert bare_hint([_CARSON + " Joe Carson, its head, agreed."], "Carson") is None


def test_the_library_s_book_reads_the_articles_of_a_surname_alone() -> None:
    book = _groups(["Clare Daly", "Daly"])  # a0 gives Clare Daly, a1 "Daly" alone
    assert [s.name for s in QuoteBook.speakers(book.groups, book.people)] == ["Clare Daly"]
    book = _groups(["Clare Daly", "Daly"])
    book.body = {"a0": "Clare Daly spoke.", "a1": _DALY}.__getitem__
    rows = sorted(s.name for s in QuoteBook.speakers(book.groups, book.people))
    assert rows == ["Clare Daly", "Daly"]


_NAMES = st.builds(
    lambda t, g, s: f"{t}{g} {s}",
    st.sampled_from(["", "Mr. ", "Minister for Foreign Affairs "]),
    st.sampled_from(["Dmitry", "Dmitri", "Dimitri", "Carl", "Carol", "Steve", "Steven", "Jon"]),
    st.sampled_from(["Peskov", "Smith"]),
)


@given(st.lists(st.one_of(_NAMES, st.sampled_from(["Peskov", "Smith"])), min_size=1, max_size=10))
def test_one_person_s_first_names_are_one_spelling_chain_apart(names: list[str]) -> None:
    """Merging stays a partition, and two full names of one person have first names that
    are the same (short forms as their full ones) or a chain of one-letter changes apart."""
    from index.analysis.entitywords import NICKNAMES

    people = People(names)
    groups = _persons(names)
    assert sum(len(g) for g in groups) == len(set(names))
    assert _persons(list(reversed(names))) == groups
    for group in groups:
        firsts = {
            NICKNAMES.get(n.split()[-2].lower(), n.split()[-2].lower())
            for n in group
            if len(n.split()) >= 2
        }
        assert {people.shown(n) for n in group} <= {tidied(n) for n in group}
        seen, todo = set(list(firsts)[:1]), list(firsts)[:1]
        while todo:
            at = todo.pop()
            for other in firsts - seen:
                if _one_apart(at, other) and at[0] == other[0]:
                    seen.add(other)
                    todo.append(other)
        assert seen == firsts


def test_another_first_name_before_the_surname_is_another_person() -> None:
    """Read on newsarticles: a "Hahn" whose article names EU Commissioner Johannes Hahn was
    joined to the corpus's one Marius Hahn, a murder trial's Michael Lane to Neal Lane."""
    hahn = "EU Enlargement Commissioner Johannes Hahn said the talks would go on."
    people = People(["Marius Hahn", "Hahn"], lambda _: [hahn])
    assert people.key("Hahn") != people.key("Marius Hahn")
    assert given_before([hahn], "Hahn") == {"Johannes"}
    # a title or a place before it is no first name, nor one said without a surname after
    assert given_before(["Chancellor Merkel said so."], "Merkel") == set()
    assert given_before(["A man of Florida. Florida Gaetz said."], "Gaetz") == set()
    # the person's own first name, or its short form, still joins
    fred = "said Frederick Meinke, analyst at E.F. Hutton Co. Meinke noted the risk."
    assert People(["Fred Meinke", "Meinke"], lambda _: [fred]).shown("Meinke") == "Fred Meinke"
    angela = "Angela Merkel spoke. Merkel said so."
    assert (
        People(["Angela Merkel", "Merkel"], lambda _: [angela]).shown("Merkel") == "Angela Merkel"
    )
