"""How the parser reads a wildcard: a whole word with ``?`` or ``*`` in it, never inside a phrase.

Whoosh's `WildcardPlugin` tags each ``?`` and ``*`` alone, then joins it to the word
before and the word after; two in a row were not joined: ``wh??t`` was the pattern
``wh??`` and a word "t" (a stop word, dropped), so it matched "whom" and "whoa", never
"what" or "whist". `JoinedWildcardPlugin` joins each run of words and wildcards with
nothing between them into one pattern.

In a quoted phrase the words are analysed, and the analyzer splits a word at a ``?`` or
an inner ``*``: ``"the r?tes"`` was the phrase "the r tes", which matched nothing, and
said nothing. Only a trailing star is read in a phrase (``"the governo*"``,
`index.search.starred`), and a "?" for a lost letter (``"Wolfgang Sch?uble"``, sx47:
`index.search.lost_phrases`); `check_phrase` refuses any other wildcard in one, saying so.
"""

from __future__ import annotations

import re
from typing import Any

from whoosh.qparser import PrefixPlugin, WildcardPlugin
from whoosh.qparser.syntax import GroupNode
from whoosh.query import And, NullQuery, Prefix

from index.search.limits import QueryError
from index.store.hyphens import weak

PATTERN_WORD = re.compile(r"[\w?*]+(?:[.&-][\w?*]+)*")
r"""A word of a pattern as the index's tokenizer reads a word (`index.store.hyphens`:
``\w+`` joined by ``.``, ``&`` or ``-``), ``?`` and ``*`` as letters."""
INSIDE = re.compile(r"\w*[?*]+\w[\w?*]*")
"""A word of a phrase with a wildcard before one of its letters ("r?tes", "*keeping",
"ra*s"); a trailing star ("governo*") or a question mark after a word ("why?") is not."""


class JoinedWildcardPlugin(WildcardPlugin):
    """Whoosh's wildcards, each run of words and ``?``/``*`` with nothing between them one
    pattern (see the module)."""

    def do_wildcards(self, parser: Any, group: Any) -> Any:
        i = 0
        while i < len(group):
            node = group[i]
            if isinstance(node, GroupNode):
                self.do_wildcards(parser, node)
            elif isinstance(node, self.WildcardNode):
                start, end = i, i + 1
                while start > 0 and group[start - 1].is_text():
                    start -= 1
                while end < len(group) and group[end].is_text():
                    end += 1
                joined = self.WildcardNode("".join(each.text for each in group[start:end]))
                joined.startchar = group[start].startchar
                joined.endchar = group[end - 1].endchar
                group[start:end] = [joined]
                i = start
            i += 1
        for i, node in enumerate(group):
            text = getattr(node, "text", "")
            if isinstance(node, self.WildcardNode) and len(text) > 1:
                if any(mark in text for mark in self.qmarks):
                    continue
                if text.find("*") == len(text) - 1:  # only a trailing star: a prefix
                    prefix = PrefixPlugin.PrefixNode(text[:-1])
                    prefix.startchar, prefix.endchar = node.startchar, node.endchar
                    group[i] = prefix
        return group


def pattern_parts(text: str) -> list[str] | None:
    """The words of a wildcard as the index splits its text into words, or None when it is
    one word already. No listed word holds a hyphen, an apostrophe or an outer full stop,
    so ``peace-keep?ng``, ``o'ne?l`` and ``wh??t.`` fitted none, and found nothing without
    a word (rv45): they are ``peace`` and ``keep?ng``, ``o`` and ``ne?l``, ``wh??t``, each
    read as a word of the query is, all required, as a hyphenated word's parts are (and
    of the prefix ``o'nei*``, ``o`` and the prefix ``nei``); a hyphenated word with a
    weak part is its joined form, as the index adds it (``covid-1?``: ``covid1?``)."""
    parts: list[str] = []
    for word in PATTERN_WORD.findall(text):
        pieces = word.split("-")  # as `HyphenFilter`: a weak part, and the word is joined
        joined = any(weak(piece.strip("?*")) for piece in pieces)
        parts += ["".join(pieces)] if joined else pieces
    return None if parts == [text] or not parts else parts


def parts_query(parser: Any, fieldname: str, parts: list[str], termclass: Any, boost: float) -> Any:
    """The query of a wildcard's words (`pattern_parts`), all required: each read by
    ``parser`` as a word of the query is, a pattern whole, a word by the field's analyzer
    (so ``o`` is dropped, as from ``o'neil``); nothing when every word is dropped. Of a
    prefix (``o'nei*``: ``termclass`` a `Prefix`), the last word is the prefix."""
    asked = []
    for at, part in enumerate(parts, 1):
        prefix = issubclass(termclass, Prefix) and at == len(parts)
        pattern = prefix or any(mark in part for mark in "?*[")
        kind = termclass if pattern else parser.termclass
        found = parser.term_query(fieldname, part, kind, boost, tokenize=not pattern)
        if found is not None and found is not NullQuery:
            asked.append(found)
    return And(asked).normalize()


def _unlost(word: str) -> str:
    """``word`` without its "?"s for a lost letter (`index.store.hyphens.LOST_LETTER`)."""
    from index.store.hyphens import LOST_LETTER

    return re.sub(LOST_LETTER, "", word)


def check_phrase(text: str, start: int | None) -> None:
    """Refuse a phrase (its ``text``, at ``start`` in the query) with a wildcard inside a
    word, which a phrase cannot look for.

    Raises:
        QueryError: Says which word, and what to type instead.
    """
    # a "?" for a lost letter is a letter of its word, as the index reads it: "Sch?uble"
    # is looked for as the plain word is (`index.search.lost_phrases`, sx47)
    found = next((m for m in INSIDE.finditer(text) if "?" in _unlost(m.group())), None)
    if found is None:
        found = next((m for m in INSIDE.finditer(text) if "*" in m.group()), None)
    if found is None:
        return
    word = found.group()
    column = None if start is None else start + found.start() + 1
    raise QueryError(
        f"a phrase cannot hold a wildcard inside a word ('{word}'): only a trailing star "
        f"('governo*') and a ? for a lost letter ('Sch?uble') are read in quotes; "
        f"search {word} outside them",
        column,
    )
