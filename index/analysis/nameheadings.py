"""Capitalised words of headings and titles, and names run together, in a comparison.

Session 43's walkthroughs (nu61 #4, fx152) found the comparison's "only in" names listing
words that are no name: one word of a title in title case ("Scotland's Place in Europe",
"the River of Doubt", "the Joint Chiefs of Staff", "the Cliffs of Insanity"), a page's
credit label ("majority Source:-News agencies") and two names run together: an office or
organisation then a person ("Homeland Security John Kelly", "Jerusalem Center for Public
Affairs Mustafa Barghouti"), a label after a name ("Presenter: Hazem Sika Guests:").

There is no English dictionary here; a word is a dictionary word when the compared texts
write it in lower case (their ``Lexicon``), in another form ("doubts" for "Doubt"), or
when it ends as an abstract noun does ("Notification", "Insanity"). Only what the
comparison lists is tidied (`namefragments.tidy`): the name finder that feeds quotes and
stories is untouched.
"""

from __future__ import annotations

import re

from index.analysis.demonyms import PLACES
from index.analysis.entities import Lexicon, NameMention, _at_sentence_start, _key
from index.analysis.entitywords import (
    CORE_TITLES,
    JOINERS,
    PARTY_WORDS,
    PLACE_PREFIXES,
    TITLE_MODIFIERS,
)
from index.analysis.firstnames import first_name_gender
from index.analysis.officewords import OFFICES
from index.analysis.orgglue import NOUN_END
from index.analysis.speechverbs import ORG_WORDS, words
from index.analysis.words import MONTHS_DAYS, STOPWORDS
from index.text.places import is_place_name

CREDIT_LABELS = words(
    "source sources credit credits photo photos picture presenter guest guests author "
    "editor producer note notes"
)
"""A page's labels before a colon, in title case ("Source:-News agencies", "Guests:")."""

_CAP = r"[A-Z][\w'’.-]*"
_LINK = r"(?:[ \t]+(?:of|in|for|on)(?:[ \t]+the)?|[ \t]+and|[ \t]*&|[ \t]*\()"
_LEFT = re.compile(rf"({_CAP})(?:{_LINK})?[ \t]+$|({_CAP})[ \t]*\([ \t]*$")
"""A capitalised word just before, alone or across a link ("River of ", "Union ("); not
across a bare "the" ("Does the Constitution") nor "and the" (a list, not a title)."""
_RIGHT = re.compile(rf"(?:[ \t]*\))?(?:{_LINK})?[ \t]+({_CAP})")
"""A capitalised word just after, alone or across a link (" in Europe", ") Bill")."""
_QUOTE_BEFORE = re.compile(r"(?:^|[\s(\[])[\"“‘']$")
_COLON = re.compile(r"[ \t]*:")


def _forms(low: str) -> tuple[str, ...]:
    """Other forms of a word the texts may write: "doubts", "placed", "staffing"; "capes"
    for "cape", "cape" for "capes"."""
    forms = [low + "s", low + "es", low + "ed", low + "d", low + "ing"]
    if low.endswith("s"):
        forms.append(low[:-1])
    if low.endswith("es"):
        forms.append(low[:-2])
    if low.endswith("ies"):
        forms.append(low[:-3] + "y")
    return tuple(forms)


def _not_a_word(word: str, low: str) -> bool:
    return (
        len(low) < 3
        or not low.isalpha()
        or low in PLACES
        or low in PLACE_PREFIXES
        or low in MONTHS_DAYS
        or is_place_name(word)
        or first_name_gender(word) is not None
    )


def _low(word: str) -> str:
    low = word.lower().rstrip(".").replace("’", "'")
    return low[:-2] if low.endswith("'s") else low


def written_lower(word: str, lexicon: Lexicon) -> bool:
    """True when the texts write ``word`` (or another form of it: `_forms`) in lower
    case. A known place, a people's word, a first name and a month or day never count."""
    low = _low(word)
    if _not_a_word(word, low):
        return False
    return low in lexicon.lower or any(f in lexicon.lower for f in _forms(low))


_WORD_END = re.compile(r"[a-z]{5}al$")
"""An abstract noun's ending besides `NOUN_END`'s ("Withdrawal", "Approval"). Not "-ing":
"Beijing", "Thanksgiving"."""


def dictionary_word(word: str, lexicon: Lexicon) -> bool:
    """True when ``word`` reads as a word of the language, not a name: `written_lower`, or
    seven letters or more ending as an abstract noun does ("-tion", "-ity", "Withdrawal")."""
    low = _low(word)
    if written_lower(word, lexicon):
        return True
    if _not_a_word(word, low) or len(low) < 7:
        return False
    return NOUN_END.search(low) is not None or _WORD_END.search(low) is not None


