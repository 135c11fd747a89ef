"""How the parser reads a wildcard: a whole word with ``?`` or ``*`` in it, never inside a phrase.

Whoosh's `WildcardPlugin` tags each ``?`` and ``*`` alone, then joins it to the word
before and the word after; two in a row were not joined: ``wh??t`` was the pattern
``wh??`` and a word "t" (a stop word, dropped), so it matched "whom" and "whoa", never
"what" or "whist". `JoinedWildcardPlugin` joins each run of words and wildcards with
nothing between them into one pattern.

In a quoted phrase the words are analysed, and the analyzer splits a word at a ``?`` or
an inner ``*``: ``"the r?tes"`` was the phrase "the r tes", which matched nothing, and
said nothing. Only a trailing star is read in a phrase (``"the governo*"``,
`index.search.starred`); `check_phrase` refuses any other wildcard in one, saying so.
"""

from __future__ import annotations

import re
from typing import Any

from whoosh.qparser import PrefixPlugin, WildcardPlugin
from whoosh.qparser.syntax import GroupNode

from index.search.limits import QueryError

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


def check_phrase(text: str, start: int | None) -> None:
    """Refuse a phrase (its ``text``, at ``start`` in the query) with a wildcard inside a
    word, which a phrase cannot look for.

    Raises:
        QueryError: Says which word, and what to type instead.
    """
    found = INSIDE.search(text)
    if found is None:
        return
    word = found.group()
    column = None if start is None else start + found.start() + 1
    raise QueryError(
        f"a phrase cannot hold a wildcard inside a word ('{word}'): only a trailing star "
        f"('governo*') is read in quotes; search {word} outside them",
        column,
    )
