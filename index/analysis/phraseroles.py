"""What the words of a speaker phrase's part say of its capitalised run: a title then a
person's name, a known first name, a country's adjective before a role, or two names joined
by "and" (`index.analysis.phrases` reads a part with these)."""

from __future__ import annotations

import re

from index.analysis.firstnames import first_name_gender
from index.analysis.names import Token, split_title
from index.analysis.speechverbs import (
    NOT_NAMES,
    ORG_WORDS,
    PERSON_NOUNS,
    PERSON_TITLES,
    PLACE_WORDS,
    TITLES,
    org_word,
    words,
)

DETERMINERS = words("the a an his her their its our my this that")


def titled_person(part: list[Token], start: int, end: int) -> bool:
    """True for a capitalised title with a preposition, then a person's name: "Minister for
    Public Expenditure and Reform Paschal Donohoe" (not "a spokesman for John Smith", not
    "Manager at the Preston Park Hotel")."""
    if not (part[0].capital and part[0].norm in TITLES) or part[0].norm in DETERMINERS:
        return False
    first = next((i for i in range(start, end) if first_name(part[i])), None)
    return (
        first is not None
        and end - first >= 2
        and first_name_gender(part[first].text) in ("m", "f")
        and not any(t.norm in ORG_WORDS or t.norm in PLACE_WORDS for t in part[first:end])
    )


def first_name(tok: Token) -> bool:
    """True for a known first name that is not also an organisation's or a title's word."""
    return (
        tok.norm not in ORG_WORDS
        and tok.norm not in TITLES
        and first_name_gender(tok.text) is not None
    )


def nationality_role(part: list[Token], start: int, end: int) -> bool:
    """True for a determiner, one capitalised word and lower-case title words to the end
    ("The Philippine vice president", "the Colombian finance minister", "one German
    diplomat")."""
    named = [t for t in part[start:end] if t.norm not in _ONE_OF]
    return (
        part[0].norm in _ONE_OF
        and len(named) == 1
        and end < len(part)
        and all(not t.capital and t.norm in _ROLES for t in part[end:])
    )


_ONE_OF = frozenset(["the", "a", "an", "one", "another"])
_ONE_OF = frozenset(["the", "a", "an", "one", "another"])
_ROLES = TITLES | PERSON_NOUNS | words("czar tsar")


def coordinated(part: list[Token], start: int, end: int) -> int:
    """Where the first of two names joined by "and" starts when the run of capitals
    ``part[start:end]`` is the second ("Washington and Minnesota said", "academics Steven
    Levitsky and Daniel Ziblatt told": the two speak, not the second alone); -1 when it is
    not such a pair, or inside a title or a body's name, where the part has a title's or a
    body's word ("Health and Human Services Secretary Tom Price", "Minister for Public
    Expenditure and Reform Paschal Donohoe", "Kahn and Kahn Pty Ltd"). A part that opens
    with the pair after a comma may end a list the parts before began ("commander for
    operations in Devon, Cornwall and Dorset"): the caller reads no name there."""
    if not (
        start >= 2
        and part[start - 1].norm == "and"
        and not part[start - 1].capital
        and part[start - 2].capital
        and part[start - 2].text[:1].isalpha()
        and not any(t.capital and (_title(t.norm) or org_word(t.text)) for t in part[:end])
        and not any(t.text.endswith(("'s", "’s")) for t in part[start - 2 : end])
    ):
        return -1  # not "Trump's and Ryan's efforts": what two own
    lo = start - 2
    while lo > 0 and part[lo - 1].capital and part[lo - 1].text[:1].isalpha():
        lo -= 1
    if all(t.norm in NOT_NAMES for t in part[lo : start - 1]):
        return -1  # "on Wednesday and Citicorp", "But and": no first name
    return lo


def pair_name(part: list[Token], lo: int, start: int) -> int:
    """Where the first name of a pair (`coordinated`) starts after the words that only open
    it: a sentence's ("Both") or a title's ("Republican Sens. John McCain")."""
    while lo < start - 2 and part[lo].norm in NOT_NAMES:
        lo += 1
    titles, _, _ = split_title([t.text for t in part[lo : start - 1]])
    return lo + len(titles)


def _title(word: str) -> bool:
    """A title's word, or a hyphened one with a title's part ("Under-Secretary")."""
    return word in TITLES or any(p in TITLES for p in word.split("-") if len(p) > 3)


def body_list(before: list[Token], part: list[Token]) -> int:
    """Where a body's name starts in ``before`` when ``part``, after a comma, ends the list
    of what the body is for ("The Department for Environment" then "Food and Rural Affairs":
    one department); -1 otherwise."""
    if not part or not all(t.capital or t.norm == "and" for t in part) or len(before) < 3:
        return -1
    joint = next((k for k, t in enumerate(part) if t.norm == "and"), 0)
    if coordinated(part, joint + 1, len(part)) != 0 or not before[-1].capital:
        return -1
    of = max(
        (k for k, t in enumerate(before) if t.norm in ("of", "for") and not t.capital), default=-1
    )
    if of < 1 or not all(t.capital for t in before[of + 1 :]) or not org_word(before[of - 1].text):
        return -1
    at = of - 1
    while at > 0 and before[at - 1].capital and before[at - 1].norm not in NOT_NAMES:
        at -= 1
    return at


