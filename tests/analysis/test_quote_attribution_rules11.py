"""Speaker rules of round 11 (issue 18, tuned on dev..dev7 and held8..held10, all seen;
`index.analysis.speakerguards`): a related article's teaser, closed by its date, stands
between "he" and the name it would point to; a link's tail glued to a name; a new person
named between an earlier speaker's quote and the next one; "it" after an unnamed paper
spoke. Each on constructed sentences (no corpora needed)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.nametidy import tidy
from index.analysis.quotes import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


_MEN = st.sampled_from(["Tom Berg", "Matias Ferreira", "Tom Reed", "Paul Lund"])


@settings(deadline=None)
@given(_MEN, st.dates(date(1990, 1, 1), date(2030, 12, 31)).map(lambda d: d.strftime("%d.%m.%Y")))
def test_he_after_a_teaser_is_not_the_teaser_name(name: str, date: str) -> None:
    text = f'{name} reports from Oslo. ({date})\n\n"The port will close next year," he told DW.'
    assert speakers(text) == [None]
    # the same words with no teaser date: "he" is the name before
    assert speakers(text.replace(f" ({date})", "")) == [name]


@settings(deadline=None)
@given(
    st.text("ABCDEFGHJKLMNPQRSTUVWXYZ", min_size=1, max_size=3),
    st.text("abcdefghijkmnopqrstuvwxyz", min_size=1, max_size=3),
    st.text("ABCDEFGHJKLMNPQRSTUVWXYZ", min_size=2, max_size=4),
)
def test_a_link_tail_is_no_part_of_a_name(head: str, low: str, caps: str) -> None:
    word = f"7{head}{low}{caps}"  # a short link's tail, as "58KiuHmITF"
    assert tidy([word, "Ryan"]) == ["Ryan"]
    text = (
        f'Read it: https://t.co/{word} Ryan, speaking later, was calm. "We sat there," Ryan said.'
    )
    assert speakers(text) == ["Ryan"]


def test_names_keep_their_inner_capitals() -> None:
    for name in (["Betsy", "DeVos"], ["Ronald", "McDonald"], ["Leonardo", "DiCaprio"]):
        assert tidy(name) == name


def test_a_new_person_named_after_a_quote_ends_the_run() -> None:
    text = (
        '"The water was clean then," says Jasim al-Asadi, an engineer. Salinity has risen. '
        '"The buffaloes drank it and died," remembers Sayeed Ali Murad, a breeder. '
        "He lost 15 animals."
    )
    assert speakers(text) == ["Jasim al-Asadi", None]


def test_the_run_goes_on_when_no_one_new_is_named() -> None:
    text = (
        '"It is a huge honour," said Joe Root, who will lead the side. '
        '"I feel privileged and excited." Root steps up with Ben Stokes as his deputy.'
    )
    assert speakers(text) == ["Joe Root", "Joe Root"]


def test_it_after_an_unnamed_report_is_not_the_last_body() -> None:
    text = (
        "The EU must act as one bloc, the authors argue. "
        '"Trust in media might erode further," the report said. '
        '"Only joint work will help," it added.'
    )
    assert speakers(text)[1] is None
