"""One statement in two renderings: translations and paraphrases of one speaker's words.

Outlets translate a foreign statement each in their own words ("there is a common
understanding that the priority can be and should be the fight against terrorism" and
"there is common understanding that undoubtedly cooperation in the fight against terrorism
... can and must be a priority"): no clip, edit or overlap, yet one quotation. Two quotes
are *paraphrases* (`paraphrase`, what `quote_relation.relation` calls `PARAPHRASE`) when
their content words' stems are much alike: `PARAPHRASE_SHARED` stems or more in common,
`PARAPHRASE_SHARE` or more of all their stems (Jaccard; or, for short quotes, `CLOSE_SHARED`
and `CLOSE_SHARE`), both negative or neither, going no opposite ways (`opposed`), and not
each with a name or number the other lacks: two renderings of one statement carry the
same places and figures, while "a great meeting with President Xi of China" and "... with
Prime Minister Abe of Japan", or "killed 35 militants" and "killed 12", are two (rv29 #4).

Content words alone cannot tell two statements of one theme apart (a consular office's
"we are supporting the family ... at this very difficult time" after two deaths, a day
apart), so a paraphrase joins only what one person said within a few days (`said_alike`):
the quotes are of two outlets (one outlet's two wordings are mostly two sayings: Reuters
quotes James Baker on the Paris agreement twice in a day), dated within
`quote_stock.STOCK_DAYS` of each other, one of them names a person and the other the same
one (by surname, full names agreeing on their first word but for a transliteration) or no
one; or both name one body ("Defense Ministry of Russia", "Defense Ministry": `who`), as a
body alone on one side says too little of who spoke.

Renderings that carry the same names and numbers (`named`: two or more places, peoples or
figures, the same on both sides) may share fewer content words (`NAMED_SHARE`): "the board
met with representatives of leading shipping firms in Norway, Chile and Japan during 2015"
and "in 2015 its managers repeatedly met with representatives of the world's leading shipping
companies in Norway, Chile and Japan". They join when one speaker at most is named, a body
too ("the Harbour Board"), but not none on both sides (`said_alike` with ``anyone``), in
two outlets within `STOCK_DAYS`, and not when one says a thing went one way and the other
the other way (`DIRECTIONS`: "inflation rose to 7.5 percent, the highest since records
began" and "pushed inflation down to 7.5 percent, the lowest since records began" carry
the same names and numbers; rv32 #3).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from index.analysis.demonyms import PLACES
from index.analysis.quote_stock import STOCK_DAYS, day, surname
from index.analysis.speechverbs import ORG_WORDS, PLACE_NAMES, words
from index.analysis.words import STOPWORDS, stem

__all__ = [
    "CLOSE_SHARE",
    "CLOSE_SHARED",
    "DIRECTIONS",
    "NAMED_CONTENT",
    "NAMED_MARKS",
    "NAMED_SHARE",
    "NEGATORS",
    "PARAPHRASE_SHARE",
    "PARAPHRASE_SHARED",
    "named",
    "named_apart",
    "opposed",
    "paraphrase",
    "said_alike",
    "who",
]

PARAPHRASE_SHARED = 6
"""The fewest content stems two quotes must share to be paraphrases: fewer is a phrase."""
PARAPHRASE_SHARE = 0.38
"""The least share of the two quotes' content stems (shared over all, Jaccard) for them to
be paraphrases. Over newsarticles and allsides (gr29, read by hand), pairs of one speaker
within three days read as one statement from here up (translations of Peskov, Iohannis,
Navalny, Rutte, Seibert), as mixed below it: at 0.35 two sentences of one ruling sharing
"a reasonable, objective observer would conclude" joined; lower, parts of a complaint, of
a press conference, a page's boilerplate."""
CLOSE_SHARED = 5
CLOSE_SHARE = 0.6
"""Two short renderings may share fewer content stems than `PARAPHRASE_SHARED`, down to
this many, when they share this much of all their stems (Jaccard) or more: "I like Speaker
Ryan. He worked very hard" and "I like Speaker Ryan. I think Paul really worked hard" (the
labelled x05) share 5 stems of 8. Five stems at 0.6 is most of what either quote says, not a
phrase inside two statements (qg33, tuned on x's odd half)."""
NAMED_SHARE = 0.25
"""The least share of content stems (Jaccard) for two renderings that carry the same names
and numbers (`named`): the labelled x03, two translations of a bank's statement, share 0.30
(tuned on x's odd half, gq32)."""
NAMED_MARKS = 2
"""The fewest names and numbers (`_marks`) two renderings must carry, the same ones, for
`NAMED_SHARE` to be enough: one place ("Syria") is in half the quotes of a week."""
NAMED_CONTENT = 4
"""The fewest shared content stems other than the names and numbers for `named`: two
statements that list the same places ("England, Scotland, Wales and Northern Ireland")
share little else (gq32: a wrong join of two of one speech's sentences without it)."""