_NOT_ROLE = DETERMINERS | words(
    """of for at in with from to on by under about and or but nor than as who which whose
    when while after before since until if also then now later earlier yesterday today"""
)
_AGENT = ("er", "or", "ist", "ant", "ent", "ian", "eur")
"""Endings of the nouns that say what a person does ("owner", "scientist", "striker")."""


def role_closes(part: list[Token], end: int) -> bool:
    """True when lower-case role words, then a name of two or more capitalised words that
    ends the part, follow the run ending at ``end``: "said United States Geological Survey
    scientist Patrick Barnard", "said former Foxes striker Gary Lineker" (the body or the
    team is the person's description; not "Smith and Jones", "Acme of Chicago")."""
    run = next((i for i in range(end, len(part)) if part[i].capital), len(part))
    between = part[end:run]
    return (
        1 <= len(between) <= 4
        and len(part) - run >= 2
        and all(t.capital and t.text[0].isalpha() for t in part[run:])
        and all(t.text[0].isalpha() and t.norm not in _NOT_ROLE for t in between)
        and (between[-1].norm in TITLES or between[-1].norm.endswith(_AGENT))
        and not any(t.norm in ORG_WORDS for t in part[run:])
    )


def role_ends(part: list[Token], end: int) -> bool:
    """True when "a"/"an"/"the" opens the part and two to four lower-case words ending on a
    role follow the capitals that end at ``end``, ending the part: "a Senate Democratic
    leadership aide", "the White House press secretary" (sp39: it named "Senate
    Democratic"). Someone described, not named; one word after ("the Navy chief") is the
    caller's own test. Not after "a"/"an" when the capitals end on a body's word or are
    initials: "a U.S. Bank foreign exchange manager" speaks for that bank (`voice_of`)."""
    between = part[end:]
    body = org_word(part[end - 1].text) or part[end - 1].text.isupper()
    return (
        (part[0].norm == "the" or (part[0].norm in ("a", "an") and not body))
        # a capital "The" opens the sentence: "The White House coronavirus czar" (sp41), not
        # "The prime minister" (the run is "The" alone: no role of a body)
        and (not part[0].capital or (part[0].norm == "the" and end > 1))
        and 2 <= len(between) <= 4
        and all(not t.capital and t.text[0].isalpha() and t.norm not in _NOT_ROLE for t in between)
        and (between[-1].norm in _ROLES or between[-1].norm.endswith(_AGENT))
    )


def lead_modifiers(part: list[Token], start: int) -> bool:
    """True when only lower-case modifiers ("former", "then") stand before ``start``."""
    return all(not t.capital and t.norm not in _NOT_ROLE for t in part[:start])


def gloss_opens(toks: list[Token], parts: list[list[Token]]) -> int:
    """Where the "(" is when the phrase's last part (before "who ...", "in Zurich") is in
    parentheses ("... of the German Development Institute (DIE)", "Kate Brown (D)"), or -1."""
    last = len(parts) - 1
    while last > 0 and not parts[last][0].capital and parts[last][0].norm in _AFTER_GLOSS:
        last -= 1
    if last == 0:
        return -1
    part = parts[last]
    at = next((i for i, t in enumerate(toks) if t is part[0]), -1)
    after = next((i for i, t in enumerate(toks) if t is part[-1]), -1) + 1
    if at < 2 or toks[at - 1].text != "(" or after >= len(toks) or toks[after].text != ")":
        return -1
    return at - 1


_AFTER_GLOSS = words("who which whose whom that in at from")


def gloss_of(toks: list[Token], name: str, opens: int) -> bool:
    """True when the person ``name`` (read from ``toks[:opens]``) is what the parenthesis at
    ``opens`` glosses: the name right before it ("Kate Brown (D)"), or the body it glosses
    where the person works, said before any other name ("Clara Brandi of the German
    Development Institute (DIE)"); not "The Montgomery, Alabama, based Ministry of
    International Trade and Industry (MITI)"."""
    last = name.split()[-1]
    at = max((i for i in range(opens) if toks[i].text == last), default=opens)
    for tok in toks[at + 1 : opens]:  # "of" before any name but a title's ("a senior MP of")
        if not tok.capital and tok.norm in _WORKS_AT:
            return True
        if _word(tok) and tok.norm not in PERSON_TITLES:
            return False
    return at + 1 == opens


_WORKS_AT = words("of for at from with")


