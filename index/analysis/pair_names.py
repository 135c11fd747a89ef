"""Names in a two-article comparison: capitalised runs, and those only one text has."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from index.analysis.firstnames import first_name_gender
from index.analysis.names import outlet_credits, split_title
from index.analysis.speechverbs import PERSON_TITLES
from index.analysis.words import MONTHS_DAYS as _MONTHS_DAYS
from index.analysis.words import STOPWORDS, normalize_words, undot
from index.text.sentences import split_sentences

_WORD = r"[A-Z][\w'’-]*(?:\.[A-Z][\w'’-]*)*"
"""A capitalised word; full stops inside it keep it whole ("D-W.Va", "U.S")."""
_ABBREVIATED = (
    r"(?:(?:Sen|Rep|Gov|Gen|Lt|Col|Maj|Sgt|Capt|Adm|Cmdr|Dr|Mr|Mrs|Ms|Prof|Rev|St)\.[ \t]+)"
)
"""A title or "St." cut short with a full stop, which starts a run ("Sen. Joe Manchin")."""
_ENTITY = re.compile(
    r"\b\d[\d,.]*\d%?|\b\d%?"  # numbers: 200,000  3.5  2014  40%
    # acronyms: UN, NATO, OSCE; one before a capitalised word starts a name ("NBC News")
    r"|\b[A-Z]{2,}\b(?:[ \t]+[A-Z]{2,}\b)*(?![ \t]+[A-Z][a-z])"
    rf"|\b{_ABBREVIATED}?{_WORD}(?:[ \t]+(?:of[ \t]+|the[ \t]+|de[ \t]+|al-)?{_WORD})*"  # Names
)

_ACRONYM = re.compile(r"[A-Z]{2,}")
"""A word in capitals ("NBC", "CDC"), which may start a name ("NBC News")."""

_CREDIT_WORDS = frozenset(
    [
        "reporting",
        "editing",
        "writing",
        "additional",
        "compiled",
        "produced",
        "graphics",
        "photo",
        "photos",
        "video",
        "image",
        "images",
    ]
)
"""Words of credit lines ("Reporting by ...; Editing by ..."): capitalised, not names."""


def entities(text: str) -> tuple[str, ...]:
    """Names, acronyms and numbers mentioned in ``text``, first mention first, no repeats.

    Sentence-initial common words ("The", "But"), stopwords, months and days are dropped.

    Args:
        text: An article body.

    Returns:
        The entities as worded at their first mention.
    """
    text = unicodedata.normalize("NFC", text)  # "José" with a combining accent: one word
    starts = {s.start for s in split_sentences(text)}
    credits = outlet_credits(text)
    found: list[tuple[list[str], int, bool]] = []
    for m in _ENTITY.finditer(text):
        pos = m.start()
        if any(start < pos < end for start, end in credits):
            continue  # "(CNN)": who ran the text, not a name in it
        at_start = pos in starts or (pos > 0 and text[pos - 1] in "\"“'‘(" and pos - 1 in starts)
        words = m.group().split()
        if "." in words[-1] and text[m.end() : m.end() + 1] == ".":
            words[-1] += "."  # "D-W.Va.", "U.S.": the last full stop is the name's too
        lead = next((i for i, w in enumerate(words) if w.lower() not in STOPWORDS), len(words))
        cut = lead + 1  # after the first word past "The": "The EU Geert Wilders"
        if cut < len(words) and _acronym_apart(words[lead], words[cut]):
            found.append((words[:cut], pos, at_start))  # "CDC Director", "EU Geert Wilders":
            words, at_start = words[cut:], False  # the acronym is a name of its own
        found.append((words, pos, at_start))
    # Words seen capitalised in mid-sentence are names wherever they stand, and so is a
    # person's surname ("Merkel" at a sentence's start, "Angela Merkel" named elsewhere).
    mid_caps = {words[0].lower() for words, _, at_start in found if not at_start} | {
        words[-1].lower() for words, _, _ in found if len(words) > 1 and first_name_gender(words[0])
    }
    seen: dict[str, str] = {}
    for words, _, at_start in found:
        # Drop leading words that are only capitalised because a sentence starts there.
        while words:
            low = words[0].lower().strip("'’")
            if low in STOPWORDS or low in _MONTHS_DAYS or low in _CREDIT_WORDS:
                words.pop(0)
                continue
            if at_start and low not in mid_caps and (len(words) == 1 or _is_common(words[0], text)):
                words.pop(0)
                at_start = False
                continue
            break
        while words and words[-1].lower() in _MONTHS_DAYS | STOPWORDS:
            words.pop()
        titles, person, body = split_title(words)
        if titles and person and not body:
            words = person  # "Vice President Mike Pence", "Scholar Kevin Kruse": the person
        if not words:
            continue
        name = " ".join(words).removesuffix("'s").removesuffix("’s")
        if name.endswith(("s'", "s’")):
            name = name[:-1]  # "Democrats’ hopes": the Democrats
        if name[0].isdigit() and len(name) < 3 and "%" not in name:
            continue  # day numbers, clock times, counts: too common to tell articles apart
        if len(name) < 2:
            continue
        key = name.lower()
        if key not in seen:
            seen[key] = name
    return tuple(seen.values())


def _is_common(word: str, text: str) -> bool:
    """True when ``word`` also appears in lower case in ``text`` (so it is an ordinary word)."""
    return re.search(rf"\b{re.escape(word.lower())}\b", text) is not None


def only_in(mine: Sequence[str], other_text: str) -> tuple[str, ...]:
    other = f" {normalize_words(undot(unicodedata.normalize('NFC', other_text)))} "
    return tuple(e for e in mine if f" {normalize_words(undot(e))} " not in other)


_PLACE_CODES = frozenset(["US", "UK", "EU", "UN"])
"""Acronyms that say where a body is ("US Senate", "UN Security Council"): another article
naming it without them ("the Senate") names it too, so they stand apart."""


def _acronym_apart(acronym: str, after: str) -> bool:
    """True when ``acronym`` and the capitalised word ``after`` it are two names, not one
    ("NBC News" is one): a title or a person follows ("CDC Director", "EU Geert Wilders"),
    the acronym is a title ("VP Pence") or says where ("US Senate")."""
    if not _ACRONYM.fullmatch(acronym):
        return False
    low = after.lower().rstrip(".")
    titles = PERSON_TITLES | {"sens", "reps", "pm", "vp", "ag"}
    return (
        low in titles
        or acronym.lower() in titles
        or acronym in _PLACE_CODES
        or bool(first_name_gender(after))
    )