GIVEN_RATIO = 80.0
"""rapidfuzz ratio at or above which two given names are one spelled two ways (a
transliteration: "Alexei" and "Alexey" Navalny, "Sergei" and "Sergey")."""

Key = tuple[str, int]
Words = Sequence[str]
_NUMBER_WORDS = words(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
    " sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty"
    " ninety"
)
"""Numbers in words ("one" is left out: "no one", "one of them" are no figure)."""
_NAMES = (PLACE_NAMES | frozenset(w for w in PLACES if " " not in w)) - STOPWORDS
"""Places and their peoples: the names lower-cased words still show (not "is", "us": IS and
the US lower-cased are words of every sentence)."""
NEGATORS = frozenset(
    [
        "not",
        "no",
        "never",
        "nor",
        "neither",
        "none",
        "nobody",
        "nothing",
        "nowhere",
        "without",
        "cannot",
    ]
)
"""Words that turn a statement round: an edited form that drops or adds one is another
quotation ("we will allow a new war" is not "we will not allow a new war"); one list for
paraphrases and for edits and clips (`quote_relation`: "without" was missing here)."""
DIRECTIONS: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (words(one), words(other))
    for one, other in (
        ("rise rises rising rose risen", "fall falls falling fell fallen"),
        ("up", "down"),
        ("increase increases increased increasing", "decrease decreases decreased decreasing"),
        ("higher", "lower"),
        ("highest", "lowest"),
        ("gain gains gained gaining", "loss losses lost"),
        ("more", "less"),
        ("above", "below"),
        ("win wins winning won", "lose loses losing lost"),
        ("accept accepts accepted accepting", "reject rejects rejected rejecting"),
        ("support supports supported supporting", "oppose opposes opposed opposing"),
        ("better", "worse"),
        ("best", "worst"),
    )
)
"""Antonym pairs, each side a word's forms: two renderings of one statement carry the same
names and numbers, so a quote saying a figure went one way and one saying it went the other
(a side of a pair in one, the other side alone in the other: `opposed`) are two statements
(rv32 #3). A closed list, over stems (`_directions`); `named` checks it beside the
negators."""
_POLES: dict[str, set[tuple[int, int]]] = defaultdict(set)
"""A direction word's stem -> its (pair in `DIRECTIONS`, side)s: "lost" is in two pairs."""
for _pair, _sides in enumerate(DIRECTIONS):
    for _side, _forms in enumerate(_sides):
        for _form in _forms:
            _POLES[stem(_form)].add((_pair, _side))


def paraphrase(a: Words, b: Words) -> bool:
    """True when two quotes (normalised words) share `PARAPHRASE_SHARED` content stems or
    more, and at least `PARAPHRASE_SHARE` of all their stems (or `CLOSE_SHARED` and
    `CLOSE_SHARE`), both hold a negator or neither does ("we will allow" and "we will not
    allow" share every content word; two translations may say "not" once or twice: "a
    government ... not sneakily at night", "not one that shyly executes party orders ...
    not at night in secret"), neither has a name or number the other lacks while lacking
    one of the other's, and they go no opposite ways (`opposed`: "prices rose sharply in
    the north" is not "prices fell sharply in the north")."""
    if len(a) < CLOSE_SHARED or len(b) < CLOSE_SHARED:
        return False  # (most pairs no other relation joins: no stems to find)
    mine, theirs = _stems(tuple(a)), _stems(tuple(b))
    shared = len(mine & theirs)
    if shared < CLOSE_SHARED:
        return False
    share = PARAPHRASE_SHARE if shared >= PARAPHRASE_SHARED else CLOSE_SHARE
    if shared < share * len(mine | theirs):
        return False
    if (_negators(tuple(a)) > 0) != (_negators(tuple(b)) > 0):
        return False
    mark, their_marks = _marks(tuple(a)), _marks(tuple(b))
    if mark - their_marks and their_marks - mark:
        return False
    return not opposed(a, b)


