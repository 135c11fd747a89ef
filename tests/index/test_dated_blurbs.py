"""DW's related blurbs ("<teaser> (05.02.2017)") and share rows run into a paragraph leave
the body and are shown as removed (cl44, cl43's note). The oracle: the text is made of
article sentences, blurb boxes and share rows, each known; the article's own words all
stay, in order, and each box or row is removed exactly. Every text here is written for the
test, none copied from a corpus."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.analysis.namerun import sentence_ends
from index.text.dated_blurbs import BACK, LIMIT, blurb_spans
from index.text.extract import extract

ROW = (
    "Send Facebook Twitter Google+ Whatsapp Tumblr linkedin stumble Digg reddit Newsvine "
    "Permalink http://dw.com/p/2Q7xZ"
)
TEASERS = [
    "The harbour authority has approved a new ferry terminal. Residents fear more traffic "
    "on the coast road.",
    "Farmers in the north have lost half of their harvest to floods. Aid groups say far "
    "more help is needed before winter. Tom Berg reports from Oslo.",
    "Stop! Look! Listen! A new campaign wants drivers to slow down near schools, and the "
    "police say they will be watching.",
    "Why are rents rising so fast in the capital? An economist explains what drives the "
    "market and who pays for it.",
    "A court has ruled that the city must pay for the damaged bridge. The mayor called the "
    'verdict "unfair and costly."',
    "In a DW interview, the minister says the new rail link will be finished on time, "
    "despite the rising costs and a long row with the unions.",
    "Germany's biggest port has reported its first drop in container traffic in ten years, "
    "blaming a slowing world economy and a strike at the docks in the summer.",
]
"""Teasers of one to three sentences, none opening on a word pointing back, each within
DW's 220 characters."""
LEADS = [
    [
        "The ferry company said on Monday that it would cut three routes along the northern "
        "coast next spring, blaming falling passenger numbers and the rising price of fuel."
    ],
    [
        "Officials from the transport ministry, who asked not to be named because the talks "
        "were still going on, said no decision had been taken on the northern routes yet."
    ],
]
LEADS += [
    [LEADS[0][0], "He declined to comment."],
    [LEADS[1][0], "But the harbour master, who has worked on the quay for thirty years, was calm."],
    [LEADS[0][0], "It was not the first time."],
]
"""The article's last words before a box: a long sentence (with any teaser, past 220
characters), maybe then a short one pointing back ("He", "But", "It"), so where the box
starts is known. (After a short sentence not pointing back, a short first teaser may take
it along: what DW's run-in box does not tell, `dated_blurbs`.)"""
LONG = [sentence for lead in LEADS for sentence in lead]
PROSE = [
    "Passengers were told to expect delays.",
    '"We are doing what we can," the spokeswoman said.',
    "The union has called a meeting for Thursday.",
    "Last year, more than 40,000 people used the route.",
    "Why would anyone leave now? Few could say.",
    "Nobody was hurt.",
]
AFTER = [
    "The ferry company said the decision was final.",
    '"It is a sad day for the islands," said one resident.',
    "Ticket sales will end in March.",
    "According to the council, a bus service will replace the ferry.",
]
DATED = [
    "The court will rule on Friday ({day}), officials said.",
    "The panel decided today ({day}) by a majority to keep the ban.",
    "Hearings begin Wednesday ({day}) in the capital.",
    "The study, released on Friday ({day}), looks at the coal trade.",
    "The summit opens on Friday ({day}).",
    'The union said: "We will strike on Monday ({day})." The talks failed.',
    "Its report ({day}) named the ferry company.",
]
"""Article sentences with a dated parenthesis of their own: never a blurb's day."""

DAYS = st.dates(min_value=date(1995, 1, 1), max_value=date(2030, 12, 31))


def _day(when: date) -> str:
    return f"({when:%d.%m.%Y})"


def _clean(text: str) -> tuple[str, tuple[str, ...]]:
    found = extract(text, known={"title": "A given title", "source": "Deutsche Welle"})
    return found.body, found.removed


def test_the_teasers_fit_dw_s_limit() -> None:
    assert all(len(teaser) <= LIMIT for teaser in TEASERS)
    assert not any(teaser.split()[0] in BACK for teaser in TEASERS)


