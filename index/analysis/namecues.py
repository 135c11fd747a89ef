"""Cues before a name in running text that make it a quotation's speaker."""

from __future__ import annotations

import re

from index.analysis.firstnames import FEMALE, MALE, first_name_gender
from index.analysis.speechverbs import PERSON_NOUNS, PERSON_TITLES, PLACE_NAMES, SAID_AFTER, words
from index.analysis.words import MONTHS_DAYS

_VERBS_BEFORE = (
    "said|says|added|adds|wrote|writes|explained|noted|insisted|stated|argued|declared|"
    "continued|replied|responded|recalled|commented|remarked|concluded|conceded|confirmed|"
    "countered|reiterated|announced|acknowledged|admitted|observed|stressed|tweeted"
)
_SPEAKS_BEFORE = re.compile(rf"\b(?:{_VERBS_BEFORE}|[Aa]ccording[ \t]+to)[ \t]+$")
"""A verb before a name that makes it the speaker ("said Zhou Zhiping", "according to Nial
Wheate": whom a later "he said" points back to), never its listener ("told Newsbeat")."""
_CUE_ENDS = (*_VERBS_BEFORE.split("|"), "to")
"""How the words before a name end, blanks stripped, when `_SPEAKS_BEFORE` finds a cue."""
_REPLY_FROM = re.compile(
    r"\b(?:reaction|response|reply|retort|rebuke|riposte)s?[ \t]+from[ \t]+$", re.IGNORECASE
)
"""A reply's author ("prompted an angry reaction from Pechtold"): who a "he wrote" next
speaks for (sp45, na-0339), as "said Zhou" makes Zhou the one a later "he" is."""


def replied_from(before: str) -> bool:
    """True when the words right ``before`` a person's name make it a reply's author ("an
    angry reaction from Pechtold"). Only for people: "requested a response from Taft
    Broadcasting Co" is a body asked, whose "it said" it is not (reut-02638)."""
    return before.endswith(" ") and _REPLY_FROM.search(before) is not None


def spoken_by(before: str) -> bool:
    """True when the words right ``before`` a name make it the speaker: a speech verb
    with no subject of its own before it ('"...," said Zhou', 'according to Zhou'), not
    "he said Acme would" nor "Byrd said Reagan's veto"."""
    # The pattern ends in "[ \t]+$": a cue ends on the last word before the final blanks
    # (of the string, or before its final line break). Most names have none: that check is
    # cheap, where the search tries every position.
    end = before[:-1] if before[-1:] == "\n" else before
    stripped = end.rstrip(" \t")
    if len(stripped) == len(end) or not stripped.endswith(_CUE_ENDS):
        return False
    return _searched(before)


def _searched(before: str) -> bool:
    """`spoken_by` read with the search alone (what it was before its screen)."""
    told = _SPEAKS_BEFORE.search(before)
    if told is None:
        return False
    if told.group().startswith(("according", "According")):  # "According to Wang Lu, ..."
        return True
    lead = before[: told.start()].rstrip(" \t")
    return not lead or not lead[-1].isalnum()


_ROLE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz-")


def role_before_name(before: str) -> bool:
    """True when a lower-case role stands right before a name ("farmer Faro Muza"): the
    word of ``re.search(r"([a-z][a-z\\-]*)[ \\t]+$", before)``, read without a regex
    (a search anchored at the end tries every position: this runs for most names)."""
    if before.endswith("\n"):
        before = before[:-1]  # "$" also matches before a final newline
    stripped = before.rstrip(" \t")
    if len(stripped) == len(before):
        return False
    i = len(stripped)
    while i > 0 and stripped[i - 1] in _ROLE_CHARS:
        i -= 1
    word = stripped[i:].lstrip("-")
    return bool(word) and (word in PERSON_NOUNS or word in PERSON_TITLES)


_VERB_NEXT = re.compile(
    r"[ \t]+(?:has|have|had|is|was|were|will|would|could|should|can|may|might|must|did|"
    r"does|wants|wanted|needs|needed|knows|knew)\b"
)


def reported_subject(text: str, end: int) -> bool:
    """True when a verb follows the name ending at ``end``: after "said" the name is the
    subject of what was said ("Cassell, a law professor, said Trump has the right"), not
    who said it, and "he" in the next quote is not Trump."""
    return _VERB_NEXT.match(text, end) is not None


_PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}ing(?=[ \t]+[a-z])")
"""A sentence's first word, a participle going on in lower case ("Speaking with")."""
_PREPOSITIONS = words(
    "according including regarding concerning following during excluding pending barring"
)
"""Words in -ing that are prepositions: "According to Bonsey there are" leaves him subject."""


