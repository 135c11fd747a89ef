"""Two wrong or missing speakers of issue 18 (sp45; sp42/sp43 left them alone).

- na-0339: "X's taunt prompted an angry reaction from Y. "...," he wrote": Y, the one the
  reaction is from, not X, the subject of the sentence before (`namecues.spoken_by`).
- na-1699: "... by then-prime minister A B. ... Former president C D ... The former prime
  minister confirmed ... "...," he said": A B, the one person the lower-case office was
  written before (`speakerpronouns.role_since`), not no one (sp43) nor C D."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.phrases import NounPhrase
from index.analysis.quotes import extract_quotes
from index.analysis.speakerguards import ends_run

_PAIRS = st.sampled_from(
    [
        ("Geert Vos", "Bert Kuiper"),
        ("Jan Smit", "Alexander Brouwer"),
        ("Ann Dekker", "Paul Visser"),
        ("Pieter Jansen", "Mark de Wit"),
    ]
)
_REPLIES = st.sampled_from(
    ["an angry reaction", "a sharp response", "a swift reply", "a furious rebuke", "a retort"]
)
_QUOTE = '"Usually I laugh at such pictures on the internet. But not this time,"'


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


@settings(deadline=None, max_examples=40)
@given(_PAIRS, _REPLIES)
def test_he_after_a_reply_from_someone_is_that_someone(pair: tuple[str, str], reply: str) -> None:
    poster, target = pair
    opening = f"{poster} posted a fake picture of {target} on Monday. "
    said = f" {_QUOTE} he wrote on his page."
    short = poster.split()[-1]
    # the oracle: the same text where the one replying is the sentence's subject
    plain = _speakers(f"{opening}{target} reacted at once.{said}")
    assert plain == [target]
    assert _speakers(f"{opening}{short}'s taunt prompted {reply} from {target}.{said}") == plain


def test_a_reply_from_no_one_named_changes_nothing() -> None:
    text = f"Jan Smit posted a picture. It drew a reply from readers. {_QUOTE} he wrote."
    assert _speakers(text) == _speakers(text.replace("a reply from readers", "much notice"))


_FILLON = (
    "The magazine's owner was put forward for the honour by then-prime minister Luc Morel. "
    "Morel has denied wrongdoing. Ex-President Henri Blanc was found guilty in 2011. Former "
    "president Paul Girard is being investigated, and Marie Roux is suspected too. The former "
    "prime minister confirmed he would be summoned by magistrates. "
    '"My lawyer has told me that I will be summoned on March 15 to be charged," he said.'
)


def test_a_qualified_role_goes_to_the_one_name_its_office_was_written_before() -> None:
    assert _speakers(_FILLON) == ["Luc Morel"]


def test_two_people_written_with_the_office_leave_it_to_no_one() -> None:
    two = _FILLON.replace(
        "Morel has denied", "A rival, prime minister Jean Petit, spoke. Morel has denied"
    )
    assert _speakers(two) == [None]


def test_an_office_never_written_before_a_name_stays_no_ones() -> None:
    # sp43's form: the former president named last is not the former prime minister
    none = _FILLON.replace("by then-prime minister Luc Morel", "by a former premier")
    assert "prime minister" not in none.split("The former")[0]
    assert _speakers(none) == [None]


def test_a_relative_quoted_after_someone_ends_that_ones_run() -> None:
    # na-3050 (the corpus diff): the attacker's words, then his father's, unnamed
    text = (
        'Omar Haddad said: "I am here to stay and nobody will ever move me from here." Later '
        'his father spoke to a radio station. "My son was never a violent man at all," the '
        'father, who is not named, said. "This is what drink does to a young man like him."'
    )
    assert _speakers(text) == ["Omar Haddad", None, None]


def test_only_a_relative_ends_a_run() -> None:
    def ends(description: str) -> bool:
        return ends_run(NounPhrase(None, description, None, False, 0, 1), None, description)

    assert ends("the father, who is not named") and ends("his mother") and ends("the widow")
    assert not ends("the 35-year-old father of four")  # the man quoted himself
    assert not ends("the minister") and not ends("the father-in-law's lawyer")