@settings(max_examples=120, deadline=None)
@given(
    st.lists(st.sampled_from(PROSE + AFTER), max_size=3),
    st.lists(st.tuples(st.sampled_from(DATED), DAYS), min_size=1, max_size=3),
    st.lists(st.sampled_from(PROSE + AFTER + LONG), max_size=3),
    st.booleans(),
)
@example([], [(DATED[4], date(2017, 2, 17))], [AFTER[0]], False)
def test_real_prose_with_a_dated_parenthesis_is_never_cut(
    before: list[str], dated: list[tuple[str, date]], after: list[str], broken: bool
) -> None:
    """Prose whose sentences hold a day in brackets ("on Friday (17.02.2017)."), in one
    paragraph or in several, comes out whole and nothing is removed."""
    sentences = [*before, *(form.format(day=_day(when)[1:-1]) for form, when in dated), *after]
    text = ("\n\n" if broken else " ").join(sentences)
    body, removed = _clean(text)
    assert body == text
    assert removed == ()


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(PROSE + AFTER), max_size=3),
    st.one_of(st.none(), st.sampled_from(LEADS)),
    st.lists(st.tuples(st.sampled_from(TEASERS), DAYS), min_size=1, max_size=4),
    st.lists(st.sampled_from(AFTER + PROSE), max_size=3),
)
@example([], None, [(TEASERS[0], date(2017, 2, 5))], [AFTER[0]])
@example([PROSE[0]], LEADS[2], [(TEASERS[1], date(2016, 9, 1))], [])
def test_a_blurb_box_run_into_a_body_is_cut_exactly(
    before: list[str], lead: list[str] | None, box: list[tuple[str, date]], after: list[str]
) -> None:
    """A box of 1-4 blurbs at the text's opening, in its middle or closing it (after the
    article's words: `LEADS`) leaves, exactly; every article sentence stays."""
    if lead is None and before:
        lead = LEADS[0]  # a box after the article's words opens after a known bound
    article = [*before, *(lead or []), *after]
    if not article:
        article = after = [AFTER[0]]
    blurbs = " ".join(f"{teaser} {_day(when)}" for teaser, when in box)
    text = " ".join([*before, *(lead or []), blurbs, *after])
    body, removed = _clean(text)
    assert body == " ".join(article)
    assert removed == (blurbs,)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.sampled_from(PROSE + AFTER + LONG), min_size=1, max_size=3),
    st.lists(st.sampled_from(PROSE + AFTER + LONG), max_size=3),
)
def test_a_share_row_anywhere_in_a_paragraph_leaves(before: list[str], after: list[str]) -> None:
    text = " ".join([*before, ROW, *after])
    body, removed = _clean(text)
    assert body == " ".join([*before, *after])
    assert ROW in removed


def test_a_share_row_between_blurbs_and_prose() -> None:
    """A row then a box: the box opens after the row (never reaching back over it)."""
    text = f"{LONG[0]} {ROW} {TEASERS[3]} (14.03.2017) {AFTER[1]}"
    body, removed = _clean(text)
    assert body == f"{LONG[0]} {AFTER[1]}"
    assert removed == (ROW, f"{TEASERS[3]} (14.03.2017)")


def test_a_first_blurb_whose_start_is_not_found_stays() -> None:
    """The page cut the article's sentence to put the box in ("... purchased Hundreds"),
    and the teaser's second sentence opens on "But": its start is not known, so it stays
    with its day; the box's later blurbs go, and the article goes on in mid-sentence."""
    first = (
        "Hundreds of ships pass through the port every year. But strikes have made business "
        "much harder. (04.08.2015)"
    )
    opening = (
        f"{PROSE[0]} The company, which has run ferries along the northern coast since the"
        " war and employs more than two thousand people, runs three lines, one of them"
        " purchased"
    )
    text = (
        f"{opening} {first} {TEASERS[0]} (03.10.2015) {TEASERS[4]} (23.06.2015) in the"
        " year before, it said."
    )
    body, removed = _clean(text)
    assert body == f"{opening} {first} in the year before, it said."
    assert removed == (f"{TEASERS[0]} (03.10.2015) {TEASERS[4]} (23.06.2015)",)


