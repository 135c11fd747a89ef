"""Connecting to OpenSearch: the URL, credentials and TLS, and errors as one-line reasons.

The client library (opensearch-py) is imported here, inside `connect`, and nowhere else
at import time: the default Whoosh path never loads it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import unquote, urlsplit

from index.errors import IndexLocked, IndexMissing, StoreError

DEFAULT_URL = "http://127.0.0.1:9200"
URL_ENV = "BROADSHEET_OPENSEARCH_URL"
USER_ENV = "BROADSHEET_OPENSEARCH_USER"
PASSWORD_ENV = "BROADSHEET_OPENSEARCH_PASSWORD"
CA_ENV = "BROADSHEET_OPENSEARCH_CA_CERTS"
"""A PEM file of the CAs to trust (a cluster with its own certificate authority)."""


class EngineError(StoreError):
    """An OpenSearch request failed; ``str(error)`` is one line for the user."""


class EngineUnavailable(EngineError):
    """No OpenSearch answers at the URL (or the client library is not installed)."""


class EngineMissing(EngineError, IndexMissing):
    """The index (alias) does not exist on the cluster: it was never built."""


class EngineLocked(EngineError, IndexLocked):
    """Another rebuild or update of the same index is running."""


def configured_url() -> str:
    """The cluster's URL: ``BROADSHEET_OPENSEARCH_URL``, or a node on this machine."""
    return os.environ.get(URL_ENV) or DEFAULT_URL


def public_url(url: str) -> str:
    """``url`` without its user and password, for messages."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path.rstrip('/')}"


def connect(url: str | None = None, *, timeout: float = 30.0, compress: bool = False) -> Any:
    """An OpenSearch client for ``url`` (default: `configured_url`).

    User and password come from the URL (``https://user:pass@host:9200``) or from
    ``BROADSHEET_OPENSEARCH_USER`` and ``BROADSHEET_OPENSEARCH_PASSWORD``. Certificates
    of an https URL are always verified: against certifi's CAs, or the PEM file named by
    ``BROADSHEET_OPENSEARCH_CA_CERTS``.

    Args:
        url: ``http[s]://[user:password@]host[:port][/prefix]``.
        timeout: Seconds to wait for one request.
        compress: Gzip request bodies (worth it for bulk loads over a network).

    Raises:
        EngineUnavailable: opensearch-py is not installed, or the URL is malformed.
    """
    url = url or configured_url()
    try:
        from opensearchpy import OpenSearch
    except ImportError as error:
        raise EngineUnavailable(
            "the OpenSearch engine needs opensearch-py: pip install 'broadsheet[opensearch]'"
        ) from error
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EngineUnavailable(
            f"not an OpenSearch URL: {public_url(url)!r} (want http[s]://host:port)"
        )
    https = parts.scheme == "https"
    user = unquote(parts.username) if parts.username else os.environ.get(USER_ENV)
    password = unquote(parts.password) if parts.password else os.environ.get(PASSWORD_ENV)
    host: dict[str, Any] = {
        "host": parts.hostname,
        "port": parts.port or (443 if https else 80),
        "scheme": parts.scheme,
    }
    if parts.path.strip("/"):
        host["url_prefix"] = parts.path.strip("/")
    return OpenSearch(
        hosts=[host],
        http_auth=(user, password or "") if user else None,
        use_ssl=https,
        verify_certs=True,
        ca_certs=os.environ.get(CA_ENV) or None,
        ssl_show_warn=True,
        http_compress=compress,
        timeout=timeout,
        max_retries=2,
        retry_on_timeout=True,
        pool_maxsize=4,  # a rebuild's bulk senders and the reader's searches at once
    )


@contextmanager
def engine_errors(url: str) -> Iterator[None]:
    """Turn the client's exceptions into `EngineError`s with one readable line."""
    from opensearchpy.exceptions import (
        AuthenticationException,
        AuthorizationException,
        NotFoundError,
        TransportError,
    )
    from opensearchpy.exceptions import ConnectionError as ClientConnectionError

    where = public_url(url)
    try:
        yield
    except ClientConnectionError as error:
        raise EngineUnavailable(f"cannot reach OpenSearch at {where} ({_reason(error)})") from error
    except (AuthenticationException, AuthorizationException) as error:
        raise EngineError(
            f"OpenSearch at {where} refused the credentials ({_reason(error)})"
        ) from error
    except NotFoundError as error:
        raise EngineMissing(f"not found on OpenSearch at {where}: {_reason(error)}") from error
    except TransportError as error:
        raise EngineError(f"OpenSearch at {where} answered {_reason(error)}") from error


def _reason(error: Any) -> str:
    """The shortest useful account of a client error: status, type and reason."""
    status = getattr(error, "status_code", None)
    info = getattr(error, "info", None)
    detail = ""
    if isinstance(info, dict):
        cause = info.get("error")
        if isinstance(cause, dict):
            detail = f"{cause.get('type', '')}: {cause.get('reason', '')}".strip(": ")
        elif cause:
            detail = str(cause)
    if not detail:
        detail = str(getattr(error, "error", "") or error)
    text = f"{status} {detail}" if isinstance(status, int) else detail
    return " ".join(text.split())[:300]
