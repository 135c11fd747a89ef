"""The notebook's errors: each one's ``str()`` is one line a user can act on."""

from __future__ import annotations


class NotebookError(Exception):
    """Base of the notebook errors; ``str(error)`` is one line a user can act on."""


class NotebookBusy(NotebookError):
    """Another process held the notebook's write lock for longer than the timeout."""


class NotebookDamaged(NotebookError):
    """The notebook file is not a SQLite database, or its integrity check failed."""


class NotebookTooNew(NotebookError):
    """The notebook was written by a newer broadsheet (a schema version this one lacks)."""


class InvalidValue(NotebookError, ValueError):
    """A tag, name, note or position was refused (empty, too long, out of range...)."""


class NotFound(NotebookError, LookupError):
    """No such highlight, saved search or followed story."""


class AlreadyExists(NotebookError):
    """A saved search or followed story of that name is already there."""


class QuoteNotFound(NotebookError, LookupError):
    """The quoted text does not occur in the article."""