def test_a_short_sentence_pointing_back_stays_before_a_box() -> None:
    text = f"{PROSE[1]} He declined to comment. {TEASERS[0]} (05.02.2017) {AFTER[0]}"
    body, removed = _clean(text)
    assert body == f"{PROSE[1]} He declined to comment. {AFTER[0]}"
    assert removed == (f"{TEASERS[0]} (05.02.2017)",)


def test_a_paragraph_of_only_a_blurb_is_left_whole() -> None:
    """With the page's breaks kept, "Tom Berg reports from Oslo. (01.09.2016)" alone may
    be the article's own line: no article words beside it tell (tests/rules_rows.py r5)."""
    text = f"Tom Berg reports from Oslo. (01.09.2016)\n\n{AFTER[0]}"
    body, removed = _clean(text)
    assert body == text
    assert removed == ()
    assert blurb_spans("Tom Berg reports from Oslo. (01.09.2016)") == [(0, 40)]


def test_no_blurb_without_a_sentence_s_end_before_its_day() -> None:
    for line in (
        "Readers ask Tom Berg from Oslo (07.03.2016) Finding the source takes weeks.",
        f"{TEASERS[0]} (5.2.2017) {AFTER[0]}",  # not DW's form
        f"{TEASERS[0]} (32.01.2017) {AFTER[0]}",  # no such day
        f"{TEASERS[0]} (05.02.2017), {AFTER[0]}",
        f"{TEASERS[0]} (05.02.2017) the ferry was late.",  # a box's first day: a sentence after
    ):
        assert blurb_spans(line) == []


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(PROSE + AFTER + LONG), min_size=1, max_size=3),
    st.sampled_from(["", "-", " -", " - "]),
    st.sampled_from(["", " -", " - ", " --"]),
    st.lists(st.sampled_from(PROSE + AFTER + LONG), min_size=1, max_size=3),
)
@example([LONG[0]], " -", "", [AFTER[2]])
def test_a_cut_leaves_a_sentence_boundary_where_the_row_stood(
    before: list[str], left: str, right: str, after: list[str]
) -> None:
    """DW writes a lost space beside a row as a dash ('"adapt and learn". - Send ...
    http://dw.com/p/2ZM32 Mnuchin remained', "Brexit.- Send", "... -But now"): the dashes
    go with the row, so the sentences on either side are two sentences again (`sentence_ends`
    reads a boundary where the row stood: "he added" then reads back to the right man,
    na-2916, sp58)."""
    text = f"{' '.join(before)}{left} {ROW}{right} {' '.join(after)}"
    body, removed = _clean(text)
    assert body == " ".join([*before, *after])
    assert ROW in removed
    assert len(" ".join(before)) + 1 in sentence_ends(body)


def test_a_dash_after_a_box_goes_with_it() -> None:
    text = f"{LONG[0]} {TEASERS[0]} (05.02.2017) -{AFTER[0]}"
    body, removed = _clean(text)
    assert body == f"{LONG[0]} {AFTER[0]}"
    assert removed == (f"{TEASERS[0]} (05.02.2017)",)


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(LONG),
    st.lists(st.tuples(st.sampled_from(TEASERS), DAYS), min_size=2, max_size=4),
    st.integers(min_value=1, max_value=3),
    st.lists(st.sampled_from(AFTER + PROSE), min_size=1, max_size=2),
)
@example(LONG[0], [(TEASERS[0], date(2017, 1, 27)), (TEASERS[0], date(2016, 10, 22))], 1, AFTER[:1])
def test_a_share_row_inside_a_box_is_cut_once(
    lead: str, box: list[tuple[str, date]], at: int, after: list[str]
) -> None:
    """A share row between two blurbs of a box (rv67): a later day within 220 characters
    ran the box over the row, and the row's span lay inside the box's. The body then kept
    the blurbs after the row although they were cut too. Oracle: the article's sentences
    stay, exactly; what is removed, joined, is the box and row as written, each word once."""
    blurbs = [f"{teaser} {_day(when)}" for teaser, when in box]
    blurbs.insert(min(at, len(blurbs) - 1), ROW)
    run = " ".join(blurbs)
    text = " ".join([lead, run, *after])
    spans = blurb_spans(text)
    assert all(a[1] <= b[0] for a, b in pairwise(spans)), spans
    body, removed = _clean(text)
    assert body == " ".join([lead, *after])
    assert " ".join(removed) == run
