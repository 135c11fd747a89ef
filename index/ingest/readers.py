"""The readers registry: which files are articles, and how each format is read into `Article`s."""

from __future__ import annotations

import glob
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from index.ingest.articles import make_article
from index.ingest.decode import TOO_DEEP, DecodeError, decode
from index.ingest.files import (
    ReadError,
    ReadResult,
    SourceFile,
    check_length,
    digest,
    ending_of,
    format_refused,
    read_bytes,
)
from index.ingest.files import scan as scan  # callers import it from here too
from index.ingest.records import Compared, read_compared, read_json, read_jsonl
from index.ingest.sanitize import sanitize
from index.ingest.sidecars import front_matter, known_fields, read_sidecar
from index.models import Article, Skipped, StyleSpan

PAGE_TIMES = 4
"""A web page's HTML may be this many times `MAX_ARTICLE_CHARS` (its text is held to that),
not counting what its ``data:`` URIs embed."""
_DATA_URI = re.compile(r"(?i)\bdata:[a-z0-9.+/-]*(?:;[a-z0-9=.+-]+)*,[^\"'<>\s)]*")
"""An embedded file (``src="data:image/png;base64,..."``): images, fonts; never text."""


def read_source(source: SourceFile) -> ReadResult:
    """Read one source file into articles.

    Args:
        source: A file from `scan`.

    Returns:
        The articles and skipped records (for JSON Lines, one per bad line).

    Raises:
        ReadError: The whole file is unusable (unreadable, binary, empty, too large...).
    """
    reader = READERS.get(ending_of(source.path.name))
    if reader is None:
        raise ReadError(format_refused(source.path.name))
    known, side_skips = sidecar_of(source)
    origins = {key: f"sidecar {source.sidecar.name}" for key in known} if source.sidecar else {}
    try:
        result = reader(source, known, origins)
    except RecursionError:  # a backstop: each reader says which record (nu63 #1)
        raise ReadError(TOO_DEEP) from None
    if side_skips:
        result.skipped.extend(side_skips)
    return result


def read_again(source: SourceFile, before: Mapping[str, bytes]) -> Compared:
    """A JSON Lines file read again, its records compared with their digests ``before``
    (`read_compared`), with its sidecar's skip as `read_source` adds it.

    Raises:
        ReadError: As `read_source`.
    """
    try:
        compared = read_compared(source, before)
    except RecursionError:
        raise ReadError(TOO_DEEP) from None
    compared.skipped.extend(sidecar_of(source)[1])
    return compared


def sidecar_of(source: SourceFile) -> tuple[dict[str, Any], list[Skipped]]:
    """What a file's sidecar says, and its skips: the whole sidecar when it cannot be read
    (then it says nothing), else each field with a bad value (the others apply; nu36 #2).
    A sidecar two articles share is said once for each, so each says for which (nu63 #4;
    the whole one too, rv69: "sidecar ignored: invalid TOML ..." came twice, alike)."""
    if source.sidecar is None:
        return {}, []
    where = str(source.sidecar)
    try:
        fields, problems = read_sidecar(source.sidecar)
    except ReadError as error:
        return {}, [Skipped(where, f"{_for_which('sidecar ignored', source)}: {error}")]
    said = _for_which("sidecar field ignored", source) if problems else ""
    return fields, [Skipped(where, f"{said}: {problem}") for problem in problems]


def _for_which(said: str, source: SourceFile) -> str:
    """``said``, with the article file named when another one shares its sidecar."""
    return f"{said} for {source.path.name}" if _shared(source) else said


def _shared(source: SourceFile) -> bool:
    """Whether another article file of the folder (``a.md`` beside ``a.txt``) has the
    sidecar of ``source``."""
    stem = source.path.name.rsplit(".", 1)[0]
    others = source.path.parent.glob(glob.escape(stem) + ".*")
    return any(
        p.name.rsplit(".", 1)[0] == stem
        and p.suffix.lower() in READERS
        and p.name != source.path.name
        for p in others
    )


def read_text(source: SourceFile, known: dict[str, Any], origins: dict[str, str]) -> ReadResult:
    data = read_bytes(source.path)
    try:
        text = decode(data)
    except DecodeError as error:
        raise ReadError(str(error)) from error
    check_length(text)
    text = sanitize(text)
    if not text.strip():
        raise ReadError("no text after removing control characters")
    return ReadResult([make_article(source, source.rel, text, known, origins)], [], digest(data))


