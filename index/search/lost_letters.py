"""A word's copies that lost a letter to "?": ``Dudenhöffer`` finds "Dudenh?ffer" (sx44).

Messy copies lose accented letters to "?" ("Dudenh?ffer", "Sch?uble"). The analyzers keep
such a word whole, its "?" a letter of it (`index.store.hyphens.LOST_AT`), so the query
``dudenh?ffer`` (the "?" a wildcard, `index.search.wildcards`) finds both spellings. The
other way round, a plain word of the query in the title or the body also looks for its
spellings with one letter lost (`damaged_spellings`: "dudenh?ffer" of "dudenhoffer",
"stra?e" of "strasse"): the parser notes their terms on the word's term (`note_lost`), the
search ORs in those the index holds (`with_lost_letters`: a few term lookups, no word
list read) and the highlighter lights them (`index.search.highlight`). A phrase's words
do the same (`index.search.lost_phrases`, sx47); a prefix, a wildcard, a fuzzy word and
the names fields (byline, outlet, dateline) are left as they were, and so is a copy that
lost two letters of one word, unless the query typed both with their marks (`twice_lost`:
``Síochána`` finds "S\ufffd\ufffdoch\ufffd\ufffdna", sx46).

A letter lost as U+FFFD (two of them for a 2-byte letter: "Garda\ufffd\ufffd", "F\ufffd\ufffdin")
is read the same way (`index.store.hyphens.LOST_RUN`, folded to "??"), and a query word
holding U+FFFD is a one-letter wildcard (`typed_lost`). A word also finds its German
spellings (`transliterations`: "Schaeuble" and "Schäuble", sx45).
"""

from __future__ import annotations

import re
from copy import copy
from itertools import combinations, pairwise, product
from math import prod
from typing import Any

from index.store.schema import TEXT_FIELDS
from index.text import lostletter

PAIRS = ("ss", "ae", "oe", "ij", "ue")
"""Two letters that stand for one a copy loses, as the analyzers fold it ("ß" is "ss":
`index.store.schema.FOLD_MORE`): "Straße" lost its "ß" as "Stra?e"; and "ue", the way "ü"
is spelled without it ("Mueller" finds "M?ller", sx45)."""


def damaged_spellings(word: str) -> list[str]:
    """``word`` (lower-cased, folded) with one letter, or one of `PAIRS`, put as "?" where
    a copy's "?" is read as a lost letter (`index.store.hyphens.LOST_AT`): between two
    letters, and not before an "s" ending the word (a lost apostrophe, rv62); and put as
    "??", the two U+FFFD of a lost 2-byte letter as the analyzers fold them
    (`index.store.hyphens.LOST_RUN`, `LOST_END`): between two letters, or ending the word
    ("garda??" of "gardai", "caf??s" of "cafes"; sx45). A word with digits too, the
    joined form of a hyphenated word ("7zurichj?rg" of "7-Zürich-Jörg"), loses a letter
    between two letters only (fx161)."""
    if not word.isalnum():
        return []
    found: list[str] = []
    for at in range(1, len(word)):
        if not word[at - 1].isalpha():
            continue
        for size in (1, 2):
            end = at + size
            if end > len(word) or (size == 2 and word[at:end] not in PAIRS):
                continue
            if not word[at:end].isalpha() or (end < len(word) and not word[end].isalpha()):
                continue
            if end < len(word) and not (word[end] == "s" and end == len(word) - 1):
                found.append(word[:at] + "?" + word[end:])
            found.append(word[:at] + "??" + word[end:])
    return found


ALL_WAYS = 4
"""A word with at most this many vowels an umlaut may stand for is looked up in every mix of
their spellings (at most 15 terms); a longer one in each alone and in all at once."""

UMLAUTS = {"a": "ae", "o": "oe", "u": "ue"}
"""German transliteration: "ä" is written "ae" where a keyboard lacks it ("Schaeuble"); the
analyzers fold "ä" to "a" ("Schäuble", "Schauble" one term), so "a" and "ae" are the two
spellings a query word may have (sx45; "ß" and "ss" are one already, `FOLD_MORE`)."""


