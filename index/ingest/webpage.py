"""Saved web pages: the article's text and metadata out of the HTML around it.

The extraction is trafilatura's (the best-kept news-page extractor: it drops menus,
sidebars, comments and footers, and reads title, author, site name, date and canonical
URL from the page's metadata). It works on the string it is given and never fetches
anything. Its text then goes through the same cleaning as any other article.
"""

from __future__ import annotations

import codecs
import html as html_text
import logging
import re
from dataclasses import dataclass
from typing import Any

from index.ingest.decode import decode
from index.ingest.page_author import page_byline, page_place
from index.text.outlets import known_outlet, outlet_from_url_line, split_title_suffix
from index.text.unlisted_outlet import unlisted_outlet

_LIBRARY_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")
for _name in _LIBRARY_LOGGERS:
    # their warnings ("empty HTML tree"...) must not reach a terminal the reader is drawing
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE
)
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
_DATE_OPTIONS = {
    "extensive_search": False,
    "original_date": True,
    "deferred_url_extractor": True,
    "outputformat": _DATE_FORMAT,
}
"""Dates only from the page's metadata: a year in a copyright line is not a date. The
original (published) date is the article's date; the last-modified one is kept beside it.
A date in the page's address (/2017/02/12/) only when its metadata gives none: the page's
own ``article:published_time`` (2017-02-13) is the article's (nu23 #5). The time and its
offset are kept (htmldate's default output is the day alone: "T23:30-05:00" was stored as
the 13th, not 04:30 UTC on the 14th, nu25 #1); a page that gives only a day still gets it."""


class PageUnreadable(Exception):
    """The extractor could not read a page (or could not be loaded at all); says why."""


@dataclass(frozen=True, slots=True)
class Page:
    """What a web page says about its article."""

    text: str
    metadata: dict[str, str]


def decode_html(data: bytes) -> str:
    """HTML bytes to text: the charset the page declares, else the usual detection.

    Raises:
        DecodeError: The bytes are empty, binary, or in no detectable encoding.
    """
    declared = _META_CHARSET.search(data[:4096])
    if declared and b"\x00" not in data[:4096]:
        try:
            codec = codecs.lookup(declared.group(1).decode("ascii"))
            text = data.decode(_utf8_if_valid(data, codec.name))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common: detect instead
        else:
            if text.strip():
                return text.removeprefix("\ufeff")
    return decode(data)


def _utf8_if_valid(data: bytes, declared: str) -> str:
    """UTF-8 when the bytes, not all ASCII, are valid UTF-8, else the declared codec.

    A single-byte codec (latin-1) decodes any bytes, so a UTF-8 page declaring it would
    never be found out ("CafÃ© owner speaks", nu25 #6); text in another codec with
    non-ASCII bytes is almost never valid UTF-8 by chance.
    """
    if declared == "utf-8" or data.isascii():
        return declared
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return declared
    return "utf-8"


def extract_page(html: str) -> Page | None:
    """The main text (paragraphs separated by blank lines) and metadata of a page.

    Returns:
        None when the page has no article text.

    Raises:
        PageUnreadable: The extractor failed on this page, or could not be imported (an
            install without lxml's HTML cleaner, ``lxml_html_clean``, fails so).
    """
    try:
        from trafilatura import bare_extraction
    except Exception as error:  # ImportError, or whatever a broken install raises
        raise PageUnreadable(f"the HTML extractor could not load: {error}") from error
    try:
        document: Any = bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            date_extraction_params=_DATE_OPTIONS,
        )
    except (ValueError, TypeError, AttributeError, RecursionError):
        return None  # lxml and trafilatura give up on some malformed documents
    except Exception as error:  # any other failure costs this page, never the build
        raise PageUnreadable(f"the HTML extractor failed: {type(error).__name__}") from error
    if document is None:
        return None
    text = "\n\n".join(line.strip() for line in (document.text or "").split("\n") if line.strip())
    if not text:
        return None
    metadata = {
        key: str(value).strip()
        for key, value in (
            ("title", document.title),
            ("source", _site(document.sitename, html)),
            ("byline", page_byline(document.author) if document.author else None),
            ("dateline", page_place(document.author) if document.author else None),
            ("date", document.date),
            ("updated", _updated(html, document.date)),
            ("url", document.url),
        )
        if value and str(value).strip()
    }
    return Page(text, metadata)


def _site(sitename: str | None, html: str) -> str | None:
    """The page's outlet: its site name, else the outlet after a bar in its ``<title>``,
    which beats a bare host the table does not know ("riverton-post.com")."""
    if not sitename:
        return _title_suffix_outlet(html) or sitename
    # Without og:site_name, trafilatura names the site by the canonical address's host
    # ("bbc.co.uk"): the table's outlet ("BBC News"), as on a .txt's address line (nu25 #2)
    site = outlet_from_url_line(sitename) or sitename
    bare = site == sitename.lower().strip(".").removeprefix("www.")  # a host the table lacks
    if not bare or not ("." in site and " " not in site):  # the table's, even "FactCheck.org"
        return site
    return _title_suffix_outlet(html) or site


_TITLE = re.compile(r"<title[^>]*>([^<]{1,400})</title>", re.IGNORECASE)


def _title_suffix_outlet(html: str) -> str | None:
    """The outlet after a bar in the page's ``<title>`` ("Café owners fear flood | Riverton
    Post"), for a page with no site name, when the table knows it or it reads as an
    outlet's name (a press word ends it: `unlisted_outlet`); trafilatura drops the suffix
    from the title, and the outlet with it (nu28 #10)."""
    found = _TITLE.search(html[:20000])
    if found is None:
        return None
    split = split_title_suffix(" ".join(html_text.unescape(found.group(1)).split()))
    if split is None:
        return None
    return known_outlet(split[1]) or unlisted_outlet(split[1])


def _updated(html: str, published: str | None) -> str | None:
    """The page's last-modified date (from its metadata), when it differs from the published."""
    from htmldate import find_date  # trafilatura's own date library

    try:
        modified = find_date(
            html,
            original_date=False,
            extensive_search=False,
            deferred_url_extractor=True,
            outputformat=_DATE_FORMAT,
        )
    except (ValueError, TypeError, AttributeError, RecursionError):
        return None
    return modified if modified and modified != published else None
