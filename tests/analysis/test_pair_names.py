"""The names a two-article comparison says only one side has ("only A: ...")."""

from __future__ import annotations

import unicodedata

from index.analysis.pair_names import entities, only_in

A = (
    "Washington (CNN)Vice President Mike Pence cast the deciding vote on Tuesday. "
    "Scholar Kevin Kruse has called it white flight. The vote was reported by Reuters and CNN."
)
B = "Mike Pence voted on Tuesday, the Senate said (Reuters)."


def test_an_outlets_credit_is_not_a_name_in_the_text() -> None:
    assert "CNN" not in entities("Washington (CNN)Vice President Mike Pence cast the vote.")
    assert "Reuters" not in entities(B)
    assert {"CNN", "Reuters"} <= set(entities(A))  # named in a sentence, they count


def test_a_leading_role_is_not_part_of_a_name() -> None:
    assert "Kevin Kruse" in entities(A)
    assert not any("Scholar" in name for name in entities(A))


def test_a_title_is_not_part_of_a_name() -> None:
    assert entities(A)[0] == "Mike Pence"  # not "Vice President Mike Pence"


def test_only_a_names_what_b_lacks() -> None:
    assert only_in(entities(A), B) == ("Kevin Kruse", "CNN")
    assert only_in(entities(B), A) == ("Senate",)


MANCHIN = (
    "The bill stalled because of opposition from Sen. Joe Manchin, D-W.Va., multiple "
    "sources have said. Hopes faded, Democrats’ aides and Rep. Ro Khanna said."
)


def test_an_abbreviated_title_and_a_dotted_name_stay_whole() -> None:
    """Not "Sen", "Joe Manchin", "D-W", "Va" (a full stop inside a run cut it)."""
    names = entities(MANCHIN)
    assert "Joe Manchin" in names and "Ro Khanna" in names
    assert "D-W.Va." in names
    assert not {"Sen", "Rep", "D-W", "Va"} & set(names)


def test_a_plural_possessive_is_the_plural() -> None:
    assert "Democrats" in entities(MANCHIN)
    assert "Democrats’" not in entities(MANCHIN)


def test_a_dotted_name_keeps_its_full_stops_and_matches_without_them() -> None:
    names = entities("Officials in the U.S. Senate met in Washington, D.C. on Monday.")
    assert {"U.S.", "Senate", "D.C."} <= set(names)
    assert only_in(("U.S.", "D.C."), "The US Senate, in DC, met.") == ()
    # a sentence's full stop is not part of the name before it
    assert "Washington" in entities("He flew to Washington. Then he spoke.")


def test_an_acronym_that_starts_a_name_keeps_it_whole() -> None:
    assert entities("NBC News reported the deal first.") == ("NBC News",)
    assert "ABC News" in entities("The deal was reported by ABC News on Monday.")
    assert not {"NBC", "News", "ABC"} & set(entities("NBC News and ABC News said so."))


def test_an_acronym_before_a_person_a_title_or_a_body_stands_apart() -> None:
    names = entities("Officials at the CDC Director Robert Redfield's agency and EU Geert Wilders.")
    assert "Robert Redfield" in names and "Geert Wilders" in names
    assert "Senate" in entities("The bill went to the US Senate on Monday.")  # as "the Senate"
    assert only_in(entities("The bill went to the US Senate."), "The Senate voted.") == ("US",)


def test_a_surname_at_a_sentence_start_counts_where_the_person_is_named() -> None:
    text = "Merkel arrived late. Chancellor Angela Merkel then met the press."
    assert "Merkel" in entities(text)
    assert "Officials" not in entities("Officials said the bridge would close.")


def test_a_name_with_combining_accents_is_whole_and_matches_the_composed_one() -> None:
    text = "The mayor, José García, spoke on Monday."
    decomposed = unicodedata.normalize("NFD", text)
    assert "José García" in entities(decomposed)
    assert only_in(entities(decomposed), text) == ()
    assert only_in(entities(text), decomposed) == ()
