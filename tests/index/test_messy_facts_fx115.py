"""Facts from messy copies (fx115): the last wire datelines (a place in small letters, a month
mistyped, "****" before, ", Reuter" after the day, no comma after a place in capitals), no
dateline in running text or in a slashed gloss, bylines with the job after the name and two
scholars, and a capitals headline that holds "NOW" or "FREE" kept.

The texts are made up here; the generators say what each case must give.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.ingest.sanitize import sanitize
from index.text.byline_opener import byline_opener
from index.text.datelines import read_dateline
from index.text.extract import extract
from tests.dateline_form import as_shown

LEDE = "the board of the company said it would raise its dividend by ten cents a share."
TITLE = "SMALL FIRM RAISES ITS QUARTERLY DIVIDEND"
STAMP = "2-MAR-1987 10:01:02"

SMALL_PLACES = ["omaha", "sioux falls", "st paul", "Mexico city", "La paz", "New york"]
CAPS_PLACES = ["NEW YORK", "CHICAGO", "RIO DE JANEIRO", "DALLAS/FORT WORTH"]
MONTHS = ["March", "march", "april", "Jun", "MARCH"]
TYPOS = ["Narch", "Marc", "Apri", "Juen", "Mach", "Macrh", "Marchg", "Junee"]


def wire_text(dateline: str, lede: str = LEDE) -> str:
    """A 1987 wire story as the corpus writes it: title, stamp, blank line, dateline + lede."""
    return f"{TITLE}\n{STAMP}\n\n{dateline} - {lede[0].upper()}{lede[1:]}\n"


@st.composite
def wire_datelines(draw: st.DrawFn) -> tuple[str, str, str | None]:
    """A dateline as written, the dateline the record must give, and its outlet."""
    form = draw(st.sampled_from(["small", "typo", "stars", "reuter", "nocomma"]))
    day = str(draw(st.integers(1, 31)))
    if form == "small":
        written = f"{draw(st.sampled_from(SMALL_PLACES))}, {draw(st.sampled_from(MONTHS))} {day}"
        return written, written, None
    place = draw(st.sampled_from(CAPS_PLACES))
    if form == "typo":
        written = f"{place}, {draw(st.sampled_from(TYPOS))} {day}"
        return written, written, None
    if form == "stars":
        written = f"{place}, {draw(st.sampled_from(MONTHS))} {day}"
        return "****" + written, written, None
    if form == "reuter":
        written = f"{place}, {draw(st.sampled_from(MONTHS))} {day}"
        return written + ", Reuter", written, "Reuters"
    place = place.replace("/", " ")  # ("DALLAS/FORT WORTH March 3" is left: fx115)
    month = draw(st.sampled_from(["March", "April", "June"]))
    return f"{place} {month} {day}", f"{place}, {month} {day}", None  # the comma given


@settings(max_examples=200, deadline=None)
@given(wire_datelines())
def test_a_wire_dateline_is_read(case: tuple[str, str, str | None]) -> None:
    written, dateline, outlet = case
    found = extract(sanitize(wire_text(written)))
    assert as_shown(found.dateline, dateline)
    assert found.title == TITLE
    assert found.body.startswith(written)  # the body is kept as written
    assert found.source == outlet


def test_what_no_dateline_opens() -> None:
    for opening in (
        "In the end, march 2",
        "On Monday, March 2",
        "Monday, March 2",
        "Today, march 2",
        "NEW YORK, Mary 2",
        "As of April 7",
    ):
        assert read_dateline(f"{opening} - the talks went on.") is None, opening
    # a place not in capitals before a sentence opening small but not in small letters, or
    # before a month mistyped: prose, not a wire's copy in small letters
    assert read_dateline("Episode notes, March 3 - we talk to Ann Lee about it.") is None
    assert read_dateline("Hello, Marc 2 - The rest.") is None
    assert read_dateline("omaha, april 7 - barrow prices rose. Top 52 dlrs.") is not None


@st.composite
def prose_before(draw: st.DrawFn) -> str:
    """A story whose first sentences come before a wire's form in its prose."""
    place = draw(st.sampled_from(["Paris", "PARIS", "Lyon", "NEW YORK"]))
    first = draw(st.sampled_from(["We went to France.", "The tour began in the spring."]))
    return (
        f"A night out\n\n{first}\n\n{place}, March {draw(st.integers(1, 28))} - the band "
        "played until dawn and nobody in the hall wanted to go home that night.\n"
    )


