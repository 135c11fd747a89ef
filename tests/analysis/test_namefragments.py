"""Labels, lone common nouns and run-on verbs the comparison no longer lists as names."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import example, given
from hypothesis import strategies as st

from index.analysis.entities import Lexicon, find_names
from index.analysis.multicompare import compare_many
from index.analysis.namefragments import tidy


def _only_in(*bodies: str) -> list[list[str]]:
    from index.analysis.multicompare import Document

    docs = [Document(f"a{k}", f"t{k}", None, None, b) for k, b in enumerate(bodies)]
    return [[e.name for e in o.names] for o in compare_many(docs).only_in]


OTHER = "Officials explained the drill to the nation on Monday. Marine Le Pen tweeted a reply."


def test_a_label_in_capitals_before_a_colon_is_no_name() -> None:
    text = "The court ruled on Friday. EXPLAINED: How could Hawaii block the ban? NATO: no."
    names = _only_in(text, OTHER)[0]
    assert "EXPLAINED" not in names
    assert "NATO" in names  # an acronym before a colon stays
    assert "Hawaii" in names


def test_a_common_noun_after_a_determiner_is_no_name() -> None:
    text = (
        'The sheriff wrote "This is NOT A Drill." Later One Nation, Divided aired. Ms. Okafor left.'
    )
    names = _only_in(text, OTHER)[0]
    assert "Drill" not in names and "Nation" not in names
    assert "Okafor" in names


def test_a_noun_ending_a_phrase_after_an_article_is_no_name_unseen_in_lower_case() -> None:
    text = (
        'He said: "To defend this Nation, we need a ready force." It was NOT A Drill. A Trump voter'
    )
    names = _only_in(text, "Officials said so on Monday.")[0]
    assert "Nation" not in names and "Drill" not in names
    assert "Trump" in names  # an article before a name used as an adjective


def test_the_words_of_a_title_in_title_case_are_no_names() -> None:
    # "nation" is nowhere in lower case: the capitalised "One" inside a sentence says title
    text = "Mr. Okafor wrote a series called One Nation, Divided. Ms. Adeyemi read it."
    names = _only_in(text, "Officials divided the money on Monday.")[0]
    assert "Nation" not in names and "Divided" not in names
    assert "Okafor" in names and "Adeyemi" in names


def test_a_name_after_a_capitalised_determiner_stays() -> None:
    text = (
        "Reporters met Chairman An Wang. Fans of One Direction cheered: Direction is touring."
        " The office is at One Fountain Place, Dallas."
    )
    names = _only_in(text, "Officials said so on Monday.")[0]
    assert "An Wang" in names or "Wang" in names  # "An" before a consonant is no article
    assert "Direction" in names  # capitalised again elsewhere: a name
    assert "Dallas" in names


def test_a_place_after_an_article_stays() -> None:
    text = "A Washington, D.C., federal court ruled. The Cyber Most Wanted criminals fled."
    names = _only_in(text, "Officials wanted answers.")[0]
    assert "Washington" in names
    assert "Cyber Most Wanted" in names


def test_a_verb_run_on_after_a_name_is_cut() -> None:
    text = "In response angry Le Pen Tweeted photos of the attack. Jean Dupont Tweeted back."
    names = _only_in(text, OTHER)[0]
    assert not any("Tweeted" in n for n in names)
    assert "Jean Dupont" in names  # the name without its verb
    assert "Le Pen" not in names  # the other article names her


def test_a_title_with_a_verb_is_kept_whole() -> None:
    text = "The FBI added him to its Cyber Most Wanted list. And most people wanted more."
    lexicon = Lexicon.of([text])
    found = find_names(text, lexicon)
    assert "Cyber Most Wanted" in [m.text for m in found]
    assert [m.text for m in tidy(text, found, lexicon)] == [m.text for m in found]


_WORDS = st.sampled_from(
    [
        "EXPLAINED:",
        "NATO:",
        "A",
        "One",
        "this",
        "Nation",
        "Drill",
        "Le",
        "Pen",
        "Tweeted",
        "tweeted",
        "nation",
        "drill",
        "photos",
        "Jean",
        "Dupont",
        "said",
        ".",
        ",",
        "the",
        "Cyber",
        "Most",
        "Wanted",
        "list",
        "most",
        "wanted",
        "called",
        "Divided",
        "divided",
        "An",
        "Wang",
    ]
)


@given(st.lists(_WORDS, max_size=30))
@example(["wanted", "Nation", "Wanted", "Jean", "EXPLAINED:"])  # split in two: stop 62's CI
def test_tidy_only_drops_or_shortens(words: list[str]) -> None:
    text = " ".join(words)
    lexicon = Lexicon.of([text])
    found = find_names(text, lexicon)
    kept = tidy(text, found, lexicon)
    spans = sorted((m.start, m.end) for m in kept)
    assert all(a[1] <= b[0] for a, b in pairwise(spans))  # no overlap
    for m in kept:
        assert text[m.start : m.end] == m.text
        # shortened, or one of the two parts of an office run on into a person's name
        # ("Homeland Security John Kelly": `nameheadings.person_split`, fx155)
        inside = any(f.start <= m.start and m.end <= f.end for f in found)
        joined = any(f.start == m.start for f in found) and any(f.end == m.end for f in found)
        assert inside or joined  # an organisation's pieces joined again (`org_chains`)
    for f in found:  # a found name gives at most two (a split), never more
        assert sum(f.start <= m.start and m.end <= f.end for m in kept) <= 2


def test_an_organisation_cut_in_pieces_is_one_name() -> None:
    """nu31 #3: "only in" listed `Civil`, `Human Rights`, `Pensions Committee`."""
    text = (
        "The Senate Finance, Budget, Tax and Trade Committee met. The Alliance on Clean and "
        "Fresh Water spoke. Susan Okafor of Maine and Dan Berg of Ohio voted no. "
        "Okafor, Berg and Senate Democrats left."
    )
    names = _only_in(text, OTHER)[0]
    assert "Senate Finance, Budget, Tax and Trade Committee" in names
    assert "Alliance on Clean and Fresh Water" in names
    assert not {"Clean", "Fresh Water", "Trade Committee", "Senate Finance"} & set(names)
    assert {"Susan Okafor", "Maine", "Dan Berg", "Ohio"} <= set(names)  # people and places


def test_a_word_opening_a_sentence_before_a_date_is_no_name() -> None:
    # nu25: "Effective Nov. 8, foreign national air travelers must ..." (as-5614-center)
    text = (
        "The rules change soon. Effective Nov. 8, foreign travelers must be vaccinated. "
        "Starting Jan. 1 the rule widens. Ms. Okafor agreed. Merkel Feb. 3 said so."
    )
    names = _only_in(text, "Officials said so on Monday.")[0]
    assert "Effective" not in names and "Starting" not in names
    assert "Okafor" in names and "Merkel" in names