def _opens(text: str, start: int) -> bool:
    """True when a sentence or a quotation opens at ``start``."""
    return _at_sentence_start(text, start) or bool(
        _QUOTE_BEFORE.search(text, max(0, start - 2), start)
    )


def _in_run(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """True when the word at ``start:end`` stands in a run of capitalised words, beside one
    or across a link ("River of Doubt", "Scotland's Place in Europe", "(Notification of
    Withdrawal) Bill"). A word beside it that is capitalised only because a sentence opens
    there ("Lawmakers in Congress"), or a month or weekday ("Congress on Monday"), makes no
    run (rv66: "Congress" dropped from such sentences)."""
    left = _LEFT.search(text, max(0, start - 40), start)
    if left is not None and _capitalised(
        text, left.start(), left.group(1) or left.group(2), lexicon
    ):
        return True
    right = _RIGHT.match(text, end)
    return right is not None and _capitalised(text, right.start(1), right.group(1), lexicon)


def _capitalised(text: str, start: int, word: str, lexicon: Lexicon) -> bool:
    """True when ``word`` at ``start`` is capitalised in its own right: not a month or day,
    and written capitalised inside a sentence when it opens one here."""
    low = word.lower().rstrip(".")
    if low in MONTHS_DAYS:
        return False
    return not _opens(text, start) or _low(word) in lexicon.mid_caps or low in lexicon.mid_caps


def heading_word(text: str, mention: NameMention, lexicon: Lexicon) -> bool:
    """True for one capitalised word that is a dictionary word (`dictionary_word`) or one the
    corpus writes mostly in lower case (``lexicon.common``, `index.analysis.casing`: fn46), and
    is capitalised only where a sentence or a quotation opens or inside a run of capitalised
    words (a title, a heading, an organisation's name): "Place", "Doubt", "Staff", "Capes".
    A word capitalised alone inside a sentence ("at Mass", "the Delta variant") is kept. A
    word the texts never write in lower case goes by its ending (`dictionary_word`) only
    when it is capitalised once, inside a run, and by the corpus's casing only where no
    guard keeps it (`_guarded`: "at The Met", the "Squad", "Journalism and Media")."""
    if " " in mention.text or mention.acronym or len(mention.key) != 1:
        return False
    word = mention.text
    if word.isupper() or not word[:1].isupper():
        return False
    lower = written_lower(word, lexicon)
    common = not lower and common_word(word, lexicon)
    ending = not lower and dictionary_word(word, lexicon)
    if not (lower or common or ending):
        return False
    spans = [
        (m.start(), m.end()) for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", text)
    ]
    places = [(_opens(text, s), _in_run(text, s, e, lexicon)) for s, e in spans]
    if not places or not all(opens or run for opens, run in places):
        return False
    if lower or (common and not any(_guarded(text, s, e) for s, e in spans)):
        return True
    # by its ending alone only once in a run ("Notification of Withdrawal"): a word
    # capitalised again is a name ("One Direction ... Direction is touring"), and a
    # surname opens sentences too ("Baker said")
    return ending and len(places) == 1 and places[0][1]


def common_word(word: str, lexicon: Lexicon) -> bool:
    """True when the indexed corpus writes ``word`` (or its singular: "Staffs", "Cliffs")
    mostly in lower case (``lexicon.common``); a known place, a people's word, a first name,
    a month or day never counts."""
    if not lexicon.common:
        return False
    low = _low(word)
    if _not_a_word(word, low):
        return False
    singular = low[:-3] + "y" if low.endswith("ies") else low[:-1]
    return low in lexicon.common or (low.endswith("s") and singular in lexicon.common)


_THE = re.compile(r"(?<=[a-z,;] )The[ \t]+$")
_AND = re.compile(r"[A-Z][\w’'.-]*[ \t]+(?:and|&)[ \t]+$")
_AND_AFTER = re.compile(r"[ \t]+(?:and|&)[ \t]+[A-Z]")
_QUOTES = "\"“”'‘’"


def _guarded(text: str, start: int, end: int) -> bool:
    """True where the corpus's casing must not drop the word at ``start:end`` (fn45's guards):
    after a mid-sentence "The" ("at The Met", "The Root"), quoted alone ("the “Squad”"), or
    beside an "and" between capitalised words ("Hussman School of Journalism and Media")."""
    before = text[max(0, start - 40) : start]
    if _THE.search(before) or _AND.search(before) or _AND_AFTER.match(text, end):
        return True
    return before[-1:] in _QUOTES and text[end : end + 1] in _QUOTES


def credit_label(text: str, mention: NameMention) -> bool:
    """True for one word in title case before a colon that is a page's label ("Source:",
    "Guests:"): `CREDIT_LABELS`."""
    return (
        " " not in mention.text
        and mention.text.lower() in CREDIT_LABELS
        and _COLON.match(text, mention.end) is not None
    )


def label_cut(text: str, mention: NameMention) -> NameMention:
    """``mention`` without a label run on after it before a colon ("Hazem Sika Guests:" ->
    "Hazem Sika")."""
    parts = mention.text.split()
    if len(parts) < 3 or not credit_label(text, _last(mention, parts[-1])):
        return mention
    return _part(text, mention.start, mention.start + mention.text.rfind(" "))


def _last(mention: NameMention, word: str) -> NameMention:
    return NameMention(mention.end - len(word), mention.end, word, (word.lower(),), False)


_ROLE_WORDS = CORE_TITLES | TITLE_MODIFIERS
_ROLE_ENDS = CORE_TITLES | OFFICES | PARTY_WORDS | words("staff writer")
"""Last words of a role ("Chief of Staff", "AP Economics Writer", "Solicitor General",
"Moderate Senators", "Idaho Republican")."""


def _role_word(low: str) -> bool:
    """A role's last word, hyphened on too ("Attorney-General", "Vice-President": fx171)."""
    low = low.rpartition("-")[2]
    return low in _ROLE_ENDS or (low.endswith("s") and low[:-1] in _ROLE_ENDS)


_STATE_TAG = re.compile(r"\([^()]*\)$")


def _part(text: str, start: int, end: int) -> NameMention:
    name = text[start:end].rstrip(" \t,")
    return NameMention(start, start + len(name), name, _key(name.split(), False), False)


_NOT_PERSON = ORG_WORDS | words("caucus conference committee act bill law day")


def _person(first: str, rest: list[str], lexicon: Lexicon) -> bool:
    """True when the words after a first name may end a person's name: none an
    organisation's word or a dictionary word ("Day Act", "Field Office"). When the texts
    write the first name in lower case too, a lower-case spelling of the rest may be the
    whole name so written ("helen okafor": a handle, a caption; fa44): then the rest goes
    by its ending only."""
    if _low(first) in lexicon.lower:
        lexicon = Lexicon(frozenset(), lexicon.mid_caps)
    return not any(
        w.lower().rstrip(".,") in _NOT_PERSON or dictionary_word(w.rstrip(".,"), lexicon)
        for w in rest
    )


_CAP_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t]+$")


