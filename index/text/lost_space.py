"""A dash a dirty copy wrote for a lost space between two words, made a space again (cl45).

Deutsche Welle's copies in newsarticles write a lost space as "-" all through their
bodies: "on-a joint", "the-party's", "Amnesty International-also voiced", "US-have
reached-the streets of-Munich". Left in, the two words read as one: a speaker's name ran
on into "-also" (na-1036), a sentence's first word hid behind "said.-Altogether".

A real compound almost never has a function word at its edge: "black-and-white",
"state-of-the-art", "face-to-face", "editor-in-chief" hold theirs inside the chain. So a
dash is a lost space when the word before it opens its chain and is one that never opens
a compound (`OPENS_NONE`: "the", "of", "was", "their", ...), or the word after it closes its
chain and is one that never closes one (`CLOSES_NONE`: "the", "and", "also", "said", ...),
each written in small letters ("A-level", "IS-held" stay). Words that do make compounds at
an edge are in neither list: "by-election", "in-house", "on-site", "at-risk", "for-profit",
"to-do", "a-list"; "check-in", "add-on", "stand-by", "would-be", "grown-up", "how-to",
"go-to". A dash right after a comma or a semicolon and before a letter (",-by", ";-it") is
one too: no compound starts there; so is one between such a small word and an opening
quotation mark ('announce a-"new order"'; 'so-"called"' keeps it). Not after a colon:
"Source:-Al Jazeera" is a trailer's form the outlet rules read, and stays as written where
it stays. Addresses, handles and tags keep their dashes. The word lists are in
`lost_space_edges` and `lost_space_words`; names glued to a word in `lost_space_names`.

The dash becomes a space, one character for one: the body's offsets (quotes slice it, `show
--json` prints it) are those of the text as cleaned before, and nothing is removed.
"""

from __future__ import annotations

import re

from index.text.lost_space_edges import (
    ARTICLES,
    BEFORE_HAVE,
    BEFORE_YEAR,
    CLOSES_NONE,
    COMPOUNDS,
    INSIDE_NONE,
    OPENS_NONE,
    SPOKE,
    SPOKE_PREFIXES,
)
from index.text.lost_space_names import name_glued
from index.text.lost_space_words import (
    BEFORE_NUMBER,
    CLOSE_COMPOUNDS,
    JOINED_PAIRS,
    MORE_CLOSES,
    MORE_COMPOUNDS,
    MORE_OPENS,
    PAREN_SUFFIXES,
    ROLES,
)

