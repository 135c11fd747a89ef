"""The digest of each JSON Lines record, kept in its file's manifest entry: an update of an
edited file re-indexes only the records whose digest changed (lf31 #2).

Light on purpose: an update's freshness check imports it (`index.store.collect`), and must
not import the readers.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping
from typing import Any

DIGEST_BYTES = 8
"""A record's digest (`record_digest`): compared only with the digest its id had before, so
an edit goes unseen with a chance of 2**-64."""


def record_digest(line: bytes) -> bytes:
    """The digest of a JSON Lines record: of its line's bytes without the whitespace around
    them (the line's end). Its bytes, not the record parsed: they are at hand where lines are
    read (a rebuild's main process reads them, its workers parse them), and the same bytes
    make the same article; an edit of spaces or of the order of keys re-indexes the record."""
    return hashlib.blake2b(line.strip(), digest_size=DIGEST_BYTES).digest()


def pack_digests(digests: list[bytes]) -> str:
    """Digests as one string for a file's manifest entry (parsed on every freshness check:
    one string, not a list, 11 characters a record)."""
    return base64.b64encode(b"".join(digests)).decode("ascii")


def unpack_digests(entry: Mapping[str, Any] | None) -> dict[str, bytes] | None:
    """The digest of each id of a JSON Lines file's manifest entry (`pack_digests`); None
    when the entry has none (an index built before them) or they do not match its ids."""
    packed = entry.get("records") if entry is not None else None
    ids = entry.get("ids") if entry is not None else None
    if not isinstance(packed, str) or not isinstance(ids, list):
        return None
    try:
        raw = base64.b64decode(packed, validate=True)
    except ValueError:
        return None
    if len(raw) != DIGEST_BYTES * len(ids):
        return None
    step = DIGEST_BYTES
    return {article_id: raw[at * step : at * step + step] for at, article_id in enumerate(ids)}
