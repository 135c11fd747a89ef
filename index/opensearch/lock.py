"""One writer at a time for each index: a lock document on the cluster, with a heartbeat.

The lock is one document in a small hidden index, ``NAME.lock``, created with
``op_type=create`` so that exactly one writer gets it. A writer that died leaves the
document behind: it is taken over when its process is gone (same machine) or its
heartbeat is older than `STALE_SECONDS`, with optimistic concurrency so that two
writers cannot both take it over.
"""

from __future__ import annotations

import os
import socket
import time
import uuid
from contextlib import suppress
from datetime import UTC, datetime
from typing import Any

from index.opensearch.client import EngineLocked

LOCK_ID = "writer"
STALE_SECONDS = 600.0
"""A lock whose heartbeat is older than this belongs to a writer that died."""
HEARTBEAT_SECONDS = 15.0


def lock_index(name: str) -> str:
    """The hidden index holding the lock document of the index ``name``."""
    return f"{name}.lock"


class BuildLock:
    """Held while a rebuild or update of one index runs (a context manager).

    Raises:
        EngineLocked: On entry, when another live writer holds the lock.
    """

    def __init__(self, client: Any, name: str) -> None:
        self.client = client
        self.index = lock_index(name)
        self.token = uuid.uuid4().hex
        self._version: tuple[int, int] | None = None
        self._beat = 0.0

    def _body(self) -> dict[str, Any]:
        return {
            "token": self.token,
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "started": datetime.now(UTC).isoformat(timespec="seconds"),
            "heartbeat": time.time(),
        }

    def __enter__(self) -> BuildLock:
        from opensearchpy.exceptions import ConflictError

        self._ensure_index()
        try:
            answer = self.client.create(index=self.index, id=LOCK_ID, body=self._body())
        except ConflictError:
            answer = self._take_over()
        self._remember(answer)
        return self

    def __exit__(self, *exc: object) -> None:
        from opensearchpy.exceptions import ConflictError, NotFoundError

        if self._version is None:
            return
        seq_no, term = self._version
        # a lock taken over after this writer stalled is someone else's now: leave it
        with suppress(ConflictError, NotFoundError):
            self.client.delete(index=self.index, id=LOCK_ID, if_seq_no=seq_no, if_primary_term=term)

    def heartbeat(self) -> None:
        """Tell other writers this one is alive (at most every `HEARTBEAT_SECONDS`).

        Raises:
            EngineLocked: Another writer took the lock over (this one stalled too long).
        """
        from opensearchpy.exceptions import ConflictError, NotFoundError

        now = time.monotonic()
        if self._version is None or now - self._beat < HEARTBEAT_SECONDS:
            return
        seq_no, term = self._version
        try:
            answer = self.client.index(
                index=self.index,
                id=LOCK_ID,
                body=self._body(),
                if_seq_no=seq_no,
                if_primary_term=term,
            )
        except (ConflictError, NotFoundError) as error:
            self._version = None
            raise EngineLocked(
                "another writer took over the index lock while this one stalled"
            ) from error
        self._remember(answer)

    def _remember(self, answer: dict[str, Any]) -> None:
        self._version = (int(answer["_seq_no"]), int(answer["_primary_term"]))
        self._beat = time.monotonic()

    def _take_over(self) -> dict[str, Any]:
        from opensearchpy.exceptions import ConflictError, NotFoundError

        try:
            current = self.client.get(index=self.index, id=LOCK_ID)
        except NotFoundError:
            # released between our create and this read: try once more
            try:
                return dict(self.client.create(index=self.index, id=LOCK_ID, body=self._body()))
            except ConflictError as error:
                raise EngineLocked("another rebuild or update of this index is running") from error
        holder = current.get("_source", {})
        if not _stale(holder):
            raise EngineLocked(
                "another rebuild or update of this index is running "
                f"(on {holder.get('host')}, pid {holder.get('pid')}, since {holder.get('started')})"
            )
        try:
            return dict(
                self.client.index(
                    index=self.index,
                    id=LOCK_ID,
                    body=self._body(),
                    if_seq_no=current["_seq_no"],
                    if_primary_term=current["_primary_term"],
                )
            )
        except ConflictError as error:
            raise EngineLocked("another rebuild or update of this index is running") from error

    def _ensure_index(self) -> None:
        from opensearchpy.exceptions import RequestError

        if self.client.indices.exists(index=self.index):
            return
        body = {
            "settings": {"index": {"hidden": True, "number_of_shards": 1, "number_of_replicas": 0}},
            "mappings": {"dynamic": False, "properties": {}},
        }
        try:
            self.client.indices.create(index=self.index, body=body)
        except RequestError as error:
            if "already_exists" not in str(getattr(error, "error", "")):
                raise


def _stale(holder: dict[str, Any]) -> bool:
    """True if the writer that holds the lock is gone."""
    beat = holder.get("heartbeat")
    if not isinstance(beat, int | float) or time.time() - beat > STALE_SECONDS:
        return True
    pid = holder.get("pid")
    if holder.get("host") == socket.gethostname() and isinstance(pid, int):
        if pid == os.getpid():
            return False  # this process: another writer of ours, alive
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
    return False