_ENDINGS = "com|org|net|gov|edu|info|int|eu|uk|ie|de|fr|ru|cn|io|tv|pdf|html?|php|jpe?g|png|docx?"
"""The endings of a site's or a file's name."""
_WORD = r"[^\W_](?:[^\W_]|\ufffd)*(?:['’][^\W_]+)?"
_CHAIN = re.compile(rf"(?:(?<![\w'’\ufffd-])|(?<=\w[,;]-)){_WORD}(?:-{_WORD})+(?![\w-])")
"""A run of words joined by single dashes ("state-of-the-art", "US-have"), also right after
a comma's lost space ("far higher,-with-as many", "spokeswoman,-told-the media": rv71). A
word may hold letters other than ASCII ones ("Schäuble-added") and end in the "\ufffd" a lost
letter left ("garda\ufffd\ufffd-from": cl46)."""
_PUNCT_DASH = re.compile(r"-(?<=\w[,;]-)(?=[A-Za-z])")
"""A dash after a word's comma or semicolon, before a letter (",-by", ";-it")."""
_STOP_DASH = re.compile(r"-(?<=[a-z0-9\ufffd\"”’)][.?!]-)(?=[A-Z])")
"""A dash right after a sentence's full stop, question or exclamation mark, before the next
sentence's capital ("on Tuesday.-The Senate": cl46); not after an initial ("U.S.-Mexico")."""
_QUOTE_DASH = re.compile(r"(?<![\w'’-])(?P<word>[a-z]+)-(?=[\"“](?!\?))")
"""A small word's dash before an opening quotation mark ('announce a-"new and ...'); not
before '"?', the corpora's lost dash ('them-"?Trump merely': cl46). Read in the dashed tokens
that hold '-"' or '-“' alone (mx52): over a whole line it was tried at every letter."""
QUOTE_OPENS = frozenset(["to", "as", "for", "in", "on", "at", "by", "he", "she", "it", "them"])
"""Small words that, before an opening quotation mark, join nothing either: 'urging them
to-"send a good picture' (cl46)."""
_BEFORE_NUMBERS = BEFORE_YEAR | BEFORE_NUMBER
_MORE_DASH = re.compile(
    r"-(?:(?<=[a-z]-)(?=\()"
    r"|(?:(?<=\)-)|(?<=\w[\"”]-))(?=(?P<word>[a-z]+)\b)"
    r"|(?<=\w:-)(?=[\"“][A-Za-z])"
    r"|(?<=[a-z0-9\"”’)](?P<stop>[.?!])-)(?=[\"“][A-Za-z])"
    r"|(?<=\w[,.?!][\"”]-)(?=[A-Za-z]))"
)
"""Dashes around punctuation that join no compound (cl47): a word's before "(" ("a letter-(link
in Dutch)"); ")"'s or a closing quotation mark's before a word in small letters ("(SPD)-attended",
'"seamless"-or'; not "($3.5 billion)-worth", '"Kremlin"-related'); a colon's or a sentence's end
before an opening quotation mark ('said:-"We', 'told DW.-"It\'s'); and a closing quotation
mark's after its comma or full stop (',"-says Barthel', ',"-Clinton said'). Each match is the
dash alone, put first here and in the two above (pf52): a search jumps from dash to dash."""
_ADDRESS = re.compile(rf"/|@|#|_|=|www\.|[A-Za-z0-9]\.(?:{_ENDINGS})\b")
"""What marks a token as an address, a handle, a tag, a site's or a file's name
("the-guardian.com", "the-report.pdf": rv71): its dashes are its own."""
_DASHED = re.compile(r"(?<!\S)[^\s-]*-\S*")
"""A token with a dash, each read dash's (pf52: `_ADDRESS` in `\\S*...\\S*` tried every place)."""
_QUOTE_WORDS = OPENS_NONE | CLOSES_NONE | QUOTE_OPENS


def dash_spaces(line: str) -> list[int]:
    """Where in ``line`` a dash stands for a lost space (its offsets, in order).

    A chain a lost space splits is read again as the chains it leaves: in "the staff-have-the
    right" the last dash goes first (a chain closed by "the"), then "staff-have" is a chain
    closed by "have" (cl47)."""
    found: set[int] = set()
    while "-" in line:
        more = set(_dash_spaces_once(line)) - found
        if not more:
            break
        found |= more
        line = _blanked(line, more)
    return sorted(found)


def _dash_spaces_once(line: str) -> list[int]:
    """The dashes the rules read as lost spaces in ``line`` as it stands."""
    if "-" not in line:
        return []
    tokens: list[tuple[int, str]] = []  # the dashed tokens read: where each starts, its text
    kept: list[tuple[int, int]] = []  # the addresses' spans
    for m in _DASHED.finditer(line):
        if _ADDRESS.search(m.group()):
            kept.append(m.span())
        else:
            tokens.append((m.start(), m.group()))
    chains = [  # a chain's start and end in the line, its text; it lies in one token, read alone
        (at + c.start(), at + c.end(), c.group())
        for at, text in tokens
        for c in _CHAIN.finditer(text)
    ]
    found: list[int] = []
    for start, end, text in chains:
        words = text.split("-")
        at = start
        before = line[:at]  # the line before the chain, as each rule below reads it
        for k in range(len(words) - 1):
            at += len(words[k])
            pair = f"{words[k]}-{words[k + 1]}".lower()
            if _compound(pair, before):
                pass
            elif (
                (k == 0 and (words[0] in OPENS_NONE or words[0] in MORE_OPENS))
                or (words[k].endswith("\ufffd") and words[k + 1][:1].isalpha())
                or (k == 0 and _as_title(words, before))
                or (k > 0 and words[k] in INSIDE_NONE)
                or (k + 1 < len(words) - 1 and words[k + 1] in INSIDE_NONE)
                or (len(words) == 2 and words[1].isdigit() and words[0] in _BEFORE_NUMBERS)
                or (len(words) == 2 and _role_name(words, line[end:]))
                or (len(words) == 2 and name_glued(words, before))  # fx172
                or (k == len(words) - 2 and _closes(words[k], words[-1]))
                or (k == len(words) - 2 and _speaks(words[k], words[-1], before))
            ):
                found.append(at)
            at += 1
    found.extend(
        m.start()
        for m in _PUNCT_DASH.finditer(line)
        if not any(start <= m.start() < end for start, end in kept)
    )
    found.extend(  # a word and its dash lie in one token, read alone as `_CHAIN` is (mx52)
        at + m.end("word")
        for at, text in tokens
        if '-"' in text or "-“" in text
        for m in _QUOTE_DASH.finditer(text)
        if m["word"] in _QUOTE_WORDS
    )
    found.extend(
        m.start()
        for m in _STOP_DASH.finditer(line)
        if _ends_sentence(line[: m.start()])
        and not any(start <= m.start() < end for start, end in kept)
    )
    found.extend(
        m.start()
        for m in _MORE_DASH.finditer(line)
        if m["word"] not in PAREN_SUFFIXES
        and (m["stop"] is None or _ends_sentence(line[: m.start()]))
        and not any(start <= m.start() < end for start, end in kept)
    )
    return sorted(set(found))


