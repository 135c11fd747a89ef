"""Names in article text, without their titles, honorifics and party tags.

"Rep. Adam Schiff (D-Calif.)" gives "Adam Schiff", "Attorney General Jeff Sessions" gives
"Jeff Sessions", "Mr. Trump" gives "Trump", "FBI Director James Comey" gives "FBI" and
"James Comey"; "President" or "Attorney General" alone, a party ("a California Democrat")
and words capitalised only because they open a sentence are not names. Each mention gets
a key of lower-case, accent-free words for matching (``namematch`` merges and compares).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from index.analysis.entitywords import (
    CORE_TITLES,
    HONORIFICS,
    JOINERS,
    NOT_NAME_ACRONYMS,
    NOT_NAME_WORDS,
    PARTY_HEADS,
    PARTY_WORDS,
    PLACE_PREFIXES,
    SENTENCE_OPENERS,
    SUFFIXES,
    TITLE_MODIFIERS,
)
from index.analysis.lostletters import LOST_LETTER
from index.analysis.names import ABBREVIATIONS, outlet_credits, role_before_name
from index.analysis.notnames import COLLECTIVES, abbreviation, chemical, nav_label, share_row
from index.analysis.numbers import NUMBER_WORDS
from index.analysis.orgglue import GLUE, ORG_GLUE, glues, heads_of, org_word
from index.analysis.speechverbs import ORG_WORDS
from index.analysis.words import MONTHS_DAYS, STOPWORDS
from index.text.lostletter import LOST_RUN

_HONORIFIC = (
    r"(?:Mr|Mrs|Ms|Dr|Sen|Sens|Gen|Rep|Reps|Gov|Lt|Col|Capt|Adm|Sgt|St|Jr|Sr|Prof|Rev|Hon|Mt|Ft)\."
)
_LOST = rf"(?:-|{LOST_LETTER}|{LOST_RUN})"
"""Inside a capitalised word: a hyphen, or a letter the copy lost, as "?" (sp52's rule) or
U+FFFD ("Wolfgang Sch?uble" is one name, not "Wolfgang Sch", nu62 #1, sx45)."""
_CAP_WORD = (
    rf"(?:(?:[A-Z]\.){{2,}}|{_HONORIFIC}|[A-Z]\.(?=[ \t])"
    rf"|(?:al-|el-)?[A-Z][\w'’]*(?:{_LOST}[\w'’]+)*(?:(?<=[^\W\d_])\ufffd\ufffd(?![\w\ufffd]))?)"
)
_JOIN = "|".join(sorted(JOINERS, key=len, reverse=True))
_RUN = re.compile(rf"{_CAP_WORD}(?:[ \t]+(?:(?:{_JOIN})[ \t]+)*{_CAP_WORD})*")
_TOKEN = re.compile(rf"{_CAP_WORD}|\S+")
_NOT_ROLES = CORE_TITLES | PLACE_PREFIXES
"""A run's first words that are no role before a name (titles; "New" of "New York"), made once."""
_PARTY_TAG = re.compile(
    r"\(\s*[DRI](?:[-–—][A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*)?)?\s*\)"  # (D-Calif.), (R)
    r"|\b[DRI][-–—][A-Z][A-Za-z.]*"  # D-Mass., R–Texas
    r"|\((?:[A-Z][a-z]{0,4}\.){1,2}\)"  # (R.I.), (Del.)
)
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n—–][\"'”’)\]]*)[\s\"'“‘(\[—–-]*$")
_POSSESSIVE = ("'s", "’s", "'", "’")
_URL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/|bit\.ly/|t\.co/)\S*|@\w+|#\w+")
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")
_WEEKDAYS = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
)
_CLAUSE_GLUE = frozenset(("and", "&", "for", "on", "the", "of"))
_STATE_HEADS = frozenset(("republic", "people's", "people’s", "peoples"))
"""Words after a party word that make it a word of a state's or party's name: "Democratic
Republic of Congo", "Democratic People's Republic of Korea", "Republican People's Party"."""
_KEY_SKIP = JOINERS | _CLAUSE_GLUE
_EXPANSIONS = (
    (("united", "nations"), "un"),
    (("united", "states"), "us"),
    (("united", "kingdom"), "uk"),
    (("european", "union"), "eu"),
)


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """``text`` without accents ("Guantánamo" -> "Guantanamo")."""
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


