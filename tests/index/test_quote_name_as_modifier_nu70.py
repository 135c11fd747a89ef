"""nu70 #2: a name that only modifies a group's nouns was taken for the speaker.

"Blinken gave the figure after Biden administration officials repeatedly said they didn't
know how many Americans remain. “Over the last 10 days, roughly 4,500 ...": the quotes panel
said Biden said it (the indirect rule read "Biden administration officials" as Biden); so
did '"...," Trump campaign lawyers told reporters.' (Trump), where "Biden aides said" was
already a description with no name.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes

QUOTE = "“We will not leave anyone behind in the country,”"
NAMES = ("Biden", "Trump", "Johnson", "Macron", "Merkel", "Obama", "Kathy Hochul", "Pelosi")
WHOSE = ("administration", "campaign", "transition", "legal", "press", "senior")
GROUPS = ("officials", "aides", "lawyers", "staff", "advisers", "allies", "sources")
VERBS = ("said", "told reporters", "said on Monday")


@given(
    st.sampled_from(NAMES),
    st.lists(st.sampled_from(WHOSE), max_size=2),
    st.sampled_from(GROUPS),
    st.sampled_from(VERBS),
)
def test_a_name_before_a_groups_nouns_is_not_the_speaker(
    name: str, whose: list[str], noun: str, verb: str
) -> None:
    group = " ".join([name, *whose, noun])
    (quote,) = extract_quotes(f"{QUOTE} {group} {verb}.")
    assert quote.speaker is None, (group, quote)  # the oracle: a group spoke, no one named
    (alone,) = extract_quotes(f"{QUOTE} {name} {verb}.")
    assert alone.speaker == name  # the control: the name alone still speaks


def test_the_indirect_sentence_before_names_no_modifier_as_speaker() -> None:
    text = (
        "Blinken gave the figure after Biden administration officials repeatedly said they "
        "did not know how many Americans remain.\n\n"
        "“Over the last 10 days, roughly 4,500 of these Americans have been safely evacuated"
        " along with..."
    )
    (quote,) = extract_quotes(text)
    assert quote.speaker != "Biden"