def named(a: Words, b: Words) -> bool:
    """True when two quotes (normalised words) carry the same names and numbers, at least
    `NAMED_MARKS` of them and the same set on both sides ("Europe, Asia and America ...
    2016"), share `PARAPHRASE_SHARED` content stems or more and at least `NAMED_SHARE` of
    all, `NAMED_CONTENT` of them other than the names and numbers, and both hold a
    negator or neither does: two renderings of one statement whose
    wording differs more than a paraphrase's may. A figure or place on one side alone
    ("killed 35" and "killed 12") makes two statements."""
    if len(a) < PARAPHRASE_SHARED or len(b) < PARAPHRASE_SHARED:
        return False
    mine_t, theirs_t = tuple(a), tuple(b)
    mark = _marks(mine_t)
    if len(mark) < NAMED_MARKS or mark != _marks(theirs_t):
        return False  # (most pairs: no marks, or not the same)
    mine, theirs = _stems(mine_t), _stems(theirs_t)
    both = mine & theirs
    shared = len(both)
    if shared < PARAPHRASE_SHARED or shared < NAMED_SHARE * len(mine | theirs):
        return False
    if len(both - _mark_stems(mine_t)) < NAMED_CONTENT:
        return False  # the names alone in common: two statements about the same places
    if (_negators(mine_t) > 0) != (_negators(theirs_t) > 0):
        return False
    return not opposed(mine_t, theirs_t)


def opposed(a: Words, b: Words) -> bool:
    """True when, for a pair of `DIRECTIONS`, one quote (normalised words) has a word of
    one side and the other a word of the other side but none of the first's ("rose" and
    "fell"; not "rose" and "rose and fell", nor "rose" and "went up": another pair)."""
    mine, theirs = _directions(tuple(a)), _directions(tuple(b))
    if not mine or not theirs:
        return False  # (most pairs: no direction word on a side)
    pairs = {pair for pair, _ in mine} & {pair for pair, _ in theirs}
    return any(
        {side for p, side in mine if p == pair}.isdisjoint(side for p, side in theirs if p == pair)
        for pair in pairs
    )


@lru_cache(maxsize=1 << 16)  # (every quote a loose pair reaches: 4096 thrashed, qg33)
def _marks(words: tuple[str, ...]) -> frozenset[str]:
    """A quote's names and numbers: figures, numbers in words, places and peoples."""
    return frozenset(
        PLACES.get(w, w)  # a people as its place: "American" and "America" agree
        for w in words
        if _mark(w)
    )


@lru_cache(maxsize=1 << 12)
def _mark_stems(words: tuple[str, ...]) -> frozenset[str]:
    """The stems of a quote's names and numbers (`_marks`), as `_stems` has them."""
    return frozenset(stem(w) for w in words if _mark(w))


def _mark(word: str) -> bool:
    if word in _NUMBER_WORDS or word in _NAMES:
        return True
    return not word.isalpha() and any(c.isdigit() for c in word)  # (most words: one test)


@lru_cache(maxsize=1 << 16)
def _stems(words: tuple[str, ...]) -> frozenset[str]:
    # negators are weighed apart (`_negators`): "never", "nothing" are no shared content
    # (as stems they made a negated pair fall under the share its words have: CI seed 100)
    return frozenset(
        stem(w)
        for w in words
        if w not in STOPWORDS and w not in NEGATORS and (len(w) > 1 or w.isdigit())
    )


@lru_cache(maxsize=1 << 12)
def _directions(words: tuple[str, ...]) -> frozenset[tuple[int, int]]:
    """A quote's direction words as (pair, side) of `DIRECTIONS`."""
    return frozenset(pole for s in map(stem, words) if s in _POLES for pole in _POLES[s])