@dataclass(frozen=True, slots=True)
class Lexicon:
    """What the texts being compared say about capitalised words.

    Attributes:
        lower: Words seen written in lower case ("police", "white").
        mid_caps: Words seen capitalised inside a sentence ("Trump", "White"), lower case.
    """

    lower: frozenset[str]
    mid_caps: frozenset[str]
    common: frozenset[str] = frozenset()  # what the corpus writes in lower case (`casing`, fn46)

    @classmethod
    def of(cls, texts: Iterable[str]) -> Lexicon:
        """Read the lexicon of ``texts`` (pass every article of a comparison at once)."""
        lower: set[str] = set()
        mid: set[str] = set()
        for text in texts:
            lower.update(re.findall(r"\b[a-z][a-z'’-]+\b", text))
            for m in _RUN.finditer(text):
                at_start = _at_sentence_start(text, m.start())
                words = m.group().split()
                mid.update(w.lower().rstrip(".") for w in words[1 if at_start else 0 :])
        return cls(frozenset(lower), frozenset(mid))


@dataclass(frozen=True, slots=True)
class NameMention:
    """One mention of a name, titles and party tags left out.

    Attributes:
        start: Offset of the name (after any title).
        end: Offset just past it.
        text: ``text[start:end]``, the name as written ("Donald J. Trump", "Schiff").
        key: Its words for matching: lower case, accents and hyphens gone, initials,
            honorifics and suffixes dropped (("donald", "trump")); "United Nations" is "un"
            inside a name; an acronym is one word without full stops.
        acronym: True for an acronym ("UN", "U.S.", "NATO").
    """

    start: int
    end: int
    text: str
    key: tuple[str, ...]
    acronym: bool


def _at_sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 12) : pos]
    if pos == 0 or not before.strip():
        return True
    if not _SENTENCE_END.search(before):
        return False
    stripped = before.rstrip(" \t\n\"'“‘(—–-")
    if not stripped.endswith("."):
        return True
    last = stripped.rstrip(".").rsplit(None, 1)
    if not last:
        return True
    word = last[-1].lower()
    return not (word in ABBREVIATIONS or len(word) == 1 or _DOTTED.fullmatch(last[-1] + "."))


@lru_cache(maxsize=8192)
def key_words(word: str) -> tuple[str, ...]:
    """A word's matching form(s): lower case, no accents or possessive, split at hyphens."""
    low = fold(word).lower().replace("’", "'")
    if low.endswith(_POSSESSIVE):
        low = low.rsplit("'", 1)[0]
    if re.fullmatch(r"(?:[a-z]\.){2,}", low):
        return (low.replace(".", ""),)
    return tuple(p for p in low.rstrip(".").split("-") if p)


def _key(words: Sequence[str], acronym: bool) -> tuple[str, ...]:
    if acronym:
        return (words[0].replace(".", "").lower(),)
    out: list[str] = []
    for w in words:
        low = w.lower().rstrip(".,")
        if low in SUFFIXES or (len(low) == 1 and len(words) > 1) or w in _KEY_SKIP:
            continue
        out.extend(p for p in key_words(w) if p not in HONORIFICS or len(words) == 1)
    for long_form, short in _EXPANSIONS:
        for i in range(len(out) - 1):
            if tuple(out[i : i + 2]) == long_form and len(out) > 2:
                out[i : i + 2] = [short]
                break
    return tuple(out)


