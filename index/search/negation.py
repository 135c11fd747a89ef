"""NOT and ANDNOT that exclude what they should: two of Whoosh's matchers, mended.

- ``a ANDNOT b``: Whoosh's `AndNotMatcher` (whoosh-reloaded 2.7.5) checks only whether
  its two sides start on the same document: when the excluded side starts on an earlier
  one, the first document of the kept side is never skipped past, and stays a hit even
  when it holds ``b`` ("peacekeepers ANDNOT ceasefire" found an article with both).
- ``NOT a``: Whoosh's `InverseMatcher` skips deleted documents until the last document
  ``a`` matches, and no further: a deleted document right after it was a hit. After an
  update removed an article, "NOT peace" (or "truce OR -peace") listed it, and the
  search crashed reading it (KeyError).
- ``a ANDNOT b`` under an ``AND``: `AndNotMatcher.skip_to` skips ``a`` and then reads its
  document even when the skip ran ``a`` out (past its last document) while ``b`` still
  had some: IndexError. A ``date:`` with a time makes such a query (the day-only dates
  whose whole day is in, without the timed ones), so ``wheat date:>"2021-02-13 10:00"``
  crashed on a corpus whose last wheat article was timed and before it (fx85).

`ExcludingAndNot` and `ExcludingNot` are the same queries (an `AndNot`, a `Not`: scored,
highlighted and translated for OpenSearch as before) with mended matchers; the parser
makes them for ``ANDNOT``, ``NOT`` and ``-`` (`excluding_operators`).

And a minus that Whoosh's parser dropped, so that the search found the articles holding
what was to be left out: one before a word in quote marks other than '"' (``-'frost'``,
``-“frost”``: `BEGUN`), and one after a field's name (``title:-frost``:
`minus_before_field`; sx53). A NOT after a field's name (``title:NOT dam``,
``title:NOT(dam)``) is the NOT of the field's clause too (`not_after_field`; sx55): Whoosh
read the word NOT (the initialism N.O.T.) in the title, and ANDed in ``dam`` anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from whoosh.matching import AndNotMatcher, InverseMatcher, ReadTooFar
from whoosh.qparser import OperatorsPlugin
from whoosh.qparser.syntax import AndNotGroup, NotGroup
from whoosh.query import AndNot, Not

from index.search.limits import QueryError


class _ExcludingMatcher(AndNotMatcher):
    """Whoosh's matcher, starting the way it goes on: past every excluded document, and
    never reading a document of a run-out ``a`` (fx85)."""

    def _find_first(self) -> None:
        if self.a.is_active() and self.b.is_active():
            self._find_next()  # skips b up to a's document, then a past b's

    def _find_next(self) -> Any:
        if not self.a.is_active():  # skipped past its last document: nothing to read
            return False
        return super()._find_next()

    def skip_to(self, id: int) -> Any:
        if not self.a.is_active():
            raise ReadTooFar
        if id <= self.a.id():
            return False
        moved = self.a.skip_to(id)
        if self.a.is_active() and self.b.is_active():
            self.b.skip_to(id)
            self._find_next()
        return moved


class ExcludingAndNot(AndNot):
    """`AndNot` with `_ExcludingMatcher`: ``a`` without any document ``b`` matches."""

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        kept = self.a.matcher(searcher, context)
        excluded = self.b.matcher(searcher, searcher.boolean_context())
        return _ExcludingMatcher(kept, excluded)


class _InverseMatcher(InverseMatcher):
    """Whoosh's matcher, which also skips the deleted documents after the last one its
    child matches."""

    def _find_next(self) -> None:
        super()._find_next()
        while self._id < self.limit and self.missing(self._id):
            self._id += 1


class ExcludingNot(Not):
    """`Not` with `_InverseMatcher`: every live document ``query`` does not match."""

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        reader = searcher.reader()
        child = self.query.matcher(searcher, searcher.boolean_context())
        return _InverseMatcher(child, reader.doc_count_all(), missing=reader.is_deleted)


class _ExcludingGroup(AndNotGroup):
    """The parser's ``ANDNOT`` group, made into an `ExcludingAndNot`."""

    qclass = ExcludingAndNot


class _NotGroup(NotGroup):
    """The parser's ``NOT`` (and ``-``) group, made into an `ExcludingNot`."""

    qclass = ExcludingNot


def excluding_operators(plugin: OperatorsPlugin) -> OperatorsPlugin:
    """``plugin`` with its ``ANDNOT`` and ``NOT`` making `ExcludingAndNot` and
    `ExcludingNot` (the same precedence)."""
    mended = {AndNotGroup: _ExcludingGroup, NotGroup: _NotGroup}
    for tagger, _ in plugin.ops:
        tagger.grouptype = mended.get(tagger.grouptype, tagger.grouptype)
    return plugin


BEGUN = "[\\w\"('\u2018\u201c\u00ab\u2039\u201e\u201a]"
"""What a minus that is NOT stands before: a word, a phrase, a group, or a word in other
quote marks (``-'frost'``, ``-“frost”``, pasted: Whoosh's parser dropped that minus and
found the word's articles, the opposite of what was asked; sx53)."""
_FIELD_MINUS = re.compile(
    rf"(?:^|(?<=[\s()]))(?P<not>-|NOT\s+)?(?P<name>[A-Za-z_]\w*):-(?={BEGUN})"
)
"""A field's name with a minus after its colon, the name at the start of a clause (after
a NOT or a minus, if one is typed)."""


