"""DW's closing "Author: ..." line glued to the next paragraph's speaker (sp55, issue 18):
"Author: Cristina Burack Harper said" gave "Cristina Burack Harper", na-0251 "Oleg
K?dding-Zurm??hlen Roger Beedon". The oracle: the same article with its paragraphs apart."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from index.analysis.authorline import after_author
from index.analysis.quotes import extract_quotes

_AUTHORS = st.sampled_from(
    [
        "Oleg K?dding-Zurm??hlen",
        "Cristina Burack",
        "Elisabeth Yorck von Wartenburg",
        "Davis Van Opdorp",
    ]
)
_SPEAKERS = st.sampled_from(["Roger Beedon", "Tolvar Brennick", "Harper", "Sabine Quillfeather"])


@given(_AUTHORS, _SPEAKERS, st.booleans())
@example("Oleg K?dding-Zurm??hlen", "Roger Beedon", True)
@example("Cristina Burack", "Harper", False)
def test_author_line_glued_to_the_next_speaker(author: str, speaker: str, inverted: bool) -> None:
    """The speaker after a glued "Author:" line is the one the article with its paragraphs
    apart gives (the oracle), never the author."""
    opening = 'Gerd Harper runs the museum. "It is closed," he said on Monday.'
    said = (
        f'{speaker}, director of tourism, says: "We expect more visitors."'
        if not inverted
        else f'"We expect more visitors," {speaker} said.'
    )
    glued = f"{opening}\n\nAuthor: {author} {said}"
    apart = f"{opening}\n\nAuthor: {author}\n\n{said}"
    got = [q.speaker for q in extract_quotes(glued)]
    assert got == [q.speaker for q in extract_quotes(apart)]
    assert all(author.split()[-1] not in (s or "") for s in got)


def test_after_author_cuts_the_writers_name() -> None:
    for run, rest in [
        ("Oleg K?dding-Zurm??hlen Roger Beedon", "Roger Beedon"),
        ("Cristina Burack Harper", "Harper"),
        ("Mara Bierbach Summons", ""),  # a heading's first word, given once
        ("Elisabeth Yorck von Wartenburg Tolvar Brennick", "Tolvar Brennick"),
        ("Davis Van Opdorp", ""),
        ("Aasim Saleem", ""),
    ]:
        text = f"Gerd Harper spoke. Author: {run} said"
        assert run[after_author(run, text) :] == rest
