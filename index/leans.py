"""Which side an outlet leans to, and how a story's coverage splits by side.

An article's lean comes from its own metadata when it gives one (a field such as
``stance``, ``bias`` or ``lean`` of a JSON record or sidecar, kept in `Article.extra`),
else from the user's map of outlets to leans (the tui keeps it in the user's config
folder). broadsheet ships no ratings of its own: they are others' data.

A story's coverage counts its articles (an outlet's copies once, as `Story.counted`) on
each side; a *blindspot* is the side that misses a story the other side covers: "left"
when outlets leaning right give it at least `BLINDSPOT_ARTICLES` articles and none leaning
left gives one (Ground News' "blindspot for the left"), "right" the other way round.
Centre and unknown coverage neither make nor spoil one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

if TYPE_CHECKING:
    from index.models import Article

Lean = Literal["left", "center", "right"]
LEANS: tuple[Lean, ...] = ("left", "center", "right")

LEAN_FIELDS = ("lean", "stance", "bias", "leaning", "political_lean", "political_bias")
"""The metadata fields that give an outlet's lean, the first one given winning."""

BLINDSPOT_ARTICLES = 2
"""The fewest articles one side gives a story for it to be the other side's blindspot."""

_CENTRE_WORDS = ("center", "centre", "centrist", "neutral", "least biased", "balanced")


def lean_of(value: str) -> Lean | None:
    """A rating's side: "lean left", "Left-Center", "liberal" -> left; "right", "Lean
    Right", "conservative" -> right; "center", "centre", "neutral" -> center; None for
    what names no one side ("mixed", "", "satire") or names both."""
    words = " ".join(value.lower().replace("-", " ").replace("_", " ").split())
    left = "left" in words or "liberal" in words or "progressive" in words
    right = "right" in words or "conservative" in words
    if left != right:
        return "left" if left else "right"
    if not left and any(word in words for word in _CENTRE_WORDS):
        return "center"
    return None


def article_lean(extra: Mapping[str, str]) -> Lean | None:
    """The lean an article's own metadata gives (`LEAN_FIELDS`, any case), or None."""
    fields = {key.lower(): value for key, value in extra.items()}
    for name in LEAN_FIELDS:
        value = fields.get(name)
        if isinstance(value, str) and value.strip():
            return lean_of(value)
    return None


def outlet_key(outlet: str) -> str:
    """How outlet names are matched in the user's map: case and spacing aside."""
    return " ".join(outlet.casefold().split())


def lean_for(given: Lean | None, source: str | None, user: Mapping[str, Lean]) -> Lean | None:
    """An article's lean: its metadata's (``given``), else its outlet's in the user's map
    (keys made by `outlet_key`), else None."""
    if given is not None:
        return given
    if source:
        return user.get(outlet_key(source))
    return None


@dataclass(frozen=True, slots=True)
class Coverage:
    """How many of a story's articles come from each side (and from outlets of no known lean)."""

    left: int = 0
    center: int = 0
    right: int = 0
    unknown: int = 0

    @property
    def blindspot(self) -> Lean | None:
        """The side that misses the story (see the module's docstring), or None."""
        if self.left == 0 and self.right >= BLINDSPOT_ARTICLES:
            return "left"
        if self.right == 0 and self.left >= BLINDSPOT_ARTICLES:
            return "right"
        return None

    def record(self) -> dict[str, int]:
        """As the JSON of `story` and `stories` gives it."""
        return {
            "left": self.left,
            "center": self.center,
            "right": self.right,
            "unknown": self.unknown,
        }


def coverage(leans: Iterable[Lean | None]) -> Coverage:
    """The coverage of articles of these leans (None: unknown)."""
    counts = {"left": 0, "center": 0, "right": 0, None: 0}
    for lean in leans:
        counts[lean] += 1
    return Coverage(counts["left"], counts["center"], counts["right"], counts[None])


class Articles(Protocol):
    """What `given_leans` reads: a `Library`."""

    def article(self, article_id: str) -> Article: ...


class Listed(Protocol):
    """What `library_outlet_leans` reads: a `Library`."""

    def articles(self) -> Iterator[Article]: ...


def given_leans(library: Articles, article_ids: Iterable[str]) -> dict[str, Lean | None]:
    """The lean each article's own metadata gives, by id: from the leans the build kept
    (`index.lean_map`, no article read) when the index holds them, else read from the
    articles (an id the index does not hold is then left out)."""
    kept = _kept(library)
    if kept is not None:
        return {article_id: kept.get(article_id) for article_id in article_ids}
    found: dict[str, Lean | None] = {}
    for article_id in article_ids:
        try:
            article = library.article(article_id)
        except KeyError:
            continue
        found[article_id] = article_lean(article.extra)
    return found


def _kept(library: object) -> dict[str, Lean] | None:
    """The leans the open index keeps (`Library.kept_leans`), or None: it keeps none, or
    ``library`` is no `Library`."""
    kept = getattr(library, "kept_leans", None)
    return kept() if callable(kept) else None