def quotes_blanked(text: str) -> str:
    """``text`` with what its double quotes hold blanked to x's: the same length, so a
    match's columns are the text's, and nothing quoted matches a field's form."""
    return re.sub(r'"[^"]*"', lambda m: '"' + "x" * (len(m.group()) - 2) + '"', text)


def _fields_negated(
    pattern: re.Pattern[str], text: str, marker: str, names: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` (a field's name negated after its colon) in ``text`` with
    its quotes blanked (when it holds ``marker``), their field one of ``names``.

    Raises:
        QueryError: A minus or a NOT before one: two NOTs in a row.
    """
    outside = quotes_blanked(text)
    if marker not in outside:
        return
    for match in pattern.finditer(outside):
        if match.group("name") not in names:
            continue
        if match.group("not"):
            raise QueryError("two NOTs in a row", match.start() + 1)
        yield match


def minus_before_field(text: str, names: tuple[str, ...]) -> str:
    """``text`` with each ``field:-x`` outside quotes (a field of ``names``; another is
    refused as typed, its column kept) written ``-field:x``: the NOT it means
    (Whoosh's parser dropped the minus, and ``title:-frost`` found the titles holding
    frost). The same length, so a column still points where the user typed.

    Raises:
        QueryError: A minus or a NOT before such a field (``-title:-frost``): two NOTs in
            a row, refused as ``NOT -frost`` is.
    """
    for match in _fields_negated(_FIELD_MINUS, text, ":-", names):
        start, colon = match.start("name"), match.end("name")
        text = f"{text[:start]}-{text[start:colon]}:{text[colon + 2 :]}"
    return text


_FIELD_NOT = re.compile(
    r"(?:^|(?<=[\s()]))(?P<not>-|NOT\s+)?(?P<name>[A-Za-z_]\w*):NOT"
    r"(?:(?P<gap>\s+)(?=[^\s)])|\()"
)
"""A field's name with NOT after its colon, NOT an operator (a space or an opening bracket
after it, then a clause), the name at the start of a clause (after a NOT or a minus, if
one is typed)."""
_NEXT_NOT = re.compile(rf"NOT(?=[\s(])|-(?={BEGUN})")
"""A NOT or a minus at the start of the clause after a field's NOT: two NOTs in a row."""


def not_after_field(text: str, names: tuple[str, ...]) -> str:
    """``text`` with each ``field:NOT x`` outside quotes (a field of ``names``) written
    ``NOT field:x``, and each ``field:NOT(x)`` written ``-field:(x)`` after two spaces:
    the NOT of the field's clause, as ``title:-frost`` is (`minus_before_field`); Whoosh
    read the word NOT in the field, the initialism N.O.T. that few titles hold, and ANDed
    the clause in, its field lost. The same length, so a column after it still points where
    the user typed. NOT glued to a quote, or with nothing after it, is left a word, as
    elsewhere.

    Raises:
        QueryError: A minus or a NOT before such a field (``-title:NOT frost``), or after
            its NOT (``title:NOT -frost``): two NOTs in a row, refused as ``NOT -frost`` is.
    """
    for match in _fields_negated(_FIELD_NOT, text, ":NOT", names):
        name, gap = match.group("name"), match.group("gap")
        if gap and _NEXT_NOT.match(match.string, match.end()):
            raise QueryError("two NOTs in a row", match.start() + 1)
        start, end = match.start("name"), match.end()
        said = f"NOT{gap}{name}:" if gap else f"  -{name}:("
        text = f"{text[:start]}{said}{text[end:]}"
    return text


_FIELD_OPERATOR = re.compile(
    r"(?:^|(?<=[\s()]))(?:-|NOT\s+)?(?P<name>[A-Za-z_]\w*):"
    r"(?P<op>ANDNOT|ANDMAYBE|AND|OR)(?:\s+(?=[^\s)])|\()"
)
"""A field's name with an operator joining two clauses after its colon (AND, OR, ANDNOT,
ANDMAYBE; a space or an opening bracket after it, then a clause)."""


def operator_after_field(text: str, names: tuple[str, ...]) -> None:
    """Refuse ``field:AND x`` and ``field:OR x`` (ANDNOT, ANDMAYBE too; a field of
    ``names``, outside quotes): Whoosh read the initialism A.N.D. (O.R.) in the field, which
    no title holds, ANDed with ``x`` anywhere, and found nothing, unsaid (nu77 #2). A NOT
    there is the field's NOT (`not_after_field`); lower case (``title:and``), in quotes, or
    at the end, the word is a word, as elsewhere.

    Raises:
        QueryError: Such an operator, its column the operator's.
    """
    outside = quotes_blanked(text)
    for match in _FIELD_OPERATOR.finditer(outside):
        name, op = match.group("name"), match.group("op")
        if name in names:
            raise QueryError(
                f"{name}:{op}: {op} joins two clauses, not a field's name to one; write "
                f"{name}:(a {op} b), or a {op} {name}:b",
                match.start("op") + 1,
            )