@settings(max_examples=50, deadline=None)
@given(prose_before())
def test_no_dateline_in_running_text(text: str) -> None:
    assert extract(sanitize(text)).dateline is None


def test_a_slashed_gloss_is_no_dateline() -> None:
    text = "A long trip\n\nPARIS /France/, a long way from home, is where we spent the spring.\n"
    assert extract(sanitize(text)).dateline is None
    agency = "Grain news\n\nMOSCOW, March 30. /TASS/. The harvest was larger than last year.\n"
    assert extract(sanitize(agency)).dateline == "Moscow, March 30"


NAMES = ["Phil McNulty", "Mary Ann Hale", "Dan Roe", "Ana de Souza"]
JOBS = ["Chief football writer", "Senior political correspondent", "Music reporter"]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(NAMES),
    st.sampled_from(JOBS),
    st.sampled_from(["", " at Old Trafford"]),
)
def test_a_name_then_its_job(name: str, job: str, where: str) -> None:
    text = f"Match report\n\nBy {name} {job}{where}\n\n{LEDE.capitalize()}\n"
    found = extract(sanitize(text))
    assert found.byline == name
    assert found.title == "Match report"
    assert found.body == LEDE.capitalize()


SCHOOLS = ["New York University", "University of Bath", "King's College London"]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(NAMES),
    st.sampled_from(NAMES),
    st.sampled_from(SCHOOLS),
    st.sampled_from(SCHOOLS),
)
def test_two_scholars(first: str, second: str, school: str, other: str) -> None:
    line = f"By {first}, {school} and {second}, {other}"
    assert byline_opener(line) == f"{first} and {second}"
    assert byline_opener(f"{line} {LEDE.capitalize()}") == f"{first} and {second}"


def test_no_byline_from_a_time_or_a_school_alone() -> None:
    assert byline_opener("By Tuesday Morning the rain had stopped") is None
    assert byline_opener("By Ivan Oransky, New York University, and others") is None
    assert byline_opener("By Phil McNulty Chief football writer The home side won") is None


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["NOW", "FREE", "TODAY"]),
    st.sampled_from(["NEWSLETTER SAYS OIL TALKS {} STALLED", "{} TRADE PACT SEEN - NEWSLETTER"]),
)
def test_a_capitals_headline_with_a_news_word_is_kept(word: str, shape: str) -> None:
    headline = shape.format(word)
    found = extract(sanitize(f"{headline}\n\n{LEDE.capitalize()}\n"))
    assert found.title == headline
    assert not found.title_derived


def test_a_promo_by_its_other_words_goes() -> None:
    for promo in ("SIGN UP FOR OUR FREE NEWSLETTER NOW", "GET THE FREE MORNING NEWSLETTER"):
        found = extract(sanitize(f"{promo}\n\n{LEDE.capitalize()}\n"))
        assert found.removed == (promo,)


ABOVE = [
    "The deal ends a long fight over the firm.",  # a one-line standfirst
    "A man walks past the bank in London.",  # a photo's caption
    "Who will win the vote?",
]
FIRM = [
    ("WASHINGTON, March {} (Reuters) - ", "WASHINGTON, March {}"),
    ("LONDON, March {} (AP) - ", "LONDON, March {}"),
    ("NEW YORK, March {} - ", "NEW YORK, March {}"),
    ("Riverton, Calif., March {} - ", "Riverton, Calif., March {}"),
]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(ABOVE), st.sampled_from(FIRM), st.integers(1, 28))
def test_a_line_above_hides_no_firm_dateline(above: str, form: tuple[str, str], day: int) -> None:
    """rv54: a standfirst or caption of one sentence above the dateline is no running text
    when the dateline credits an agency, or names its place in capitals or with its state
    before a capital."""
    written, dateline = (part.format(day) for part in form)
    text = f"Big news today\n\n{above}\n\n{written}{LEDE.capitalize()}\n"
    assert as_shown(extract(sanitize(text)).dateline, dateline)
