"""The names a two-article comparison says only one side has ("only A: ...")."""

from __future__ import annotations

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
