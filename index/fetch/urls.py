"""URLs: which may be fetched, how tracking is taken off, and the key that finds duplicates."""

from __future__ import annotations

import contextlib
import re
from urllib.parse import (
    SplitResult,
    parse_qsl,
    quote,
    unquote,
    urlencode,
    urljoin,
    urlsplit,
    urlunsplit,
)

SCHEMES = ("http", "https")
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "ocid",
        "cmpid",
        "ref_src",
        "ref_url",
        "smid",
        "sr_share",
        "at_medium",
        "at_campaign",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "__twitter_impression",
    }
)
"""Query parameters that only tell a site where a click came from (``utm_*`` as well)."""
_DEFAULT_PORTS = {"http": 80, "https": 443}
_UNRESERVED = re.compile(r"%([0-9A-Fa-f]{2})")


class BadURL(ValueError):
    """A URL that broadsheet will not fetch; ``str(error)`` is a one-line reason."""


def check_url(url: str, base: str | None = None) -> str:
    """Make ``url`` absolute (against ``base``) and check that it may be fetched.

    Only http and https with a host are allowed: file:, ftp:, data:, javascript: and the
    rest are refused, and so are user names and passwords in the URL.

    Returns:
        The absolute URL, without its fragment.

    Raises:
        BadURL: The URL is not one broadsheet fetches.
    """
    text = url.strip()
    if any(ord(c) < 0x21 for c in text):
        raise BadURL(f"not a URL (spaces or control characters): {text[:80]!r}")
    if base is not None:
        text = urljoin(base, text)
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 (raises ValueError for a port out of range)
    except ValueError as error:
        raise BadURL(f"not a URL ({error}): {text[:80]!r}") from None
    scheme = parts.scheme.lower()
    if not scheme:  # a path or a bare host: "not no scheme" said nothing to a person
        raise BadURL(
            f"only http and https URLs are fetched, and {text[:80]!r} is not one"
            " (it has no http:// or https://)"
        )
    if scheme not in SCHEMES:
        raise BadURL(f"only http and https URLs are fetched, not {scheme}: ({text[:80]!r})")
    if not parts.hostname:
        raise BadURL(f"no host in URL: {text[:80]!r}")
    if parts.username is not None or parts.password is not None:
        raise BadURL("URLs with a user name or password are refused")
    path = parts.path or "/"
    if "/." in path:  # dot segments: check robots.txt against the path the server gets
        path = urlsplit(urljoin("http://host/", path)).path
    return urlunsplit((scheme, parts.netloc, path, parts.query, ""))


def split(url: str) -> SplitResult:
    """`urlsplit` that never raises: a URL it cannot split (``https://[``) has no host."""
    try:
        return urlsplit(url)
    except ValueError:
        return SplitResult("", "", "", "", "")


def _port(parts: SplitResult) -> int | None:
    try:
        return parts.port
    except ValueError:
        return None


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered.startswith("utm_") or lowered in TRACKING_PARAMS


def clean_url(url: str) -> str:
    """``url`` without its fragment and tracking parameters (``utm_*``, ``fbclid``...)."""
    parts = split(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if not _is_tracking(k)]
    query = parts.query if len(kept) == len(pairs) else urlencode(kept, quote_via=quote)
    return urlunsplit((parts.scheme.lower(), parts.netloc, parts.path or "/", query, ""))


def _normal_escapes(text: str) -> str:
    """Percent escapes in one case, and unreserved characters unescaped (RFC 3986 6.2.2)."""

    def fix(match: re.Match[str]) -> str:
        char = chr(int(match.group(1), 16))
        if char.isascii() and (char.isalnum() or char in "-._~"):
            return char
        return "%" + match.group(1).upper()

    return _UNRESERVED.sub(fix, text)


def url_key(url: str) -> str:
    """The key under which an article's URLs count as one (for saving it only once).

    Scheme, fragment, tracking parameters, default port, the order of the query and
    the spelling of percent escapes do not count; the rest of the URL does.
    """
    parts = split(url.strip())
    host = (parts.hostname or "").rstrip(".")
    if not host.isascii():
        with contextlib.suppress(UnicodeError):  # bücher.example is xn--bcher-kva.example
            host = host.encode("idna").decode("ascii").lower()
    port = _port(parts)
    if port is not None and port != _DEFAULT_PORTS.get(parts.scheme.lower()):
        host = f"{host}:{port}"
    pairs = sorted(
        (_normal_escapes(k), _normal_escapes(v))
        for k, v in (p.split("=", 1) if "=" in p else (p, "") for p in parts.query.split("&"))
        if (k or v) and not _is_tracking(unquote(k))
    )
    query = "&".join(f"{k}={v}" if v else k for k, v in pairs)
    path = _normal_escapes(parts.path or "/")
    return f"{host}{path}" + (f"?{query}" if query else "")


def host_of(url: str) -> str:
    """The host and port requests to ``url`` go to (the unit of rate limits and robots.txt)."""
    parts = split(url)
    host = (parts.hostname or "").rstrip(".")
    port = _port(parts)
    return f"{host}:{port}" if port is not None else host


def origin_of(url: str) -> str:
    """``scheme://host[:port]`` of ``url`` (where its robots.txt lives)."""
    parts = split(url)
    return f"{parts.scheme.lower()}://{parts.netloc.rsplit('@', 1)[-1].lower()}"


def distinct_saved(links: list[str], known: dict[str, str]) -> tuple[str, ...]:
    """``links`` to articles the corpus holds, in order, each article once: two URLs of one
    article (``a1.html`` and ``a1.html?utm_campaign=z``, or both saved as one page) count
    once (nu57 #5: "4 already saved" for 3 articles). ``known``: saved copies by `url_key`."""
    seen: set[str] = set()
    kept: list[str] = []
    for link in links:
        key = url_key(link)
        article = known.get(key, key)
        if article not in seen:
            seen.add(article)
            kept.append(link)
    return tuple(kept)
