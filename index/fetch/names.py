"""File names for fetched pages: inside the corpus, portable, and one per article URL."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date
from pathlib import PurePosixPath
from urllib.parse import unquote

from index.fetch.urls import split, url_key

FETCHED = "fetched"
"""The corpus subfolder that fetched pages go into."""
MAX_HOST = 80
MAX_SLUG = 60
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}
)
"""Names Windows will not create, whatever the extension."""
_PAGE_SUFFIXES = re.compile(r"\.(?:s?html?|xhtml|php\d?|aspx?|jsp|cms|cgi)$")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_NOT_HOST = re.compile(r"[^a-z0-9.-]+")


def _ascii(text: str) -> str:
    """Lower-case ASCII letters and digits of ``text``, runs of anything else as one dash."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NOT_SLUG.sub("-", folded.lower()).strip("-")


def _digest(text: str, size: int = 5) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=size).hexdigest()


def host_folder(url: str) -> str:
    """The folder named for a URL's host: IDNA, lower case, ``_PORT`` for a port."""
    parts = split(url)
    host = (parts.hostname or "").strip(".")
    try:
        ascii_host = host.encode("idna").decode("ascii").lower().strip(".-")
    except UnicodeError:
        ascii_host = ""
    if not ascii_host or _NOT_HOST.search(ascii_host) or ".." in ascii_host:
        cleaned = _NOT_HOST.sub("-", _ascii(host)).strip(".-")
        ascii_host = f"{cleaned[: MAX_HOST - 11]}-{_digest(host)}" if cleaned else _digest(host)
    if len(ascii_host) > MAX_HOST:
        ascii_host = f"{ascii_host[: MAX_HOST - 11]}-{_digest(ascii_host)}"
    if ascii_host.split(".", 1)[0] in _RESERVED:
        ascii_host = "_" + ascii_host
    try:
        port = parts.port
    except ValueError:
        port = None
    return f"{ascii_host}_{port}" if port is not None else ascii_host


def slug_for(url: str) -> str:
    """A readable name for the page at ``url``: its last path words, then a hash of the URL.

    The hash is of `url_key`, so two URLs of one article get the same name and two
    articles never share one.
    """
    segments = [unquote(s) for s in split(url).path.split("/") if s]
    words: list[str] = []
    for segment in reversed(segments):
        word = _ascii(_PAGE_SUFFIXES.sub("", segment.lower()))
        if word and word != "index":
            words.insert(0, word)
        if sum(len(w) for w in words) >= 12 and not words[0].isdigit():
            break
        if len(words) >= 3:
            break
    slug = "-".join(words)[:MAX_SLUG].strip("-") or "page"
    return f"{slug}-{_digest(url_key(url))}"


def page_path(url: str, day: date) -> PurePosixPath:
    """Where the page at ``url`` published on ``day`` is saved, relative to the corpus.

    ``fetched/HOST/YYYY-MM-DD/SLUG-HASH.html``: every part is made of ``a-z 0-9 . - _``,
    none starts with a dot, none is a name Windows reserves, so no URL can name a path
    outside the folder (``..``, ``%2e%2e``, slashes), a hidden file, or an overlong name.
    """
    return PurePosixPath(FETCHED, host_folder(url), day.isoformat(), slug_for(url) + ".html")


def item_slug(title: str, key: str) -> str:
    """The file name of a feed item saved without a link (`index.fetch.items`): its
    title's words, then a hash of its key."""
    words = _ascii(title)[:MAX_SLUG].strip("-") or "item"
    return f"{words}-{_digest(key)}.html"


def sidecar_path(page: PurePosixPath) -> PurePosixPath:
    """The ``.meta.toml`` sidecar beside a saved page (as broadsheet's ingestion reads it)."""
    return page.with_name(page.name.rsplit(".", 1)[0] + ".meta.toml")