def _compound(pair: str, before: str) -> bool:
    """Whether ``pair`` ("word-word", small letters) is a compound with a listed word at its
    edge; "has-been" only as a noun, after an article ("a has-been"; "it has-been
    operating": cl47)."""
    if pair == "has-been":
        last = before.rsplit(None, 1)[-1:]
        return bool(last) and last[0].lower() in ("a", "an", "the")
    return pair in COMPOUNDS or pair in MORE_COMPOUNDS


def _role_name(words: list[str], after: str) -> bool:
    """Whether ``words`` is a role and a capitalised name of two words or more ("rival-Emmanuel
    Macron", "head-Sergey Aksyonov"): a lost space, not a compound."""
    return (
        words[0] in ROLES
        and words[1][:1].isupper()
        and words[1][1:].islower()
        and re.match(r" [A-Z][a-z]", after) is not None
    )


def _ends_sentence(before: str) -> bool:
    """Whether ``before``, ending in ".", "?" or "!", ends a sentence rather than an initial
    ("U.S.", "p.m."), a title or a short form ("Dr.-Ing.", "Republican-vs.-Republican") or a
    word whose "?" is a lost letter ("Mirga Gra?inyt?-Tyla")."""
    mark, token = before[-1], (before[:-1].rsplit(None, 1) or [""])[-1]
    word = re.split(r"[^\w\ufffd]", token)[-1]
    if "." in token or (mark == "?" and "?" in token):
        return False
    return not (
        mark == "." and (word.lower() in ("vs", "v") or (word[:1].isupper() and len(word) <= 3))
    )


def _as_title(words: list[str], before: str) -> bool:
    """Whether the chain opens "as-Capital" after a small word ("met as-Chancellor"), not an
    Arabic name's article ("Ahrar as-Sham")."""
    if words[0] != "as" or not words[1][:1].isupper():
        return False
    last = before.rsplit(None, 1)[-1:]
    return not (last and last[0][:1].isupper())


def _closes(word: str, last: str) -> bool:
    """Whether ``last``, closing its chain after ``word``, closes no compound."""
    if last == "have" and word.lower() in BEFORE_HAVE:
        return False
    if word.lower() in CLOSE_COMPOUNDS.get(last, ()):
        return False  # "sought-after", "ill-will", "go-between" (cl47)
    if last in MORE_CLOSES and word.lower() in JOINED_PAIRS:
        return False  # "before-and-after", "us-versus-them", "him-or-her" (rv74)
    return last in CLOSES_NONE or last in MORE_CLOSES


def _speaks(word: str, verb: str, before: str) -> bool:
    """Whether ``word-verb`` ends its chain as a speaker and a verb of speech with a lost
    space ("Secretary-added"), not a compound ("value-added", "an ISIL-claimed attack")."""
    if verb not in SPOKE or not word[:1].isupper() or word.lower() in SPOKE_PREFIXES:
        return False
    last = before.rsplit(None, 1)[-1:]
    return not (last and last[0] in ARTICLES)


def mend_spaces(line: str) -> str:
    """``line`` with each dash that stands for a lost space made a space (same length)."""
    spots = dash_spaces(line)
    return _blanked(line, spots) if spots else line


def _blanked(line: str, spots: set[int] | list[int]) -> str:
    """``line`` with a space at each of ``spots``."""
    chars = list(line)
    for at in spots:
        chars[at] = " "
    return "".join(chars)