def opens_on_participle(text: str, word: re.Match[str], opening: int) -> bool:
    """True when ``word`` (a match in ``text``) is the first word of the sentence that
    ``opening`` starts and a participle ("Speaking with Luis Videgaray, he ...", "Standing
    next to Merkel, Trump said"): a name in that phrase is not the sentence's subject."""
    return (
        word[0].endswith("ing")
        and _PARTICIPLE.match(text, word.start()) is not None
        and not text[opening : word.start()].strip(" \t\n\"“”'‘’-—")
        and word[0].lower() not in PLACE_NAMES
        and word[0].lower() not in _PREPOSITIONS
    )


_APPOSITION = re.compile(
    r",[ \t]+(?:a|an|another|one|the)[ \t]+(?:[\w'’\-]+[ \t]+){0,3}?([a-z][a-z\-]*)[ \t]*,"
)


def described_as_person(text: str, end: int) -> bool:
    """True when an apposition after a name says it is a person's ("Djigane Mboup, another
    villager, has ...", "Ann Lee, a retired teacher, said"): read where nothing else does
    (an unknown first name), so that "he" may point back to that name."""
    found = _APPOSITION.match(text, end)
    return found is not None and (found[1] in PERSON_NOUNS or found[1] in PERSON_TITLES)


_FIRMS = (
    "company|producer|firm|maker|manufacturer|retailer|carrier|insurer|supplier|"
    "developer|operator|startup|conglomerate|brewer|lender"
)
_FIRM_BEFORE = re.compile(rf"\b(?:{_FIRMS})[ \t]+$")
_FIRM_ENDS = tuple(_FIRMS.split("|"))
"""How the words before a name end, blanks stripped, when `_FIRM_BEFORE` finds a firm."""


def firm_before(text: str, at: int, end: int = -1) -> bool:
    """True when the words right before ``text[at:end]``, a name, end in a kind of business
    ("Dutch dairy producer Royal FrieslandCampina", "solar tech company Midsummer"), or
    "and Co" follows it ("J.P. Morgan and Co Inc": sp41): the name is a body's, never the
    person a later "he" points back to."""
    if end >= 0 and text.startswith((" and Co", " & Co"), end) and " of " not in text[at:end]:
        return True  # (not "Peter Greenbaum of Smith Barney Harris Upham and Co Inc")
    before = text[at - 24 if at > 24 else 0 : at]
    return (
        before.endswith((" ", "\t"))
        # the kind of business ends the words (cheap: most have none), then the search
        and before.rstrip(" \t").endswith(_FIRM_ENDS)
        and _FIRM_BEFORE.search(before) is not None
    )


_APPOSED = 200
"""The longest apposition read between a name and its speech verb: it holds no comma, full
stop or quotation mark, so it cannot run past its clause ("Marie Mendras, a political
scientist in the field of ... at the Paris School of International Affairs, said": 113
characters, na-1867; the reach was 90, and 130 to 200 gave the same quotes on the three
corpora, qp49)."""
_SPEAKS_AFTER = re.compile(
    rf"(?:,[^,.;\"“”]{{1,{_APPOSED}}},|[ \t]+[-—–][^.;\"“”]{{1,{_APPOSED}}}[-—–])?[ \t]+"
    r"(?:(?:has|had|also|later|then|earlier|previously|once|recently|again|further|told|"
    r"reportedly)[ \t]+)?(?:"
    + SAID_AFTER
    + r"|as[ \t]+saying)\b"  # "quoted chairman Simon Keswick as saying"
)
_ADDRESSED = re.compile(
    r"\b(?:[Ss]peaking|[Tt]alking|[Ww]riting|[Ii]nterview|[Cc]omments?)[ \t]+(?:to|with)[ \t]+$"
)


def addressed(text: str, at: int) -> bool:
    """True when the name at ``at`` is the one spoken to in a phrase that opens the
    sentence ("Speaking to Al Jazeera, a senior official, said": the official spoke, not
    Al Jazeera, whose "Al" reads as a man's first name; na-2295, qp49)."""
    return text.endswith((" to ", " with "), 0, at) and (
        _ADDRESSED.search(text, at - 24 if at > 24 else 0, at) is not None
    )


_LOWER_BEFORE = re.compile(r"(?:(?<![\w'’])([A-Z][\w\-]*)[ \t]+)?(?<![\w'’])([a-z]+)[ \t]+$")


