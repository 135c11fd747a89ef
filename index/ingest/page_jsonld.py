"""A web page's JSON-LD article metadata: its publisher and its authors (nu50 #2).

JSON-LD (``<script type="application/ld+json">`` holding a schema.org ``NewsArticle``) is
the commonest news metadata. trafilatura reads it only under a schema.org ``@context`` and
a publisher given as an object; a page without the context, or naming its publisher as a
plain string, lost its outlet and byline. This reads the article's node (alone, in a list
or in an ``@graph``) with the standard library's json, following ``{"@id": ...}``
references to the graph's other nodes (an ``Organization``, a ``Person``).
"""

from __future__ import annotations

import html as html_text
import json
import re
from dataclasses import dataclass
from typing import Any

_SCRIPT = re.compile(
    r"""<script[^>]{0,200}?type\s*=\s*["']?application/ld\+json["']?[^>]{0,200}>(.*?)</script>""",
    re.IGNORECASE | re.DOTALL,
)
_MOST_SCRIPTS = 20
_LONGEST_SCRIPT = 200_000
_POSTINGS = frozenset({"blogposting", "liveblogposting", "socialmediaposting", "report"})


@dataclass(frozen=True, slots=True)
class LinkedData:
    """What a page's JSON-LD says of its article: the publisher's name and the authors'
    names ("; " between them, as trafilatura gives several), each None when not said."""

    publisher: str | None = None
    authors: str | None = None


def read_linked_data(html: str) -> LinkedData:
    """The publisher and authors of the first article node of the page's JSON-LD that
    names either; an empty `LinkedData` when there is none or its JSON is broken."""
    nodes = [node for block in _blocks(html) for node in _nodes(block)]
    by_id = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    for node in nodes:
        if not _is_article(node):
            continue
        publisher = _names(node.get("publisher"), by_id)
        authors = [
            name
            for name in _names(node.get("author"), by_id, people=True)
            if name.casefold() not in {other.casefold() for other in publisher}
        ]
        if publisher or authors:
            return LinkedData(publisher[0] if publisher else None, "; ".join(authors) or None)
    return LinkedData()


def _blocks(html: str) -> list[Any]:
    """The parsed JSON of the page's JSON-LD scripts (a broken one is left out)."""
    blocks: list[Any] = []
    for found in _SCRIPT.finditer(html):
        if len(blocks) >= _MOST_SCRIPTS:
            break
        text = found.group(1).strip()
        if not text or len(text) > _LONGEST_SCRIPT:
            continue
        text = text.removeprefix("<!--").removesuffix("-->").strip()
        try:
            blocks.append(json.loads(text, strict=False))
        except (ValueError, RecursionError):
            continue  # a broken block says nothing
    return blocks


def _nodes(block: Any) -> list[dict[str, Any]]:
    """A block's nodes: the object itself, a list's objects, an ``@graph``'s objects."""
    items = block if isinstance(block, list) else [block]
    nodes: list[dict[str, Any]] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        graph = item.get("@graph")
        if isinstance(graph, list):
            nodes.extend(node for node in graph if isinstance(node, dict))
        else:
            nodes.append(item)
    return nodes


def _kinds(node: dict[str, Any]) -> list[str]:
    """A node's ``@type``s, in small letters, without a vocabulary's prefix."""
    kinds = node.get("@type")
    return [
        kind.rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower()
        for kind in (kinds if isinstance(kinds, list) else [kinds])
        if isinstance(kind, str)
    ]


def _organisation(node: dict[str, Any]) -> bool:
    """A node typed as an organisation ("Organization", "NewsMediaOrganization",
    "Corporation")."""
    return any(kind.endswith("organization") or kind == "corporation" for kind in _kinds(node))


def _is_article(node: dict[str, Any]) -> bool:
    """A node typed as an article ("NewsArticle", "ReportageNewsArticle", "Article") or a
    posting ("BlogPosting")."""
    return any(kind.endswith("article") or kind in _POSTINGS for kind in _kinds(node))


def _names(value: Any, by_id: dict[str, Any], depth: int = 0, people: bool = False) -> list[str]:
    """The names a publisher or author value gives: a string, an object's ``name`` (an
    ``@id`` reference followed to its node), or a list of those; with ``people`` (authors),
    no object typed as an organisation ("Organization", "NewsMediaOrganization": a site
    naming itself its article's author is no byline, rv54)."""
    if depth > 3 or value is None:
        return []
    if isinstance(value, list):
        return [name for item in value for name in _names(item, by_id, depth + 1, people)]
    if isinstance(value, dict):
        if "name" not in value and isinstance(value.get("@id"), str):
            target = by_id.get(value["@id"])
            return _names(target, by_id, depth + 1, people) if target is not value else []
        if people and _organisation(value):
            return []
        return _names(value.get("name"), by_id, depth + 1)
    if isinstance(value, str):
        name = " ".join(html_text.unescape(value).split())
        if name and not name.lower().startswith(("http:", "https:", "www.")):
            return [name]
    return []
