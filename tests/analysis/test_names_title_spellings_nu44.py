"""nu44: comparing RTE's "Malaysia to cancel visa-free..." with CNN's "Kim Jong Nam
investigation: ..." listed `only A: Kim Jong-nam`, though CNN's title names him and its body
says "Kim, the older half-brother"; `only B` listed "North Koreans The" and "VX VX".

A name matches across hyphen, space and case (Kim Jong-nam = Kim Jong Nam = KIM JONG NAM),
another article's title counts as its text, a surname after the full name is the name, and
a run of capitals stops before the next sentence's "The" and between an acronym and itself.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.entities import find_names
from index.analysis.namematch import sentence_cased
from index.analysis.pair_names import pair_only_in

# family name first (as Korean names are written), then two given names; no word shared
KOREAN = (("Kim", "Jong", "Nam"), ("Park", "Geun", "Hye"), ("Yun", "Byung", "Se"))
WESTERN = (("Anna", "Lindqvist"), ("Tomas", "Okafor"))
PEOPLE = KOREAN + WESTERN


def _spellings(person: tuple[str, ...]) -> list[str]:
    """The ways nu44 met one name written: hyphened or spaced, in any case."""
    spaced = " ".join(person)
    out = [spaced, spaced.upper()]
    if len(person) == 3:
        family, first, second = person
        out += [f"{family} {first}-{second.lower()}", f"{family} {first}-{second}"]
    return out


def _surname(person: tuple[str, ...]) -> str:
    return person[0] if person in KOREAN else person[-1]


@st.composite
def _article(draw: st.DrawFn) -> tuple[str, str, set[int], set[int]]:
    """A title, a body, the people the body mentions and those the title does."""
    where = draw(st.lists(st.sampled_from(["", "title", "body", "both"]), min_size=5, max_size=5))
    titled = [p for p, w in enumerate(where) if w in ("title", "both")][:2]
    in_body = {p for p, w in enumerate(where) if w in ("body", "both")}
    spelt = [draw(st.sampled_from(_spellings(person))) for person in PEOPLE]
    title = " and ".join(spelt[p] for p in titled) or "Officials"
    title += " investigation: officials to be questioned"
    sentences = ["The inquiry went on for a third week."]
    for p in sorted(in_body):
        if p in titled and draw(st.booleans()):
            # the title gave the full name: the body may give the surname alone
            sentences.append(f"Later, {_surname(PEOPLE[p])}, who was questioned, left.")
        else:
            sentences.append(f"Officials said that {spelt[p]} had been seen at the airport.")
            if draw(st.booleans()):
                sentences.append(f"Later, {_surname(PEOPLE[p])}, who was questioned, left.")
    return title, " ".join(sentences), in_body, set(titled)


def _people_of(names: tuple[str, ...]) -> set[int]:
    """The people the listed names are (a listed name that is no one's fails)."""
    found = set()
    for name in names:
        words = set(name.casefold().replace("-", " ").split())
        owners = [p for p, person in enumerate(PEOPLE) if words <= {w.casefold() for w in person}]
        assert len(owners) == 1, f"{name!r} is no one's name"
        found.add(owners[0])
    return found


@given(_article(), _article())
def test_only_in_is_the_people_the_other_gives_in_no_spelling_or_place(
    a: tuple[str, str, set[int], set[int]], b: tuple[str, str, set[int], set[int]]
) -> None:
    """The oracle: a person the body mentions (full name or surname after it) and the other
    article gives neither in its title nor its body, whatever the spelling. A name only a
    title gives is given, never listed (a headline's capitals are too often no name)."""
    (title_a, body_a, in_a, titled_a), (title_b, body_b, in_b, titled_b) = a, b
    only_a, only_b = pair_only_in(body_a, body_b, titles=(title_a, title_b))
    assert _people_of(only_a) == in_a - in_b - titled_b
    assert _people_of(only_b) == in_b - in_a - titled_a


def test_nu44s_pair_names_kim_jong_nam_on_both_sides() -> None:
    """RTE names him "Kim Jong-nam"; CNN's title "Kim Jong Nam", its body "Kim"."""
    rte = (
        "The move comes two weeks after Kim Jong-nam, the estranged half brother of the "
        "North Korean leader, was killed at Kuala Lumpur airport."
    )
    cnn = (
        "He will be deported after his release, Ali said. Kim, the older half-brother of "
        "North Korean leader Kim Jong Un, was killed February 13 at the airport."
    )
    titles = ("Malaysia to cancel visa-free entry for North Koreans", "")
    only_a, _ = pair_only_in(rte, cnn, titles=titles)
    assert "Kim Jong-nam" in only_a  # CNN's body alone names only Kim Jong Un
    cnn_title = "Kim Jong Nam investigation: North Korean man to be released without charge"
    only_a, _ = pair_only_in(rte, cnn, titles=(titles[0], cnn_title))
    assert "Kim Jong-nam" not in only_a


def test_a_name_stops_at_the_next_sentence_run_into_it() -> None:
    """A heading run into its text: the line break was lost, not the names' end."""
    text = (
        'Malaysia bans visa-free travel for North Koreans The brazen killing went on. "We '
        'will never be the pawn of any country." VX VX is the most potent nerve agent.'
    )
    assert [m.text for m in find_names(text)] == ["North Koreans", "VX", "VX"]


def test_a_name_written_twice_over_stays_one() -> None:
    text = "Afghanistan's chief executive, Abdullah Abdullah, expressed his condolences."
    assert "Abdullah Abdullah" in [m.text for m in find_names(text)]


def test_a_share_row_ends_before_the_next_sentence() -> None:
    text = "Send Facebook Twitter Newsvine Permalink Her tweets included a photo."
    assert [m.text for m in find_names(text)] == []


def test_a_title_in_title_case_marks_no_names() -> None:
    assert sentence_cased("Kim Jong Nam investigation: North Korean man to be released")
    assert not sentence_cased("Trump Says Very Dishonest Press Does Not Report Terror Attacks")
    assert not sentence_cased("KIM JONG NAM KILLED WITH VX")