def transliterations(word: str) -> list[str]:
    """``word`` (lower-cased, folded) with one of its umlauts spelled the other way ("a" as
    "ae", "ae" as "a", and so for "o", "u"), and with all of them so: "schaeuble" of
    "schauble", "schauble" of "schaeuble" (sx45). Not the first letter ("Aeneas"), nor an
    "ae"/"oe"/"ue" after a vowel or "q", or ending the word ("queue", "blue")."""
    if not word.isalpha():
        return []
    units: list[tuple[int, int, str]] = []  # (start, end, other spelling)
    at = 1
    while at < len(word):
        letter, pair = word[at], word[at : at + 2]
        if pair in ("ae", "oe", "ue"):
            if at + 2 < len(word) and word[at - 1] not in "aeiouyq":
                units.append((at, at + 2, letter))
            at += 2
            continue
        if letter in UMLAUTS:
            units.append((at, at + 1, UMLAUTS[letter]))
        at += 1
    if len(units) > ALL_WAYS:  # each one alone, and all of them
        picks = [[unit] for unit in units] + [units]
    else:  # every way of spelling them
        picks = [list(p) for n in range(1, len(units) + 1) for p in combinations(units, n)]
    found: list[str] = []
    for pick in picks:
        spelled = word
        for start, end, other in reversed(pick):
            spelled = spelled[:start] + other + spelled[end:]
        found.append(spelled)
    return list(dict.fromkeys(found))


MAX_MARKED = 6
"""A query word with at most this many marked letters looks up each pair of them lost (15
pairs, 30 terms); a longer one each two neighbours only. Every pair cost a query of ten
words of 21 marked letters (420 terms a word) a process's first search 841 ms, not 254 ms
without them; capped, 274 ms (sx47, medians of 3, load 11-13, `/tmp/sx47/twice.py`)."""


MARKABLE = "aeiouycnsz"
"""The letters that usually carry a mark ("í", "ç", "ñ", "š", "ž"): a word typed plainly
("Siochana") looks up its copies that lost two of them ("S??och??na", fx161)."""
VOWELS = "aeiouy"


def plain_spans(word: str) -> list[tuple[int, int]]:
    """The (start, size) of the letters of ``word`` (typed in ASCII, folded) that may have
    carried a mark (`MARKABLE`), not its first; "ss" one ("ß", lost as one letter)."""
    spans: list[tuple[int, int]] = []
    at = 1
    while at < len(word):
        if word[at : at + 2] == "ss":
            spans.append((at, 2))
            at += 2
            continue
        if word[at] in MARKABLE:
            spans.append((at, 1))
        at += 1
    return spans


def _side_by_side(pick: list[tuple[int, int]]) -> bool:
    """Whether two of the (start, size) spans of ``pick`` touch."""
    return any(a + size == b for (a, size), (b, _) in pairwise(sorted(pick)))


