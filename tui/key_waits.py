"""What an action tells the keys typed after it to wait for, and tells them when it came: a
screen (`expect_screen`), a result (`expect_result`, `result_came`), a screen's content
(`expect_content`, `content_ticket`), a worker's answer (`keys_wait_for`, `ticket_of`); whether
keys are held meanwhile (`input_held`).
An app that is no `key_order.KeysInOrder` holds no keys: each is then a no-op."""

from __future__ import annotations

from typing import Any, TypeVar
from weakref import WeakKeyDictionary

from textual.app import App
from textual.screen import Screen
from textual.worker import Worker

from tui.key_order import KeysInOrder

Answer = TypeVar("Answer")


def expect_screen(app: App[object]) -> int | None:
    """Keys typed from now wait for the screen an action of ``app`` pushes later. Returns
    the wait's ticket (None: no keys wait)."""
    if isinstance(app, KeysInOrder):
        return app.expect_screen()
    return None


def screen_not_coming(app: App[object], ticket: int | None = None) -> None:
    """The screen announced by `expect_screen` will not come after all (with its
    ``ticket``: only if the keys still wait for it)."""
    if isinstance(app, KeysInOrder):
        app.screen_not_coming(ticket)


def expect_result(app: App[object]) -> int | None:
    """Keys typed from now wait until ``app`` is told `result_came`. Returns the wait's
    ticket (None: no keys wait)."""
    if isinstance(app, KeysInOrder):
        return app.expect_result()
    return None


def expect_content(app: App[object]) -> int | None:
    """Keys typed from now wait until ``app`` is told `result_came`, except those that
    leave the screen (esc, ctrl+q). Returns the wait's ticket (None: no keys wait)."""
    if isinstance(app, KeysInOrder):
        return app.expect_content()
    return None


def result_came(app: App[object], ticket: int | None = None) -> None:
    """The result announced by `expect_result` came, or will not (with its ``ticket``:
    only if the keys still wait for it)."""
    if isinstance(app, KeysInOrder):
        app.result_came(ticket)


def screen_expected(app: App[object]) -> bool:
    """Whether the keys of ``app`` wait for a screen an action said would come."""
    return isinstance(app, KeysInOrder) and app._screen_expected


def input_held(app: App[object]) -> bool:
    """Whether keys (or clicks) typed at ``app`` wait their turn: the user is acting on the
    screen they were typed at, which a screen pushed now would cover (nu75)."""
    return isinstance(app, KeysInOrder) and bool(app._held_keys)


def content_ticket(screen: Screen[Any]) -> int | None:
    """The ticket of the wait for ``screen``'s content (`CONTENT_COMES`), None if none."""
    app = screen.app
    return app._content_tickets.get(screen) if isinstance(app, KeysInOrder) else None


_WAITED_FOR: WeakKeyDictionary[Worker[Any], int] = WeakKeyDictionary()
"""The ticket of the wait each worker's result ends (`keys_wait_for`)."""


def keys_wait_for(worker: Worker[Answer], ticket: int | None) -> Worker[Answer]:
    """The keys held under ``ticket`` (of `expect_result`, `expect_content` or
    `expect_screen`) wait for ``worker``'s result, or the screen it brings: should it fail, they
    wait no more (`tui.worker_failures.report_failure`); other workers' failures leave
    them held (an article that failed to load handed on the "j" typed behind a search
    still running: fx116). Returns ``worker``."""
    if ticket is not None:
        _WAITED_FOR[worker] = ticket
    return worker


def ticket_of(worker: Worker[Any]) -> int | None:
    """The ticket of the wait ``worker``'s result ends (`keys_wait_for`), None if none."""
    return _WAITED_FOR.get(worker)