def lower_role(text: str, start: int) -> frozenset[str]:
    """The lower-case word right before a name at ``start`` when it is a person's title or
    noun (`PERSON_TITLES`, `PERSON_NOUNS`): the role the writer gave the name ("said Paris
    police chief Michel Cadot": chief), so that "the police chief said" later is his
    (na-2627, qp49). Not "the ministry in Berlin", "the press office told TASS"; nor the
    words before the noun ("military chief Hulusi Akar" is not "the military"); nor a role
    a capitalised word qualifies ("Democratic Unionist Party leader Arlene Foster" is not
    "the UUP leader"), unless it opens the sentence ("Team coach Paul Barber said") or owns
    the role ("Yanukovych's attorney": the possessive is not read as a qualifier)."""
    found = _LOWER_BEFORE.search(text, start - 40 if start > 40 else 0, start)
    if found is None or (found[2] not in PERSON_TITLES and found[2] not in PERSON_NOUNS):
        return frozenset()
    if found[1] is not None and not _opens(text, found.start(1)):
        return frozenset()
    return frozenset([found[2]])


def _opens(text: str, at: int) -> bool:
    """True when ``text[at:]`` opens a sentence (its capital says nothing)."""
    before = text[at - 4 if at > 4 else 0 : at].rstrip(" \t\n")
    return not before or before[-1] in '.!?"”'


_APPOSED_SAID = re.compile(r",[ \t]+(?:said|says|told)\b")


def speaks_after(text: str, at: int, end: int, first: str = "") -> bool:
    """True when a speech verb follows the name that ends at ``end`` ("Lyng said", "Lyng,
    the aide, said"), or, for a name set off by commas from a role before it (``at`` its
    start; -1 when unknown) and opened by ``first``, a known first name, right after its
    closing comma ("Fire Incident commander, Kevin Lawson, said": sp43, nu49 #3; not
    "Hamilton, New York, said")."""
    if _SPEAKS_AFTER.match(text, end) is not None:
        return True
    if at < 2 or not text.startswith(", ", at - 2):
        return False
    if first_name_gender(first) not in (MALE, FEMALE):
        return False
    return _APPOSED_SAID.match(text, end) is not None


_OWN_EVENT = re.compile(
    r"[ \t]+(?:at|during)[ \t]+(his|her)[ \t]+(?:[\w\-]+[ \t]+){0,3}?"
    r"(?:news|press)[ \t]+(?:conference|briefing)\b"
)


def own_event(text: str, end: int) -> str | None:
    """The gender of a name that ends at ``end`` and holds its own news conference ("shot
    down by Bakar at his Wednesday news conference": a man who spoke, whom the next "he
    said" means, na-1435, sp48), else None. Not "in his speech": "Elsewhere in his speech,
    Baker ..." (reut-08315) opens on no name."""
    found = _OWN_EVENT.match(text, end)
    if found is None:
        return None
    return MALE if found.group(1) == "his" else FEMALE


_ORG_GOES_ON = (" on ", " for ")
_NOUN_END = re.compile(r"(?:tion|sion|ment|ity|ance|ence|ness|ship|ism|ics|ure|ies)$")
"""How the last word of a body's name after its "and" ends ("Development", "Studies")."""


def org_goes_on(text: str, org_end: int, at: int, run: str, org: str) -> str:
    """The words joining ``org``, an organisation's name that ends at ``org_end``, to the
    run of capitals ``run`` at ``at`` when the run goes on with that name ("Council" on
    "Foreign Relations", "Reporters Committee for Freedom" of the "Press"), else "". The
    book's runs join at "of" only; read alone, "Foreign Relations" was a person,
    "Relations", whom a later "he said" pointed to (fx171, na-2635: "Richard Haas, president
    of the Council on Foreign Relations, a nonpartisan think tank, said ... He said, '...'").
    Not a day or a month ("the Council on Monday"); "of the", or "and" before a common
    noun's ending ("Organisation for Economic Cooperation" and "Development"), only after
    "on" or "for" (not "the Ministry of Defense" of "the UK", "... Relations and Richard
    Haass")."""
    joint = text[org_end:at] if 4 <= at - org_end <= 8 else ""
    words = run.rstrip(".,").split()
    if joint not in _ORG_GOES_ON:
        glued = any(glue in org for glue in _ORG_GOES_ON)
        noun = joint == " and " and _NOUN_END.search(words[-1]) is not None
        if not (glued and (joint == " of the " or noun)):
            return ""
    return "" if words[0].lower() in MONTHS_DAYS or _person_named(words) else joint


def _person_named(words: list[str]) -> bool:
    """Whether a run of capitals after a body's "on" or "for" names a person, not the rest
    of the body's name (rv77: "the Senate on Janet Yellen" was one body, and her "she said"
    went to a woman named before): a title ("President Trump"), or a man's or a woman's
    first name before a word that ends no common noun ("Christian Unity" goes on)."""
    first, last = words[0].lower(), words[-1].removesuffix("'s").removesuffix("\u2019s")
    if first in PERSON_TITLES:
        return True
    gendered = first_name_gender(words[0]) in (MALE, FEMALE)
    return gendered and len(words) > 1 and _NOUN_END.search(last.lower()) is None
