"""An organisation counts as named in another article only by its own words together, not by
capitals scattered over that article (cp42): "Michigan" in one sentence and "Republican" in
another are no "Michigan Republican Party"; "Council" or "Exiting" opening a sentence is no
"Tuam Town Council" or "Department for Exiting the European Union". The words together
("Water Resources director", "Justice department lawyers") still name it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.capitalruns import capital_runs
from index.analysis.entities import Lexicon
from index.analysis.namematch import ArticleNames, names_only_in

# (an organisation's sentence, its own words together elsewhere, the same words scattered)
ORGS = [
    (
        "The Michigan Republican Party chairman spoke on Monday.",
        "A Michigan Republican leader spoke.",
        "Michigan voters were asked. One more Republican senator voted no.",
    ),
    (
        "The Department for Exiting the European Union said talks would start.",
        "A Department for Exiting the European Union spokesman spoke.",
        "Exiting the European Union will take two years.",
    ),
    (
        "The Tuam Town Council said it would act.",
        "A Tuam Town Council member spoke.",
        "Council members met. Tuam is a small town.",
    ),
    (
        "The Department of Water Resources said the spillway was damaged.",
        "Acting Water Resources director Bill Croyle spoke.",
        "Water levels rose. Resources were sent.",
    ),
]
FILLER = [
    "Residents were allowed back on Tuesday afternoon.",
    "Police closed the roads around the town for several hours.",
]


def only_in_first(a: str, b: str) -> list[str]:
    lexicon = Lexicon.of([a, b])
    return [
        e.name for e in names_only_in([ArticleNames.of(a, lexicon), ArticleNames.of(b, lexicon)])[0]
    ]


@settings(max_examples=120, deadline=None)
@given(
    org=st.sampled_from(ORGS),
    together=st.booleans(),
    before=st.sampled_from(FILLER),
    after=st.sampled_from(FILLER),
)
def test_named_only_by_its_words_together(
    org: tuple[str, str, str], together: bool, before: str, after: str
) -> None:
    sentence, joined, scattered = org
    a = f"{before} {sentence} {after}"
    b = f"{before} {joined if together else scattered} {after}"
    named_in_a = [n for n in only_in_first(a, b) if n in sentence]
    assert (named_in_a == []) is together, (named_in_a, b)


@settings(max_examples=100, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(["Water", "Resources", "Police", "Ways", "Means"]), min_size=1, max_size=3
    ),
    opener=st.booleans(),
    link=st.sampled_from(["", "and "]),
)
def test_capital_runs_oracle(words: list[str], opener: bool, link: str) -> None:
    """A run is the capitalised words together; a word opening a sentence starts none
    alone, nor before a linking word ("Exiting the European Union")."""
    run = f" {link}".join(words)
    text = f"Officials said so. {run} were sent." if opener else f"Officials said {run} were sent."
    kept = words[1:] if opener and (len(words) == 1 or link) else words
    runs = [r for r in capital_runs(text) if r != frozenset({"officials"})]
    assert runs == ([frozenset(w.lower() for w in kept)] if kept else [])