def _is_acronym(word: str) -> bool:
    bare = word.replace(".", "")
    return len(bare) >= 2 and bare.isupper() and bare.isalpha()


def find_names(text: str, lexicon: Lexicon | None = None) -> tuple[NameMention, ...]:
    """The names ``text`` mentions, titles, honorifics and party tags left out.

    Args:
        text: An article body.
        lexicon: What all the compared texts say about capitalised words; by default
            ``text``'s own.

    Returns:
        The mentions in document order.
    """
    lexicon = lexicon or Lexicon.of([text])
    masked = _URL.sub(lambda m: " " * len(m.group()), text)
    masked = _PARTY_TAG.sub(lambda m: " " * len(m.group()), masked)
    for start, end in outlet_credits(masked):  # "(CNN)": who ran the text, no name in it
        masked = masked[:start] + " " * (end - start - 1) + "\n" + masked[end:]  # a break
    found: list[NameMention] = []
    for start, end in _runs(masked, lexicon):
        toks = [(t.group(), t.start()) for t in _TOKEN.finditer(masked, start, end)]
        if len(toks) > 1 and all(w.isupper() for w, _ in toks) and _shouted(toks, lexicon):
            continue  # "SEE YOU IN COURT": a shouted phrase, not a name
        if share_row(run := [w for w, _ in toks]) or chemical(run):
            continue  # "Facebook Twitter Google Whatsapp": share buttons; "S-2 Diisopro..."
        at_start = _at_sentence_start(masked, start)
        for piece in _split_possessives(toks):
            found.extend(_names_in(text, piece, at_start, lexicon))
            at_start = False
    return tuple(found)


