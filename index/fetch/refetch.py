"""Asking again for a page the corpus holds (``fetch --refetch``).

The page is asked with the validators its sidecar keeps (ETag, Last-Modified): a 304 or
the same bytes is "unchanged"; a changed page is written over in place (same path, page
then sidecar, each atomically) with its sidecar's ``fetched_at`` and validators renewed,
and the index update then reads it as a changed file. A feed's entry whose title is not
the one its sidecar keeps (a corrected headline is news, nu43 #3) is "retitled": the
sidecar takes the feed's title, whether or not the page changed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any, Literal

from index.fetch.files import atomic_write, inside, read_sidecar, save_page
from index.fetch.models import FetchError
from index.fetch.names import sidecar_path
from index.fetch.page import read_head, with_charset

if TYPE_CHECKING:
    from pathlib import Path

    from index.fetch.http import Fetched, PoliteClient

Outcome = Literal["unchanged", "updated", "retitled", "skipped"]
PAGE_SUFFIXES = (".html", ".htm")
"""What a saved page may be called beside its sidecar (fetch saves ``.html``)."""


def saved_page(root: Path, stem: str) -> PurePosixPath | None:
    """The saved page of an article known as ``stem`` (its path less the suffix), or None
    when no web page lies beside its sidecar (a text file saved by hand is not asked)."""
    for suffix in PAGE_SUFFIXES:
        rel = PurePosixPath(stem + suffix)
        try:
            if inside(root, rel).is_file():
                return rel
        except FetchError:
            return None
    return None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def ask_again(
    root: Path, client: PoliteClient, link: str, stem: str, title: str = ""
) -> tuple[Outcome, str]:
    """Ask for ``link`` again, its saved copy being ``stem``; what came of it, with the
    page's path (updated, retitled or unchanged) or the reason (skipped). ``title`` is
    the feed entry's title now ("" for a page asked by its URL: its title is its own).

    Raises:
        Refused, Failed, Cancelled: As `PoliteClient.get`.
        FetchError: The corpus cannot be written.
    """
    rel = saved_page(root, stem)
    if rel is None:
        return "skipped", f"not fetched again: no saved web page at {stem}"
    sidecar = inside(root, sidecar_path(rel))
    meta = read_sidecar(sidecar)
    response = client.get(
        link, "page", etag=_text(meta.get("etag")), last_modified=_text(meta.get("last_modified"))
    )
    retitled = bool(title) and isinstance(meta.get("title"), str) and meta["title"] != title
    if retitled:
        meta["title"] = title
    try:
        if response.not_modified or (body := _body(response)) == inside(root, rel).read_bytes():
            if not retitled:
                return "unchanged", rel.as_posix()
            import tomli_w

            atomic_write(sidecar, tomli_w.dumps(meta).encode("utf-8"))  # the page as it was
        else:
            save_page(root, rel, body, _renewed(meta, response))
    except OSError as error:
        raise FetchError(f"cannot write into the corpus: {error.strerror or error}") from None
    return ("retitled" if retitled else "updated"), rel.as_posix()


def _body(response: Fetched) -> bytes:
    """The page's bytes as they would be saved (its charset stated)."""
    return with_charset(response.body, response.charset, read_head(response.body, response.url))


def _renewed(meta: dict[str, Any], response: Fetched) -> dict[str, Any]:
    """The sidecar of a page written over: when and from where it came, its validators."""
    renewed = dict(meta)
    renewed["fetched_url"] = response.url
    renewed["fetched_at"] = datetime.now(UTC).replace(microsecond=0)
    for key, value in (
        ("etag", response.etag),
        ("last_modified", response.last_modified),
        ("content_type", response.media),
    ):
        if value:
            renewed[key] = value
        else:
            renewed.pop(key, None)  # an old validator would ask for the old copy
    return renewed