def outlet_leans(articles: Iterable[Article]) -> dict[str, Lean]:
    """Each outlet's lean as its articles' metadata give it (the most given, ties to the
    first side of `LEANS`); an outlet whose articles give none is left out."""
    return _most_given((article.source, article_lean(article.extra)) for article in articles)


def library_outlet_leans(library: Listed) -> dict[str, Lean]:
    """`outlet_leans` of every article of ``library``: from the leans the build kept and
    each id's outlet in the index listing when it has both (no article read: fx71, the
    `outlets` command read ~0.1 ms an article), else from the articles read."""
    kept = _kept(library)
    listed = getattr(library, "outlets_of", None)
    outlets = listed() if kept is not None and callable(listed) else None
    if kept is None or outlets is None:
        return outlet_leans(library.articles())
    return _most_given((outlets.get(article_id), lean) for article_id, lean in kept.items())


def _most_given(pairs: Iterable[tuple[str | None, Lean | None]]) -> dict[str, Lean]:
    """Each outlet's most given lean of (outlet, lean) pairs, ties to the first side of
    `LEANS`; pairs without an outlet or a lean are left out."""
    counts: dict[str, Counter[Lean]] = {}
    for source, lean in pairs:
        if lean is not None and source:
            counts.setdefault(source, Counter())[lean] += 1
    return {
        outlet: max(LEANS, key=lambda side: (found[side], -LEANS.index(side)))
        for outlet, found in counts.items()
    }


def leans_of(
    library: Articles, members: Iterable[tuple[str, str | None]], user: Mapping[str, Lean]
) -> list[Lean | None]:
    """The lean of each (article id, outlet) pair, as `lean_for` gives it (the articles'
    metadata read, then the user's map)."""
    members = list(members)
    given = given_leans(library, (article_id for article_id, _ in members))
    return [lean_for(given.get(i), source, user) for i, source in members]


def story_coverage(
    library: Articles, members: Iterable[tuple[str, str | None]], user: Mapping[str, Lean]
) -> Coverage:
    """The coverage of a story's members, each an (article id, outlet) pair (`leans_of`)."""
    return coverage(leans_of(library, members, user))


_LEAN_REF = re.compile(r"(?<![\w\"'])(?:lean|stance):(\S*)", re.IGNORECASE)
_BESIDE = frozenset({"OR", "NOT", "ANDNOT", "ANDMAYBE"})
LEAN_PLACE = (
    "lean: keeps the hits of one side: put it outside brackets, not beside NOT nor in a query"
    " with OR outside brackets ((a OR b) lean:right)"
)
"""What a misplaced ``lean:`` is told: it filters the whole query's hits, no more."""


def lean_filter(text: str) -> tuple[str, Lean | None, str | None, int]:
    """A query's ``lean:SIDE`` (or ``stance:SIDE``) taken out of it: the rest of the query,
    the side (None: not given), and what is wrong with it with its 1-based column (None, 0
    when nothing is). The side filters the hits of the rest (`leans_of`): no index field
    holds it, so it must stand at the top of the query, joined by AND alone, and the query
    may have no OR outside brackets ("a OR b AND lean:right" reads "a OR (b AND ...)": the
    filter would drop a's other hits)."""
    outside = re.sub(r'"[^"]*"', lambda m: '"' + "x" * (len(m.group()) - 2) + '"', text)
    top_words = _top_level(outside).split()
    sides: set[Lean] = set()
    cuts: list[tuple[int, int]] = []
    for match in _LEAN_REF.finditer(outside):
        value = match.group(1).rstrip(")").lower().replace("centre", "center")
        column = match.start() + 1
        if value not in LEANS:
            return text, None, "lean: takes left, center or right (lean:right)", column
        before = outside[: match.start()].split()
        after = outside[match.end() :].split()
        depth = outside[: match.start()].count("(") - outside[: match.start()].count(")")
        near = before[-1:] + [word.partition("(")[0] for word in after[:1]]  # NOT(a): NOT
        if (
            depth
            or any(word in _BESIDE for word in near)
            or "OR" in top_words  # "a OR b AND lean:x" is "a OR (b AND lean:x)" (fx68)
            or outside[match.start() - 1 : match.start()] == "-"
        ):
            return text, None, LEAN_PLACE, column
        sides.add(value)
        start, end = match.start(), match.end()
        joined = re.search(r"\bAND\s+$", outside[:start])  # "dam AND lean:right": its AND too
        if joined:
            start = joined.start()
        elif re.match(r"\s+AND\b", outside[end:]):
            end += len(re.match(r"\s+AND\b", outside[end:]).group())  # type: ignore[union-attr]
        cuts.append((start, end))
    if len(sides) > 1:
        return text, None, "lean: of two sides finds nothing: an article has one lean", 1
    rest = text
    for start, end in reversed(cuts):
        rest = rest[:start] + " " + rest[end:]
    return " ".join(rest.split()), next(iter(sides), None), None, 0


def _top_level(text: str) -> str:
    """``text`` without what stands in brackets (quotations already masked)."""
    depth = 0
    kept = []
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            kept.append(char)
            continue
        kept.append(" ")
    return "".join(kept)
