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
from dataclasses import dataclass, field
from typing import Any

from index.ingest.decode import decode
from index.ingest.page_author import page_byline, page_place
from index.ingest.page_jsonld import LinkedData, read_linked_data
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
EARLIEST_DATE = "1800-01-01"
"""The earliest date a page's metadata may give: htmldate's own floor is 1995 (against a
copyright year read as a date), which dropped every archived wire of the 1980s silently
(nu37 #1); only metadata is read here (no copyright lines), so an old date is the page's."""
NULL_DAYS = frozenset({"1970-01-01", "1969-12-31", "1900-01-01", "1899-12-30", "1899-12-31"})
"""Days a CMS writes for "no date": the Unix epoch (and its eve west of UTC), the SQL and
spreadsheet zero days. Under htmldate's 1995 floor they never came through; under ours a
page stating one is read with that floor instead, as before hd34 (rv35 #5)."""
_DATE_OPTIONS = {
    "min_date": EARLIEST_DATE,
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


LINKED_DATA = "page metadata (JSON-LD)"
"""Where an outlet or byline read from the page's JSON-LD (`read_linked_data`) came from."""
HEADLINE_DATE = "the page's headline (no date in its metadata)"
"""Where a date came from that htmldate read off the page's ``<title>`` or ``<h1>`` alone
("Week in pictures: 29 January - 3 February 2017"): weaker than a stated date, since a
headline may name the day of an event long past (nu50 #8)."""


class PageUnreadable(Exception):
    """The extractor could not read a page (or could not be loaded at all); says why."""


@dataclass(frozen=True, slots=True)
class Page:
    """What a web page says about its article; ``origins`` names where a fact came from
    when that is not the page's metadata as trafilatura reads it (its JSON-LD, its headline)."""

    text: str
    metadata: dict[str, str]
    origins: dict[str, str] = field(default_factory=dict)


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
    linked = read_linked_data(html)
    author = document.author or linked.authors  # JSON-LD's authors when the page names none
    source = _site(document.sitename, document.title or "", html, linked)
    metadata = {
        key: str(value).strip()
        for key, value in (
            ("title", None if _bare_suffix(document.title or "") else document.title),
            ("source", source),
            ("byline", page_byline(author) if author else None),
            ("dateline", page_place(author) if author else None),
            ("date", _day_alone(_not_null(document.date, html, original=True))),
            ("updated", _day_alone(_updated(html, document.date))),
            ("url", document.url),
        )
        if value and str(value).strip()
    }
    origins = {}
    if source and source == linked.publisher and source != document.sitename:
        origins["source"] = LINKED_DATA
    if author and not document.author:
        origins.update({key: LINKED_DATA for key in ("byline", "dateline") if key in metadata})
    if "date" in metadata and _headline_dated(html, metadata["date"], document.url):
        origins["date"] = HEADLINE_DATE
    return Page(text, metadata, origins)


def _site(sitename: str | None, headline: str, html: str, linked: LinkedData) -> str | None:
    """The page's outlet: its site name, else its JSON-LD publisher, else the outlet after
    a bar in its ``<title>``, which beat a bare host the table does not know
    ("riverton-post.com"). A site name that is the headline is none (`_headline_piece`)."""
    if sitename and _headline_piece(sitename, headline, html):
        sitename = None
    if not sitename:
        return linked.publisher or _title_suffix_outlet(html)
    # Without og:site_name, trafilatura names the site by the canonical address's host
    # ("bbc.co.uk"): the table's outlet ("BBC News"), as on a .txt's address line (nu25 #2)
    site = outlet_from_url_line(sitename) or sitename
    bare = site == sitename.lower().strip(".").removeprefix("www.")  # a host the table lacks
    if not bare or not ("." in site and " " not in site):  # the table's, even "FactCheck.org"
        return site
    return linked.publisher or _title_suffix_outlet(html) or site


def _headline_piece(sitename: str, headline: str, html: str) -> bool:
    """Whether trafilatura's site name is the page's headline, not its outlet (nu50 #1).

    Without og:site_name trafilatura takes the first part of the ``<title>`` holding a
    "." as the site name: "Stefanik voted in as House GOP's new No. 3 leader - Politico"
    gave the headline. A name the table knows is an outlet; else a name equal to the
    headline, or one with a "." inside the headline or the ``<title>`` before its last
    separator, is a piece of the headline, unless the page states it as its og:site_name
    ("Tampabay.com", "Yahoo! News", "Riverton Gazette Inc.": rv54)."""
    if known_outlet(sitename) or outlet_from_url_line(sitename):
        return False
    name = _folded(sitename)
    if name == _folded(headline):
        return True
    if "." not in name or name in _stated_site_names(html):
        return False
    found = _TITLE.search(html[:20000])
    split = _TITLE_PARTS.match(_folded(html_text.unescape(found.group(1)))) if found else None
    return name in _folded(headline) or (split is not None and name in split.group(1))


_SITE_NAME = re.compile(
    r"<meta\s[^>]*?(?:property|name)=[\"']og:site_name[\"'][^>]*?content=[\"']([^\"']{1,200})"
    r"|<meta\s[^>]*?content=[\"']([^\"']{1,200})[\"'][^>]*?(?:property|name)=[\"']og:site_name",
    re.IGNORECASE,
)


def _stated_site_names(html: str) -> set[str]:
    """The site names the page's og:site_name tags state, folded (`_folded`)."""
    found = _SITE_NAME.finditer(html[:50000])
    return {_folded(html_text.unescape(m.group(1) or m.group(2))) for m in found}


def _folded(text: str) -> str:
    """Text compared without case or spacing."""
    return " ".join(text.split()).casefold()


_TITLE = re.compile(r"<title[^>]*>([^<]{1,400})</title>", re.IGNORECASE)
_TITLE_PARTS = re.compile(r"^(.+)\s+[–•·—|⁄*⋆~‹«<›»>:-]\s+(.+)$")
"""A ``<title>``'s headline and its last part, split as trafilatura splits it."""


def _title_suffix_outlet(html: str) -> str | None:
    """The outlet after a bar in the page's ``<title>`` ("Café owners fear flood | Riverton
    Post"), for a page with no site name, when the table knows it or it reads as an
    outlet's name (a press word ends it: `unlisted_outlet`); trafilatura drops the suffix
    from the title, and the outlet with it (nu28 #10)."""
    found = _TITLE.search(html[:20000])
    if found is None:
        return None
    title = " ".join(html_text.unescape(found.group(1)).split())
    split = split_title_suffix(title)
    name = split[1] if split is not None else _bare_suffix(title)
    if name is None:
        return None
    return known_outlet(name) or unlisted_outlet(name)


_BARE_SUFFIX = re.compile(r"^\s*(?:[|:•»·]|::|[-–—](?=\s))\s*(?P<outlet>\S.*?)\s*$")


def _bare_suffix(title: str) -> str | None:
    """The outlet of a title that is only a separator and an outlet (`<title> | Al
    Jazeera</title>` of a page whose headline is empty), else None: never a title (nu36
    #10: "| Al Jazeera" was one)."""
    found = _BARE_SUFFIX.match(title)
    if found is None:
        return None
    split = split_title_suffix(f"Headline {title.strip()}")
    return split[1] if split is not None else None


def _day_alone(when: str | None) -> str | None:
    """htmldate's date as the page states it: a page that gives only a day comes back at a
    midnight without an offset ("2024-03-04T00:00:00"), the day alone; a stated time has
    its offset ("2024-03-04T00:00:00+0000": a moment at midnight, fd34)."""
    return when[:10] if when and when.endswith("T00:00:00") else when


def _updated(html: str, published: str | None) -> str | None:
    """The page's last-modified date (from its metadata), when it differs from the published."""
    modified = _not_null(
        _find_date(html, original=False, floor=EARLIEST_DATE), html, original=False
    )
    return modified if modified and modified != published else None


def _not_null(when: str | None, html: str, *, original: bool) -> str | None:
    """``when``, unless it falls on a null day (`NULL_DAYS`): then what htmldate finds
    with its own 1995 floor (another metadata date, the address's), or None."""
    if when is None or when[:10] not in NULL_DAYS:
        return when
    again = _find_date(html, original=original, floor=None)
    return None if again is None or again[:10] in NULL_DAYS else again


_HEADLINES = re.compile(r"<(title|h1)\b[^>]{0,400}>(.{0,1000}?)</\1\s*>", re.IGNORECASE | re.DOTALL)


def _headline_dated(html: str, when: str, url: str | None) -> bool:
    """Whether htmldate's date ``when`` came from the page's headline (``<title>``,
    ``<h1>``) alone: it names the year, and without the headlines the page gives another
    date or none. htmldate reads the headlines when the metadata gives no date."""
    heads = list(_HEADLINES.finditer(html))
    if not any(when[:4] in found.group(2) for found in heads):
        return False  # the usual page: no second look
    bare = _HEADLINES.sub(lambda found: f"<{found.group(1)}></{found.group(1)}>", html)
    again = _not_null(
        _find_date(bare, original=True, floor=EARLIEST_DATE, url=url), bare, original=True
    )
    return again is None or again[:10] != when[:10]


def _find_date(
    html: str, *, original: bool, floor: str | None, url: str | None = None
) -> str | None:
    """htmldate's published (``original``) or last-modified date from the page's metadata
    alone (and ``url``, the page's address, when it gives none), no earlier than ``floor``
    (None: htmldate's own, 1995); None when it finds none."""
    from htmldate import find_date  # trafilatura's own date library

    try:
        return find_date(
            html,
            original_date=original,
            extensive_search=False,
            min_date=floor,
            deferred_url_extractor=True,
            outputformat=_DATE_FORMAT,
            url=url,
        )
    except (ValueError, TypeError, AttributeError, RecursionError):
        return None
