"""``source:`` inside a query names an outlet as ``--source`` does: by any of its spellings
(`canonical_outlet`: ``source:nyt`` is The New York Times), and an outlet no article of the
index is from is said to be unknown, with the names near it (nu16: ``source:aljazeera``
said only "No articles match")."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from index.search.outlet_near import outlets_near
from index.store.phrase_stops import is_stop
from index.store.schema import DEFAULT_FIELDS, make_schema
from index.text.outletnames import canonical_outlet

if TYPE_CHECKING:
    from whoosh.query import Query

FIELD = "source"
SIGN_OFFS = {"reuter": "Reuters"}
"""Names a wire signs off with, lower-cased, to its outlet: the Reuters wires of the 1980s
end "Reuter", so ``source:reuter`` is Reuters (nu46 #9: it was refused, "Did you mean:
Reuters?"). Read on the query side only: the outlet an article gets is as before."""


def _words(text: str) -> list[str]:
    """The words the source field indexes of ``text`` (lower-cased, folded), from the first
    to the last that is no stop word: the index keeps stop words in their places (schema
    6), so those inside a name stay (``source:voa`` is "voice of america", not "voice
    america", which no outlet is); an outer "the" does not (``source:wsj`` still finds an
    outlet written "Wall Street Journal", and ``source:times`` stays the word)."""
    words = [token.text for token in _names()(text, mode="index", positions=True)]
    kept = [k for k, word in enumerate(words) if not is_stop(word)]
    return words[kept[0] : kept[-1] + 1] if kept else []


@cache
def _names() -> Any:
    """The source field's analyzer."""
    return make_schema()[FIELD].analyzer


def _typed(node: Any) -> str | None:
    """What a plain ``source:`` term or phrase leaf was typed as (its words), else None."""
    from whoosh.query import Phrase, Term

    from index.search.phrases import BoostedPhrase

    if getattr(node, "fieldname", None) != FIELD:
        return None
    if type(node) is Term and isinstance(node.text, str):  # not a fuzzy term (a subclass)
        return node.text
    if type(node) in (Phrase, BoostedPhrase):  # not a starred one (a subclass)
        return " ".join(str(word) for word in node.words)
    return None


def canonical_sources(query: Query) -> Query:
    """``query`` with each ``source:`` term or phrase that spells a known outlet another way
    (``nyt``, ``"new york times opinion"``) replaced by the words of its one name; the
    others as they are (a word of a name, ``source:wire``, still finds "Other Wire")."""
    from whoosh.query import Phrase, Term

    def visit(node: Any) -> Any:
        typed = _typed(node)
        if typed is None:
            return node
        words = _words(canonical_outlet(SIGN_OFFS.get(typed.lower(), typed)))
        if not words or words == _words(typed):
            return node
        if len(words) == 1:
            return Term(FIELD, words[0], boost=node.boost)
        return Phrase(FIELD, words, boost=node.boost)

    return query.accept(visit)


def unknown_sources(
    query: Query, sources: Sequence[tuple[str, int]]
) -> list[tuple[str, list[str]]]:
    """Each ``source:`` term or phrase outside a NOT that no outlet of ``sources`` (the
    index's, with counts) has among its words, with the names near it (maybe none)."""
    names = [(name, _words(name)) for name, _ in sources]
    unknown: list[tuple[str, list[str]]] = []
    for leaf in _typed_leaves(query):
        typed = _typed(leaf)
        if typed is None:
            continue
        words = _words(typed)
        if any(_holds(held, words) for _, held in names):
            continue
        near = outlets_near(typed, sources) or []
        if (typed, near) not in unknown:
            unknown.append((typed, near))
    return unknown


def _holds(held: list[str], words: list[str]) -> bool:
    """True when ``words`` stand together, in order, among ``held``."""
    size = len(words)
    return any(held[i : i + size] == words for i in range(len(held) - size + 1))


def _typed_leaves(query: Query) -> list[Query]:
    """The leaves outside any NOT that were typed with a field name: not those of a word
    looked for in every default field (an OR of one branch a field, ``source`` among them:
    a leaf, or the AND of the parts a word such as "00\x1b01" splits into)."""
    from whoosh.query import AndNot, Not, Or

    if isinstance(query, Not):
        return []
    if query.is_leaf():
        return [query]
    children = list(query.children())
    if isinstance(query, AndNot):
        children = children[:1]
    if isinstance(query, Or) and _one_field_each(children) == set(DEFAULT_FIELDS):
        return []
    if isinstance(query, Or):  # a word's fields merged into an OR of more ("a OR b AND c")
        children = [child for child in children if not _loose(child, children)]
    return [leaf for child in children for leaf in _typed_leaves(child)]


def _loose(child: Query, siblings: list[Query]) -> bool:
    """Whether ``child``, a ``source`` leaf of an OR, is a word looked for in every
    default field: the OR holds the same word in ``dateline`` (analysed as ``source`` is).
    rv75: "phtoo OR nations AND aucus" said "No outlet of this index is called 'phtoo'"
    (exit 3), its OR of fields merged into the query's OR."""
    text = getattr(child, "text", None)
    return (
        _typed(child) is not None
        and text is not None
        and any(
            s.is_leaf() and getattr(s, "fieldname", None) == "dateline" and s.text == text
            for s in siblings
        )
    )


def _one_field_each(children: list[Query]) -> set[str] | None:
    """The fields of ``children`` when each holds leaves of one field only, else None."""
    fields: set[str] = set()
    for child in children:
        own = {leaf.field() for leaf in child.leaves()} if not child.is_leaf() else {child.field()}
        if len(own) != 1:
            return None
        fields |= own
    return fields
