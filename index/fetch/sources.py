"""What the user asked to fetch: feed or article URLs, OPML files, text files of URLs."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from index.fetch.models import Feed, Problem
from index.fetch.opml import OPMLError, looks_like_opml, read_opml
from index.fetch.urls import BadURL, check_url

MAX_LIST_BYTES = 5 * 1024 * 1024
_FEED_FILE = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
"""An RSS, Atom or RDF feed's root element, near the start of a file."""
FEED_FILE = "a feed file: fetch reads a feed from its URL (http or https), not from a file"
"""Why a local feed file is skipped (it was read as a list of URLs: "not a URL", nu23 #6)."""


@dataclass(frozen=True, slots=True)
class Plan:
    """The feeds to read, the URLs that may be a feed or an article, and what was refused."""

    feeds: tuple[Feed, ...] = ()
    urls: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()


def _looks_like_url(text: str) -> bool:
    head = text.split(":", 1)[0]
    return ":" in text and head.isalpha() and len(head) > 1  # "C:\\file" is a path


def plan_sources(sources: Iterable[str]) -> Plan:
    """Sort the command line's sources into feeds and URLs; the rest becomes problems.

    A source is a URL (http or https; a feed or an article, told apart when fetched),
    an OPML file (its feeds), or a text file with one URL a line (``#`` starts a comment).
    """
    feeds: list[Feed] = []
    urls: list[str] = []
    problems: list[Problem] = []
    for source in sources:
        source = source.strip()
        if not source:
            continue
        path = Path(source).expanduser()
        if _looks_like_url(source) and not path.exists():
            try:
                urls.append(check_url(source))
            except BadURL as error:
                problems.append(Problem(source, str(error)))
            continue
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_LIST_BYTES + 1)
        except OSError as error:
            reason = "no such file, and not a URL" if isinstance(error, FileNotFoundError) else ""
            problems.append(Problem(source, reason or f"cannot read: {error.strerror or error}"))
            continue
        if len(data) > MAX_LIST_BYTES:
            problems.append(Problem(source, f"file too large (limit {MAX_LIST_BYTES:,} bytes)"))
            continue
        if path.suffix.lower() == ".opml" or looks_like_opml(data):
            try:
                listed = read_opml(data)
            except OPMLError as error:
                problems.append(Problem(source, str(error)))
                continue
            feeds.extend(listed.feeds)
            problems.extend(listed.problems)
            continue
        if _FEED_FILE.search(data[:1024]):
            problems.append(Problem(source, FEED_FILE))
            continue
        for number, line in enumerate(data.decode("utf-8", "replace").splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                urls.append(check_url(line))
            except BadURL as error:
                problems.append(Problem(f"{source}:{number}", str(error)))
    return Plan(tuple(feeds), tuple(urls), tuple(problems))