def _runs(masked: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Runs of capitalised words; two runs glued by "and", "for", "of the" when they make
    one organisation's name ("Food and Drug Administration", "Council on Foreign Relations")."""
    out: list[tuple[int, int]] = []
    for m in _RUN.finditer(masked):
        if out:
            glue = GLUE.fullmatch(masked, out[-1][1], m.start())
            if glue and glues(masked[out[-1][0] : out[-1][1]], m.group(), glue, lexicon):
                out[-1] = (out[-1][0], m.end())
                continue
            if glue and glue.group("and") and _serial_list(masked, out, m):
                continue
        out.append((m.start(), m.end()))
    return out


_LIST_COMMA = re.compile(r",[ \t]+")


def _serial_list(masked: str, out: list[tuple[int, int]], last: re.Match[str]) -> bool:
    """Whether ``last``, a word and an organisation's word after "and", ends
    a list of one-word runs with commas between them, the end of ``out`` ("the Coffee,
    Sugar and Cocoa Exchange"; nu80 #2: "Sugar" and "Cocoa Exchange" were two names), and
    if so the list and ``last`` glued there into one run."""
    words = last.group().split()  # one word before it, as each item is one word
    if len(words) != 2 or not org_word(words[-1]):
        return False
    first = len(out) - 1
    while first > 0 and _LIST_COMMA.fullmatch(masked, out[first - 1][1], out[first][0]):
        first -= 1
    items = out[first:]
    if len(items) < 2 or any(" " in masked[start:end] for start, end in items):
        return False
    out[first:] = [(items[0][0], last.end())]
    return True


def _shouted(toks: list[tuple[str, int]], lexicon: Lexicon) -> bool:
    return any(w.lower() in STOPWORDS or w.lower() in lexicon.lower for w, _ in toks)


def _split_possessives(toks: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """Cut a run after a possessive ("Trump's Attorney General"), after a dotted acronym,
    which may end a sentence ("... in the U.S. Kim said"), at an "of" that joins two names,
    and between an acronym and itself ("VX VX", a heading run into its text; but "Abdullah
    Abdullah" is one man's name)."""
    pieces: list[list[tuple[str, int]]] = [[]]
    for word, start in toks:
        bare = word[:-2] if word.endswith(("'s", "’s")) else word[:-1]
        if word.endswith(_POSSESSIVE) and len(word) > 2 and bare.lower() not in COLLECTIVES:
            pieces[-1].append((bare, start))
            pieces.append([])
        elif _DOTTED.fullmatch(word):
            pieces.append([(word, start)])
            pieces.append([])
        elif pieces[-1] and word == pieces[-1][-1][0] and _is_acronym(word):
            pieces.append([(word, start)])  # "VX VX": a heading run into its text (nu44)
        elif (
            word == "of"
            and pieces[-1]
            and not heads_of(pieces[-1][-1][0])
            and not any(w in ORG_GLUE for w, _ in pieces[-1])
        ):
            pieces.append([])  # "Siti Aishah of Indonesia": two names; "Bank of England": one
            # (and "Organisation for the Prohibition of Chemical Weapons": one)
        else:
            pieces[-1].append((word, start))
    return [p for p in pieces if p]


def _opens_clause(word: str, at_start: bool, single: bool, lexicon: Lexicon) -> bool:
    """True for a first word that is capitalised only because a sentence or clause opens."""
    low = word.lower().rstrip(".")
    if low in NOT_NAME_WORDS or word in JOINERS:  # "Al Franken", but "of" never starts a name
        return True
    if "-" in word and any(p.islower() for p in word.split("-")[1:]):
        return True  # "Democratic-led House", "Kremlin-backed"
    if _is_acronym(word) or low in CORE_TITLES:
        return False
    if low in MONTHS_DAYS or low in STOPWORDS:
        return True
    ordinary = low in lexicon.lower and low not in lexicon.mid_caps
    if low in NUMBER_WORDS and low not in lexicon.mid_caps:
        return True  # "Seven North Koreans", "Four": a number, whatever the other texts
        # write (the pair and the many-way comparison read one rule: nu54 #3, cp45)
    return at_start and (ordinary or (single and low not in lexicon.mid_caps))


def _names_in(
    text: str, toks: list[tuple[str, int]], at_start: bool, lexicon: Lexicon
) -> list[NameMention]:
    toks = list(toks)
    while toks and nav_label(toks[0][0]):
        toks.pop(0)  # "PREV Benfica", the link to the page's previous article
    while toks and nav_label(toks[-1][0]):
        toks.pop()  # "Honeywell Previous (positions)", "NEXT"
    if len(toks) == 1 and abbreviation(text, *toks[0]):
        return []  # "Santa Monica, Calif.": a state, not a person called Calif
    while toks and _opens_clause(toks[0][0], at_start, len(toks) == 1, lexicon):
        toks.pop(0)
        at_start = False
    while toks and (
        toks[-1][0].lower().rstrip(".") in _WEEKDAYS | SUFFIXES
        or toks[-1][0] in JOINERS | _CLAUSE_GLUE
        or toks[-1][0].lower() in SENTENCE_OPENERS
        or toks[-1][0] == "I"
        or _date_follows(text, toks[-1])
    ):
        toks.pop()  # "Trump Tuesday", "Berry October 18" (but "Theresa May")
    if share_row([w for w, _ in toks]):
        return []  # "Newsvine Permalink" once the next sentence's "Her" is off it
    lows = [w.lower().rstrip(".,") for w, _ in toks]
    if toks and lows[-1] in PARTY_WORDS:  # "a California Democrat", "House Republicans"
        toks, lows = toks[:-1], lows[:-1]
    while len(toks) > 1 and lows[0] in PARTY_WORDS and not _party_of_name(lows):
        toks, lows = toks[1:], lows[1:]  # "Republican Trump", but "Republican Party"
    if not toks:
        return []
    if lows[0] not in _NOT_ROLES and role_before_name(tuple(w for w, _ in toks)):
        toks, lows = toks[1:], lows[1:]  # "Scholar Kevin Kruse": a role, then the name
    core = [i for i, w in enumerate(lows) if w in CORE_TITLES]
    groups: list[list[tuple[str, int]]] = [toks]
    titled = False
    if core:
        cut = core[-1] + 1
        while cut < len(toks) - 1 and (lows[cut] in TITLE_MODIFIERS or toks[cut][0] in JOINERS):
            cut += 1
        rest = lows[cut:]
        before = [i for i in range(cut) if lows[i] not in CORE_TITLES | TITLE_MODIFIERS | JOINERS]
        prefix = [g for g in _runs_of(toks, before) if len(g) > 1 or _is_acronym(g[0][0])]
        if rest and not any(w in ORG_WORDS for w in rest):
            titled = True
            groups = [*prefix, toks[cut:]]  # "FBI Director James Comey": "FBI", "James Comey"
        elif not rest and not before:
            return []  # "President", "Attorney General": a title alone
        elif not rest and any(i < core[0] for i in before):
            groups = [toks]  # "Martin Luther King": a name ending in a title word
    out: list[NameMention] = []
    for group in groups:
        mention = _mention(text, group, titled, lexicon)
        if mention is not None:
            out.append(mention)
    return out


def _party_of_name(words: Sequence[str]) -> bool:
    """True when a name's first word, a party word, belongs to it: a party's name
    ("Republican Party") or a state's ("Democratic People's Republic of Korea")."""
    after = words[1].lower().rstrip(".,") if len(words) > 1 else ""
    return after in PARTY_HEADS or after in _STATE_HEADS


def _date_follows(text: str, tok: tuple[str, int]) -> bool:
    word, start = tok
    end = start + len(word)
    return word.lower().rstrip(".") in MONTHS_DAYS and bool(
        re.match(r"\.?[ \t]+\d", text[end : end + 4])
    )


def _runs_of(toks: list[tuple[str, int]], indexes: list[int]) -> list[list[tuple[str, int]]]:
    runs: list[list[tuple[str, int]]] = []
    for i in indexes:
        if runs and runs[-1][-1] is toks[i - 1]:
            runs[-1].append(toks[i])
        else:
            runs.append([toks[i]])
    return runs


def _mention(
    text: str, group: list[tuple[str, int]], titled: bool, lexicon: Lexicon
) -> NameMention | None:
    while group and group[-1][0].lower().rstrip(".,") in PARTY_WORDS:
        group = group[:-1]  # "Mississippi Democratic" (Rep. ...)
    while group and (
        group[0][0].lower().rstrip(".,") in _CLAUSE_GLUE
        or (
            group[0][0].lower().rstrip(".,") in PARTY_WORDS
            and not _party_of_name([w for w, _ in group])
        )
    ):
        group = group[1:]  # "Democratic" of "Democratic Republic of Congo" stays (a name's)
    if not group or re.match(r"I['’]", group[0][0]):
        return None  # "I'm", "I’ve"
    words = [w for w, _ in group]
    acronym = len(words) == 1 and _is_acronym(words[0])
    low = words[0].lower().rstrip(".")
    if acronym and len(low.replace(".", "")) >= 4 and low in lexicon.lower | STOPWORDS:
        return None  # "WHETHER", "WEEK": a shouted word
    if acronym and low.replace(".", "") in NOT_NAME_ACRONYMS:
        return None  # "GMT", "TV", "GDP"
    end = group[-1][1] + len(words[-1])
    if "\ufffd" in text[group[0][1] : end + 1]:
        return None  # a word broken by a lost character ("Op\ufffd\ufffdration")
    if len(words) == 1 and not acronym:
        if len(low) < 2 or low in NOT_NAME_WORDS or (low in MONTHS_DAYS and not titled):
            return None
        if low in CORE_TITLES | TITLE_MODIFIERS | PARTY_WORDS:
            return None
    key = _key(words, acronym)
    if not key:
        return None
    start = group[0][1]
    return NameMention(start, end, text[start:end], key, acronym)
