"""The names a two-article comparison says only one side has ("only A: ...").

The two-article answer must be the many-article one (nu13: "Donald Trump" was listed
only in A though B had "Donald Trump’s"), so most tests check both.
"""

from __future__ import annotations

import unicodedata

import pytest

from index.analysis.entities import Lexicon
from index.analysis.multicompare import Document, compare_many
from index.analysis.namematch import ArticleNames, names_only_in
from index.analysis.pair_names import pair_only_in


def _names_many(a: str, b: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The many-article comparison's names for the same two texts."""
    c = compare_many([Document(str(k), "", None, None, text) for k, text in enumerate((a, b))])
    return tuple(e.name for e in c.only_in[0].names), tuple(e.name for e in c.only_in[1].names)


def _names(a: str, b: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    lexicon = Lexicon.of((a, b))
    found = names_only_in([ArticleNames.of(a, lexicon), ArticleNames.of(b, lexicon)])
    return tuple(e.name for e in found[0]), tuple(e.name for e in found[1])


@pytest.mark.parametrize("apostrophe", ["’", "'"])
def test_a_possessive_names_the_person(apostrophe: str) -> None:
    a = "U.S. President Donald Trump spoke to reporters on Monday."
    b = f"Kyiv welcomed Donald Trump{apostrophe}s plan for a ceasefire in Ukraine."
    only_a, only_b = pair_only_in(a, b)
    assert not any("Trump" in n for n in (*only_a, *only_b))
    assert "Ukraine" in only_b


def test_a_surname_alone_is_the_full_name() -> None:
    a = "Jean-Pierre Lacroix, the UN peacekeeping chief, said troops could go."
    b = "Lacroix said the troops could go."
    only_a, only_b = pair_only_in(a, b)
    assert not any("Lacroix" in n for n in (*only_a, *only_b))


def test_a_transliteration_variant_is_the_same_person() -> None:
    a = "President Volodimir Zelensky asked for troops."
    b = "Volodymyr Zelensky asked again."
    assert pair_only_in(a, b) == ((), ())


def test_sentence_initial_common_words_and_state_names_are_left_out() -> None:
    a = "Officials ordered the evacuation. Earlier, Angela Merkel met the press."
    only_a, _ = pair_only_in(a, "Nothing here.")
    assert only_a == ("Angela Merkel",)


def test_numbers_match_by_value() -> None:
    a = "Earlier, 200,000 people fled; it cost $1.5 billion and 40 percent stayed."
    b = "About 200,000 fled. It cost 1.5bn dollars; 40% stayed and 3,000 came back."
    assert pair_only_in(a, b) == ((), ("3,000",))


def test_only_a_names_what_b_lacks() -> None:
    a = (
        "Washington (CNN)Vice President Mike Pence cast the deciding vote on Tuesday. "
        "Scholar Kevin Kruse has called it white flight. The vote was reported by Reuters and CNN."
    )
    b = "Mike Pence voted on Tuesday, the Senate said (Reuters)."
    assert pair_only_in(a, b)[0] == ("Kevin Kruse", "CNN")


def test_a_name_with_combining_accents_matches_the_composed_one() -> None:
    text = "The mayor, José García, spoke on Monday."
    decomposed = unicodedata.normalize("NFD", text)
    assert pair_only_in(decomposed, text) == ((), ())


PAIRS = [
    ("U.S. President Donald Trump spoke.", "Donald Trump’s plan was new. Officials agreed."),
    ("Jean-Pierre Lacroix and Ban Ki-moon met in Paris.", "Lacroix met Ban in Brussels."),
    ("Volodimir Zelensky met Keir Starmer in Kyiv.", "Volodymyr Zelensky spoke in London."),
    ("The talks in Geneva ended. (Reporting by Tom Miles)", "Geneva talks ended, NATO said."),
]


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_two_article_names_are_the_many_article_ones(a: str, b: str) -> None:
    only_a, only_b = pair_only_in(a, b)
    names = _names(a, b)
    assert names == _names_many(a, b)
    assert only_a[: len(names[0])] == names[0] and only_b[: len(names[1])] == names[1]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Officials at the Centers for Disease Control and Prevention met.",
            ("Centers for Disease Control and Prevention",),
        ),
        (
            "The Organisation for the Prohibition of Chemical Weapons met.",
            ("Organisation for the Prohibition of Chemical Weapons",),
        ),
        ("Envoys of the People's Republic of Korea met.", ("People's Republic of Korea",)),
        (
            "The Council on Foreign Relations and Smith met.",
            ("Council on Foreign Relations", "Smith"),
        ),
        ("Envoys met.\n\nFacebook Twitter Google Whatsapp\n\nThe talks went on.", ()),
    ],
)
def test_an_organisation_is_one_name_and_a_share_row_none(
    sentence: str, names: tuple[str, ...]
) -> None:
    # nu17 #7: "Centers for Disease Control, Prevention" (split at "and"), "Organisation
    # for the Prohibition, Chemical Weapons" (at "of"), "People, Republic of Korea" (at the
    # possessive) and "Facebook Twitter Google, Whatsapp" (a share row) in the names line
    only_a, _ = pair_only_in(sentence, "The talks went on.")
    assert only_a == names
    assert _names_many(sentence, "The talks went on.")[0] == names