def twice_lost(typed: str, word: str) -> list[str]:
    """``word`` (``typed`` as the analyzers fold it, hyphens left out: the joined form of a
    hyphenated word) with two of the letters typed with a mark or outside ASCII lost (past
    `MAX_MARKED`, two neighbours), or all of them (at most `ALL_WAYS`), each as "?" or as
    "??" (two U+FFFD), two of them alike or not: "s??och??na", "s?och??na" of "Síochána",
    "gro?m?ller" of "Großmüller" (sx46; sx56: a copy joined of parts wrote one part's lost
    letter "?" and the other's two U+FFFD, "z?rich-j\ufffd\ufffdrg-19"). Only such letters: a
    copy loses what its encoding lacks, and every pair of a word's letters would be too many
    to look up. A word typed with one such letter only ("zürichjorg19") pairs it with each
    letter that may have carried a mark (`plain_spans`: the other part's, typed plainly,
    sx56). None when ``typed`` folds otherwise, or a marked letter is its first. A word
    typed in ASCII ("Siochana") loses two of its letters that may have carried a mark
    (`plain_spans`; past `MAX_MARKED` its vowels only, past that two neighbours), never
    more, and two side by side only as two U+FFFD each: "??" is one letter lost as U+FFFD
    (fx161)."""
    from index.store.schema import fold_map

    table = fold_map()
    spans: list[tuple[int, int]] = []  # (start, size) in the folded word
    folded = ""
    for letter in typed:
        if letter == "-":  # "zürichJÖRG-19" read joined as "zurichjorg19" (sx56)
            continue
        piece = letter.lower().translate(table)
        if not letter.isascii() and letter.isalpha():
            spans.append((len(folded), len(piece)))
        folded += piece
    if folded != word or any(start == 0 for start, _ in spans):
        return []
    plainly = typed.isascii()
    if plainly:  # typed plainly: its letters that may have carried a mark (fx161)
        spans = _markable(word)
    if len(spans) == 1:  # one marked: it and each other that may have carried one (sx56)
        one = spans[0]
        picks = [sorted([one, other]) for other in _markable(word) if not _meet(one, other)]
    elif len(spans) <= MAX_MARKED:
        picks = [list(pair) for pair in combinations(spans, 2)]
    else:  # each two neighbours only: every pair was 420 terms for 21 letters (sx47)
        picks = [list(pair) for pair in pairwise(spans)]
    found: list[str] = []
    for pick in picks:
        ways = EACH_WAY
        if _side_by_side(pick):  # "f??il" is one 2-byte letter lost ("Fáil"), not "facil"
            typed_both = not plainly and all(span in spans for span in pick)  # (fx161)
            ways = SAME_WAY if typed_both else (("??", "??"),)
        found += [_lost_at(word, pick, marks) for marks in ways]
    if 2 < len(spans) <= ALL_WAYS and not plainly:
        found += [_lost_at(word, spans, (mark,) * len(spans)) for mark in ("?", "??")]
    return found


SAME_WAY: tuple[tuple[str, str], ...] = (("?", "?"), ("??", "??"))
"""Two lost letters each a "?", or each two U+FFFD."""
EACH_WAY: tuple[tuple[str, str], ...] = (*SAME_WAY, ("?", "??"), ("??", "?"))
"""Two lost letters each its own way too: a copy joined of parts that lost them apart."""


def _markable(word: str) -> list[tuple[int, int]]:
    """The (start, size) of the letters of ``word`` that may have carried a mark
    (`plain_spans`) after a letter (a copy's "?" after a digit is no lost letter:
    `index.store.hyphens.LOST_AT`), its vowels only past `MAX_MARKED`."""
    spans = [(start, size) for start, size in plain_spans(word) if word[start - 1].isalpha()]
    if len(spans) > MAX_MARKED:
        spans = [(start, size) for start, size in spans if word[start] in VOWELS]
    return spans