def joined_name(part: list[Token], start: int, end: int) -> tuple[int, int]:
    """The run ``part[start:end]`` widened over an "&" between capitalised words ("AT&T",
    "Food & Water Watch") and over an "and" inside one body's name: the words after it end in
    a body's word, those before have none and no first name, neither side owns ("Bloomfield
    Savings and Loan Association", "the Science and Technology Committee"; not "FMR Corp and
    Fidelity International Ltd", "Deepak Raj of Merrill Lynch and Co", "Greece and Turkey's
    NATO")."""
    while start >= 2 and part[start - 1].text in _JOINTS and _word(part[start - 2]):
        lo = start - 2
        while lo > 0 and _word(part[lo - 1]):
            lo -= 1
        if not _one_body(part[lo : start - 1], part[start:end], part[start - 1].text):
            break
        start = lo
    while end + 1 < len(part) and part[end].text in _JOINTS and _word(part[end + 1]):
        hi = end + 1
        while hi < len(part) and _word(part[hi]):
            hi += 1
        if not _one_body(part[start:end], part[end + 1 : hi], part[end].text):
            break
        end = hi
    return start, end


_JOINTS = ("&", "and")
_BODY_GLUE = frozenset(("for", "on"))


def body_span(part: list[Token], start: int, end: int) -> tuple[int, int] | None:
    """The run ``part[start:end]`` widened into one body's name over "for" or "on" (or "for
    the") after a body's word, as `entities` reads the name ("Centers for Disease Control",
    "Council on Foreign Relations", "Office for the Coordination of Humanitarian Affairs"),
    or None when no such glue stands at either end; "and" inside it too, before a common
    noun's ending ("Centers for Disease Control and Prevention", "Office for Migration and
    Refugees"; not "the Department for Education and Smith")."""
    lo, hi = _back_over_and(part, start, end), end
    while (glue := lo - 2 if _lower(part, lo - 1, "the") else lo - 1) >= 1 and body_glue(
        part, glue
    ):
        lo = glue - 1
        while lo > 0 and _word(part[lo - 1]):
            lo -= 1
    while hi < len(part) and body_glue(part, hi):
        at = hi + 2 if _lower(part, hi + 1, "the") else hi + 1
        if at >= len(part) or not _word(part[at]):
            break
        hi = at + 1
        while hi < len(part) and (
            _word(part[hi])
            or (_lower(part, hi, "of") and hi + 1 < len(part) and _word(part[hi + 1]))
        ):
            hi += 1
    return (lo, hi) if (lo, hi) != (start, end) else None


_NOUN_END = re.compile(r"(?:tion|sion|ment|ity|ance|ence|ness|ship|ism|ics|ure|ies|ces|ees)$")
"""A common noun's ending: the last word after "and" in a body's name (as `entities`)."""


def _back_over_and(part: list[Token], start: int, end: int) -> int:
    """Where the body's name that ``part[start:end]`` ends starts, back over "and" to a
    glue after a body's word ("Centers for Disease Control and Prevention"), else ``start``."""
    if not _NOUN_END.search(part[end - 1].norm):
        return start
    k = start
    while k >= 2 and _lower(part, k - 1, "and") and _word(part[k - 2]):
        k -= 2
        while k > 0 and _word(part[k - 1]):
            k -= 1
        glue = k - 2 if _lower(part, k - 1, "the") else k - 1
        if glue >= 1 and body_glue(part, glue):
            return k
    return start


def _lower(part: list[Token], at: int, word: str) -> bool:
    return 0 <= at < len(part) and part[at].norm == word and not part[at].capital


def body_glue(part: list[Token], at: int) -> bool:
    """A lower-case "for" or "on" at ``part[at]`` after a body's word ("Centers", "Council")."""
    glue, head = part[at], part[at - 1]
    return (
        at >= 1
        and not glue.capital
        and glue.norm in _BODY_GLUE
        and _word(head)
        and (org_word(head.text) or org_word(head.text.removesuffix("s")))
    )


def _word(tok: Token) -> bool:
    return tok.capital and tok.text[:1].isalpha()


def _one_body(before: list[Token], after: list[Token], joint: str) -> bool:
    if joint == "&":
        return True
    return (
        any(org_word(t.text) for t in after)
        and not any(org_word(t.text) or first_name(t) for t in before)
        and not any(t.text.endswith(("'s", "’s")) for t in [*before, *after])
    )


def ampersands(toks: list[Token]) -> list[Token]:
    """Capitalised words glued by an "&" made one word ("AT&T", "S&P"; "Food & Water Watch",
    spaced, stays three words, which `joined_name` reads as one name)."""
    if not any(t.text == "&" for t in toks):
        return toks
    out: list[Token] = []
    for tok in toks:
        if out and len(out) >= 2 and out[-1].text == "&" and _glued(out[-2], out[-1], tok):
            out[-2:] = [Token(out[-2].text + "&" + tok.text, out[-2].start, tok.end)]
        else:
            out.append(tok)
    return out


def _glued(first: Token, amp: Token, tok: Token) -> bool:
    return first.end == amp.start and amp.end == tok.start and _word(first) and tok.capital


def opens_no_name(tok: Token) -> bool:
    """True for a word that only opens a sentence or a clause ("But", "On") or says where a
    body is or who owns it ("Dallas-based AT&T", "ABC-owned"): no word of a name."""
    return tok.norm in NOT_NAMES or tok.norm.rstrip("'s") in NOT_NAMES or bool(_PLACED(tok.text))


_PLACED = re.compile(r"^[A-Z][\w.]*-(?:based|owned|backed|led|run)$").match