@lru_cache(maxsize=1 << 12)
def _negators(words: tuple[str, ...]) -> int:
    return sum(w in NEGATORS or w.endswith("n't") for w in words)


def said_alike(
    a: Key,
    b: Key,
    speaker_of: Callable[[Key], str | None],
    date_of: Callable[[Key], str | None],
    outlet_of: Callable[[Key], str | None],
    *,
    anyone: bool = False,
) -> bool:
    """True when two paraphrased quotes may be one statement: of two outlets, both dated
    within `STOCK_DAYS`, one naming a person, the other that person or no one, or both
    naming one body (`who`: "Defense Ministry of Russia" and "Defense Ministry"; a body on
    one side alone may be any of its people, and its two passages, a ruling's, a
    ministry's, read alike: qg33). With ``anyone`` (renderings carrying the same names and
    numbers, `named`): a body on one side will do too ("the Harbour Board"), but one side at
    least names a speaker: two speakerless quotes with the same figures are as often two
    statements (rv32 #3)."""
    outlets = {outlet_of(k) for k in (a, b)}
    if len(outlets) != 2 or None in outlets:
        return False  # one outlet's two renderings are two statements (two sentences of one
        # article; Baker's "Paris agreement" line to Reuters twice in one day)
    names = [n if who(n) else None for n in map(speaker_of, (a, b))]  # an agency: no one
    said_by = {who(n) for n in names} - {None}
    if len(said_by) != 1:
        return False  # two speakers, or none named on either side
    if not anyone and any(_body(n) for n in names if n) and not all(names):
        return False  # a body and no one: a ruling's or a ministry's two passages
    givens = [n.split()[0].lower() for n in names if n and len(n.split()) > 1]
    if len(givens) == 2 and fuzz.ratio(*givens) < GIVEN_RATIO:
        return False  # "Joe Biden" and "Hunter Biden"; "Alexei" and "Alexey" are one
    when, then = day(date_of(a)), day(date_of(b))
    return when is not None and then is not None and abs((when - then).days) <= STOCK_DAYS


def named_apart(
    a: Key,
    b: Key,
    speaker_of: Callable[[Key], str | None],
    date_of: Callable[[Key], str | None],
) -> bool:
    """True when two quotes are two people's, said apart: each names a speaker, not one
    (`who`: by surname, a body by its own words), and they ran more than `STOCK_DAYS` from
    each other (both dated). Two such quotes are one quotation only word for word (a reprint
    whose speaker was misread); reworded, they are two statements that share a phrase
    (Seger's "I think we are beginning to see more calm in those markets" in June, Baker's
    "We think we are beginning to see changes" in March: nu37 #2)."""
    mine, theirs = who(speaker_of(a)), who(speaker_of(b))
    if mine is None or theirs is None or mine == theirs:
        return False
    when, then = day(date_of(a)), day(date_of(b))
    return when is not None and then is not None and abs((when - then).days) > STOCK_DAYS


def who(name: str | None) -> str | None:
    """Who a speaker's name names, to tell two names of one speaker: a person by surname
    ("tillerson" for "Rex Tillerson"), a body by its own words, places and small words
    left out ("defense ministry" for "Defense Ministry of Russia" and "Defense Ministry");
    no one for a news agency (`_AGENCIES`: "IRNA" gives what Khamenei said)."""
    if not name or _AGENCIES.issuperset(name.lower().split()):
        return None  # "IRNA", "KCNA": an agency reports what someone said (qg33: p25)
    if not _body(name):
        return surname(name)
    own = [w for w in name.lower().split() if w not in STOPWORDS and w not in _NAMES]
    return " ".join(own) or surname(name)


_AGENCIES = words(
    "reuters tass ap afp xinhua irna kcna sana ria novosti interfax anadolu yonhap kyodo isna"
    " fars tasnim mehr wam spa efe ansa dpa"
)
"""News agencies: given as a quote's speaker, they name who reported it, not who spoke."""


def _body(name: str) -> bool:
    """True when a speaker's name holds a body's word ("Defense Ministry of Russia")."""
    return any(w in ORG_WORDS or w.rstrip("s") in ORG_WORDS for w in name.lower().split())