def _meet(one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether the (start, size) spans ``one`` and ``other`` share a letter."""
    return one[0] < other[0] + other[1] and other[0] < one[0] + one[1]


def _lost_at(word: str, pick: list[tuple[int, int]], marks: tuple[str, ...]) -> str:
    """``word`` with each (start, size) span of ``pick`` (in order) put as its mark."""
    spelled = word
    for (start, size), mark in reversed(list(zip(pick, marks, strict=True))):
        spelled = spelled[:start] + mark + spelled[start + size :]
    return spelled


MAX_JOINED = 64
"""The most spellings of a joined word with a letter lost in two of its parts or more
(`parts_lost`); past it, none (each part's loss alone is still looked up)."""


def parts_lost(text: str, word: str) -> list[str]:
    """``word``, the joined form of the hyphenated query word ``text`` ("19-Zürich-Jörg"
    is "19zurichjorg"), with a letter lost in each of two of its parts or more, each as a
    word alone loses one (`damaged_spellings`): "19z?richj?rg", "z?richj??rg19" (sx55: a
    copy's "19-Z?rich-J?rg" holds two lost letters in one joined word, and a query typed
    with one mark or none looked up a single one). None when ``text`` has fewer than two
    parts with letters to lose, when its parts do not join into ``word``, or past
    `MAX_JOINED` spellings."""
    from index.store.schema import fold_map

    table = fold_map()
    parts = [part.lower().translate(table) for part in text.split("-") if part]
    if len(parts) < 2 or "".join(parts) != word:
        return []
    ways = [damaged_spellings(part) for part in parts]  # "19zurich": "19z?rich", ...
    lossy = [k for k, each in enumerate(ways) if each]
    count = sum(
        prod(len(ways[k]) for k in chosen)
        for size in range(2, len(lossy) + 1)
        for chosen in combinations(lossy, size)
    )
    if count == 0 or count > MAX_JOINED:
        return []
    found: list[str] = []
    for pick in product(*([part, *each] for part, each in zip(parts, ways, strict=True))):
        if sum(lost != part for lost, part in zip(pick, parts, strict=True)) >= 2:
            found.append("".join(pick))
    return found


def lost_spellings(text: str, joined: str | None = None) -> tuple[str, ...]:
    """The terms of the query word ``text``'s spellings with a letter lost
    (`damaged_spellings`, `twice_lost`, and, for a hyphenated word read joined,
    `parts_lost`) and of its other German spellings (`transliterations`); none when it is
    no one word. ``joined``: the term that ``text`` stands for when the analyzer reads it
    as two words or more (a quoted phrase's way that joins a word's parts over a hyphen:
    ``"7zürich-Jörg"`` as "7zurichjorg", ci144); its parts without the hyphens must read as
    that term."""
    from index.store.schema import make_words_analyzer, stem

    def analysed(said: str) -> list[str]:
        return [t.text for t in make_words_analyzer()(said, mode="query", tokenize=False)]

    words = analysed(text)
    if len(words) != 1 and joined is not None and "-" in text:
        words = analysed(text.replace("-", ""))
        if [stem(each) for each in words] != [joined]:
            return ()
    if len(words) != 1:
        return ()
    word = words[0]
    # a copy that lost one umlaut wrote the others as umlauts: "D?sseldörfer" of
    # "Duesseldoerfer" is its narrow spelling's ("dusseldorfer") with a letter lost
    narrow = min([word, *transliterations(word)], key=len)
    damaged = [*damaged_spellings(word), *damaged_spellings(narrow), *twice_lost(text, word)]
    others = [*damaged, *parts_lost(text, word), *transliterations(word)]
    own = stem(word)
    return tuple(t for t in dict.fromkeys(stem(each) for each in others) if t != own)


def note_lost(term: Any, text: str) -> None:
    """Note on ``term`` (a `Term` of a text field, parsed from the query word ``text``)
    its `lost_spellings`, as ``lost``; on each term of an `And` of a hyphenated word's parts,
    those of its part (`note_parts_lost`); nothing on any other query."""
    from whoosh.query import And, Term

    if type(term) is Term:
        term.lost = lost_spellings(text, term.text)
    elif type(term) is And:
        note_parts_lost(term, text)


def note_parts_lost(query: Any, text: str) -> None:
    """Note on each term of ``query`` (the `And` of the parts of the hyphenated query word
    ``text``, "Baden-Württemberg") the `lost_spellings` of its part as typed, so that a
    part finds its copies that lost a letter ("Baden-W\ufffd\ufffdrttemberg") as a word
    alone does (fx161: they were noted on a lone `Term` only, and found nothing)."""
    from whoosh.query import Term

    parts = [part for part in text.split("-") if part]
    terms = query.subqueries
    if len(parts) != len(terms) or any(type(term) is not Term for term in terms):
        return
    for term, part in zip(terms, parts, strict=True):
        term.lost = lost_spellings(part)


def lost_terms(term: Any) -> tuple[str, ...]:
    """The terms `note_lost` noted on ``term`` (none if it noted none)."""
    lost: tuple[str, ...] = getattr(term, "lost", ())
    return lost


def with_lost_letters(query: Any, reader: Any) -> Any:
    """``query`` with each term of the title or the body ORed with its lost-letter terms
    (`lost_terms`) that ``reader``'s index holds; the very query when it holds none (most
    indexes: the query keeps its fast paths, `index.search.direct`)."""
    from whoosh.query import Or, Term

    if type(query) is Term:
        if query.fieldname not in TEXT_FIELDS:
            return query
        field = query.fieldname
        held = [text for text in lost_terms(query) if (field, text) in reader]
        for pattern in getattr(query, "patterns", ()):  # a quoted "Sch?uble" (sx47)
            from index.search.wildcards import fitted_stems

            fitted = fitted_stems(reader, pattern) or ()
            held += [t for t in sorted(fitted) if t != query.text and (field, t) in reader]
        if not held:
            return query
        return Or([query, *(Term(field, text, boost=query.boost) for text in held)])
    if query.is_leaf():
        from index.search.lost_phrases import lost_phrase, noted
        from index.search.starred import StarredPhrase

        # a phrase's words (sx47); a starred one's when it is expanded (`StarredPhrase`)
        if noted(query) and query.fieldname in TEXT_FIELDS and type(query) is not StarredPhrase:
            return lost_phrase(query, reader)
        return query
    # a node whose children changed is copied with its attributes (Whoosh's own `apply`
    # drops a compound's ``minmatch`` and ``scale``, and a subclass's own); else itself
    changed: dict[str, Any] = {}
    for name in _CHILDREN:
        child = getattr(query, name, None)
        if isinstance(child, list):
            kids = [with_lost_letters(each, reader) for each in child]
            if any(new is not old for new, old in zip(kids, child, strict=True)):
                changed[name] = kids
        elif child is not None and hasattr(child, "is_leaf"):
            kid = with_lost_letters(child, reader)
            if kid is not child:
                changed[name] = kid
    if not changed:
        return query
    copied = copy(query)
    for name, value in changed.items():
        setattr(copied, name, value)
    return copied


_CHILDREN = ("subqueries", "child", "query", "a", "b")
"""Where Whoosh's query nodes hold their children: a compound's list, a wrapper's child,
`Not`'s query, a binary node's two (`AndNot`, `AndMaybe`, `Require`)."""


_TYPED_LOST = re.compile(r'"[^"]*"|(?<=[^\W\d_])\ufffd+')


def typed_lost(text: str) -> str:
    """The query ``text`` with each run of U+FFFD after a letter outside a phrase a ``?``:
    a word pasted from a copy that lost a letter ("Sch\ufffduble", "Garda\ufffd\ufffd") is a
    wildcard of one letter, as a typed "?" is (which fits two U+FFFD too:
    `index.search.wildcards`), so it finds the letter's every spelling (sx45). In a phrase
    the analyzer reads it as the index does (`index.store.hyphens.LOST_RUN`)."""
    if "\ufffd" not in text:
        return text
    return _TYPED_LOST.sub(lambda m: m.group() if m.group()[0] == '"' else "?", text)


_TYPED_PAIR = re.compile(rf"(?<={lostletter.LETTER})\?\?+(?={lostletter.SMALL})")


def typed_pairs(phrase: str) -> str:
    """A phrase's text with each run of two "?" or more between two letters, the second no
    capital, a run of as many U+FFFD: ``"Sch??uble"`` is read as the pasted
    ``"Sch\ufffd\ufffduble"`` is, a 2-byte letter a copy lost (`index.store.hyphens.LOST_RUN`),
    where it was refused as a wildcard inside a word (sx49). One "?" is a lost letter
    already (`index.store.hyphens.LOST_LETTER`); one ending a word stays a question mark."""
    if "??" not in phrase:
        return phrase
    return _TYPED_PAIR.sub(lambda m: "\ufffd" * len(m.group()), phrase)