def _named_alone(text: str, mention: NameMention, person: str) -> bool:
    """True when ``text`` names ``person`` on its own outside ``mention``, not run on after
    another capitalised word ("Helen Okafor spoke."): then the words after the first name are
    a surname even if the texts write them in lower case too ("helen okafor", a handle)."""
    # after a label's ":-" too ("Source:-Helen Okafor"), not inside a hyphenated word
    for m in re.finditer(rf"(?<![\w'’])(?<!\w-){re.escape(person)}(?![\w-])", text):
        inside = mention.start <= m.start() < mention.end
        if inside:
            continue
        if _at_sentence_start(text, m.start()) or not _CAP_BEFORE.search(
            text, max(0, m.start() - 40), m.start()
        ):
            return True
    return False


def person_split(text: str, mention: NameMention, lexicon: Lexicon) -> list[NameMention]:
    """``mention`` parted where an office or an organisation runs on into a person's name:
    a known first name after a role's or a party's word, an organisation's words, a
    dictionary word or a bracket ("Homeland Security John Kelly", "Idaho Republican James
    Risch", "Thom Tillis (N.C.) Todd Young"), with one to three
    capitalised words after it. The person is kept; so is what came before, unless it is
    only a role's words ("Chief Justice"), or a state's tag in brackets, dropped."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", mention.text)]
    parts = [mention.text[s:e] for s, e in spans]
    for k in range(1, len(parts) - 1):
        before, first, rest = parts[k - 1], parts[k], parts[k + 1 :]
        if not (1 <= len(rest) <= 3 and all(w[:1].isupper() for w in rest)):
            continue
        if not first[:1].isupper() or not first_name_gender(first):
            continue
        if not _person(first, rest, lexicon) and not _named_alone(
            text, mention, mention.text[spans[k][0] :]
        ):
            continue
        if is_place_name(first) or written_lower(first, lexicon):
            continue  # "New York Field Office", "House Freedom Caucus"
        low = before.lower().rstrip(".,")
        if low in JOINERS or low in STOPWORDS or first_name_gender(before) or len(low) < 2:
            continue
        if not (
            before.endswith(")")
            or _role_word(low)
            or any(w.lower().rstrip(".,") in ORG_WORDS for w in parts[:k])
            or (len(low) > 3 and dictionary_word(before, lexicon))
        ):
            continue
        cut = mention.start + spans[k][0]
        person = _part(text, cut, mention.end)
        head_text = _STATE_TAG.sub("", text[mention.start : cut].rstrip()).rstrip()
        head = _part(text, mention.start, mention.start + len(head_text))
        if not head.key or _role_word(head.key[-1]) or all(w in _ROLE_WORDS for w in head.key):
            return [person]
        return [head, person]
    return [mention]