def read_markdown(source: SourceFile, known: dict[str, Any], origins: dict[str, str]) -> ReadResult:
    from index.text.markdown import render_markdown

    data = read_bytes(source.path)
    try:
        text = decode(data)
    except DecodeError as error:
        raise ReadError(str(error)) from error
    check_length(text)
    text = sanitize(text)
    skipped: list[Skipped] = []
    whole = text
    front = front_matter(text)
    if front.problem:
        skipped.append(Skipped(source.rel, f"front matter ignored: {front.problem}"))
    for problem in front.dropped:
        skipped.append(Skipped(source.rel, f"front matter field ignored: {problem}"))
    # the sidecar wins over front matter
    origins = {**{key: "front matter" for key in front.fields}, **origins}
    known = {**front.fields, **known}
    text = front.text
    if not text.strip():
        raise ReadError("no article text")
    first_line = whole[: len(whole) - len(text)].count("\n") + 1
    rendered = render_markdown(text, first_line=first_line)
    heading = _top_heading(rendered.text, rendered.styles)
    if heading is not None and "title" in known:
        known = {**known, "heading": heading}  # its headline under the given title: no body
    elif heading is not None:
        # `# Title` opening the text is its title, whatever it reads like ("... Surfside,
        # Fla." read as the lede, and the outlet-and-date line below became the title: nu23 #3)
        known = {**known, "title": heading}
        opening = rendered.text[: len(rendered.text) - len(rendered.text.lstrip())].count("\n")
        numbers = rendered.line_numbers
        number = numbers[opening] if numbers and opening < len(numbers) else first_line
        cited = heading if len(heading) <= 100 else heading[:99].rstrip() + "…"
        origins = {**origins, "title": f"line {number}: “{cited}”"}  # as `Facts.cite` says
    article = make_article(
        source,
        source.rel,
        rendered.text,
        known,
        origins,
        line_numbers=rendered.line_numbers,
        styles=rendered.styles,
    )
    return ReadResult([article], skipped, digest(data))


def _top_heading(text: str, styles: Sequence[StyleSpan]) -> str | None:
    """The text of a first-level heading that opens ``text`` (a Markdown ``# Title``)."""
    start = len(text) - len(text.lstrip())
    for span in styles:
        if span.style == "heading1" and span.start <= start < span.end:
            heading = " ".join(text[start : span.end].split())
            return heading if heading and "\n" not in text[start : span.end].strip() else None
    return None


def read_html(source: SourceFile, known: dict[str, Any], origins: dict[str, str]) -> ReadResult:
    from index.ingest.webpage import PageUnreadable, decode_html, extract_page  # trafilatura: 0.1 s

    data = read_bytes(source.path)
    try:
        html = decode_html(data)
    except DecodeError as error:
        raise ReadError(str(error)) from error
    # an image saved inside the page is no text of it (a 7 MB photo: 9 million characters)
    html = _DATA_URI.sub("data:,", html)
    # markup and scripts make a page longer than its text: it may be a few times the limit
    check_length(html, "web page", times=PAGE_TIMES)
    try:
        page = extract_page(sanitize(html))
    except PageUnreadable as error:
        raise ReadError(str(error)) from error
    if page is None:
        raise ReadError("no article text found in the page")
    check_length(page.text)
    skipped: list[Skipped] = []
    found: dict[str, Any] = {}
    for key, value in page.metadata.items():
        try:
            found.update(known_fields({key: value}, source.rel))
        except ReadError as error:  # a date the page states badly: read the article anyway
            skipped.append(Skipped(source.rel, f"page metadata ignored: {error}"))
    # a sidecar wins over what the page says
    said = {key: page.origins.get(key, "page metadata (trafilatura)") for key in found}
    origins = {**said, **origins}
    article = make_article(source, source.rel, page.text, {**found, **known}, origins)
    return ReadResult([article], skipped, digest(data))


Reader = Callable[[SourceFile, dict[str, Any], dict[str, str]], ReadResult]
READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
}
"""Readers by file suffix; a new format is one function and one entry here."""


def iter_articles(corpus: Path) -> Iterator[Article | Skipped]:
    """Yield every article of a corpus, and a `Skipped` for every file or record left out."""
    files, skipped = scan(corpus)
    yield from skipped
    for source in files:
        try:
            result = read_source(source)
        except ReadError as error:
            yield Skipped(str(source.path), str(error))
            continue
        yield from result.articles
        yield from result.skipped
