"""Keys act in the order they were typed: each goes to the focus its predecessors left.

Textual routes a key to the widget focused when the app takes it from the terminal, and
looks its binding up only once the key has bubbled back up to the app, through a queue at
every level. In a burst (a terminal under load hands over many keys at once) the app has
routed the later keys before an earlier one acted: "/peacekeepers" sent "/" and "peace" to
the list while "keepers" went to the search bar "/" had focused meanwhile, and the two
paths met in either order ("peacekeeprse"); a backspace was done after the letters that
followed it. So the app routes a key only once the key before it has been handled: a
marker posted behind each key follows it up the same queues, and the next key waits for
the marker to reach the app. (A key the focused input types as text needs no marker:
waiting for each would cost a repaint per key of a burst, 26 ms a key against 3 on a
loaded machine.)

A key that opens a screen (help, a comparison) has acted only once that screen is active:
the keys after it ("?" then escape in one burst) wait for a marker that goes through the
new screen's queue, behind the messages that make it active. When the screen comes later,
from a worker (`c` finds the most similar article first), the action says so with
`expect_screen` and the keys wait for the push (or `screen_not_coming`). Mouse input that
comes while a key is in flight waits its turn as well: a click moves the focus at once, and
the keys typed before it would otherwise go where it moved the focus. A click is aimed at
the screen it was made on: one that comes while a screen is expected acts at once (it can
move no focus the held keys will meet: they go to the new screen), and one held while the
screen changed is dropped rather than replayed at its coordinates on the new screen.

A key whose result a worker brings later (enter in the search bar while the search for its
query still runs: nu25 #5) says so with `expect_result`: the keys after it ("j") wait until
`result_came` (or `RESULT_WAIT`), so they act on the list the search shows, not on the
rows it replaces.

A screen whose content a worker computes (a comparison, a story, quotes) says so with its
class attribute `CONTENT_COMES`; pushed, it calls `expect_content` (on mount was too late: a
marker through its queue came back first now and then, and handed a key on): the keys
typed meanwhile ("jjj]]" right after `c`) wait until `result_came`, then act on the content
in the order typed (they did nothing, before: rv48). A key that leaves (bound to `back` or
`quit`: esc, ctrl+q) does not wait: it acts at once, and the keys held before it go with
the screen it closes. A key that quits and types nothing (ctrl+q) never waits, whatever is
expected: the keys held are dropped (fx142: it waited up to 10 s behind a screen to come).

Every wait has one deadline (`KEY_WAIT`, `SCREEN_WAIT`, `RESULT_WAIT`, `CONTENT_WAIT`), kept
by the one timer (`_arm`): whatever a ticket, a screen or a marker did, the keys held are
handed on by then at the latest (a key typed after it hands them on too, should the timer
be late).

Esc typed just before another key reaches the app as Alt+key (the terminal sends the same
bytes for both): an Alt+key the parser built from Esc and one character, and no binding
takes, is handed on as Esc, then the key (`tui.alt_keys`); Alt+Left and other whole
sequences stay as they came.

What an action says the keys wait for, and when it came, it says through `tui.key_waits`.
"""

from __future__ import annotations

import time
from collections import deque
from functools import partial
from typing import Any, Generic, TypeVar
from weakref import WeakKeyDictionary

from textual import events, on
from textual.app import App
from textual.driver import Driver
from textual.message import Message
from textual.message_pump import MessagePump
from textual.screen import Screen
from textual.timer import Timer

from tui.alt_keys import ALT, escape_then_key, keep_alt_in_bursts

ReturnType = TypeVar("ReturnType")

KEY_WAIT = 0.5
"""Seconds the next key waits at most (a marker lost with a widget removed under it)."""

SCREEN_WAIT = 10.0
"""Seconds keys wait at most for a screen an action said would come (`expect_screen`)."""

RESULT_WAIT = 10.0
"""Seconds keys wait at most for a result an action said would come (`expect_result`)."""

CONTENT_WAIT = 60.0
"""Seconds keys wait at most for a screen's content (`expect_content`): a comparison of
eight articles takes seconds, and esc does not wait for it."""

LEAVING = frozenset({"back", "quit", "app.quit"})
"""Actions a key takes at once while a screen's content is computed."""

QUITTING = frozenset({"quit", "app.quit"})
"""Actions a key that types nothing takes at once, whatever the keys wait for (`_quits`)."""

Held = events.Key | events.Paste | events.MouseEvent
"""Input that waits while a key is in flight."""


class KeyHandled(Message):
    """Posted behind a key, to where the key went: once here again, the key has acted."""

    def __init__(self, serial: int, target: MessagePump | None = None, again: bool = True) -> None:
        super().__init__()
        self.serial = serial
        self.target = target
        """Where it was posted (None: it goes round once only)."""
        self.again = again
        """Whether it goes round once more should messages wait on its way (`_key_handled`)."""


class KeysInOrder(App[ReturnType], Generic[ReturnType]):
    """An app that hands each key on only once the one typed before it has acted."""

    _key_serial = 0
    """The key in flight (its marker has not come back yet), if `_key_waiting`."""
    _key_waiting = False
    _key_timer: Timer | None = None
    _deadline = 0.0
    """When the wait in force ends (`time.monotonic`), should its timer not fire (`_arm`)."""
    _armed = 0
    """How many times a deadline was set: a timer whose count is not this one ends no wait."""
    _screen_expected = False
    """An action said a screen will come (`expect_screen`); keys wait for it."""
    _result_expected = False
    """An action said its result will come (`expect_result`); keys wait for it."""
    _content_expected = False
    """A screen said its content will come (`expect_content`); keys that leave do not wait."""
    _tickets = 0
    """Tickets given so far (`expect_screen`, `expect_result`): each wait has its own."""
    _screen_ticket = 0
    """Which `expect_screen` the keys wait for: a worker of another that fails releases none."""
    _result_ticket = 0
    """Which `expect_result` the keys wait for: an answer to an older one releases none."""

    def __init__(self) -> None:
        super().__init__()
        self._held_keys: deque[tuple[Held, Screen[Any]]] = deque()
        """Keys typed (text pasted, mouse input) while one was in flight, oldest first,
        each with the screen active then."""
        self._content_tickets: WeakKeyDictionary[Screen[Any], int] = WeakKeyDictionary()
        """The ticket of each `CONTENT_COMES` screen's wait (`content_ticket`)."""

    def get_driver_class(self) -> type[Driver]:
        keep_alt_in_bursts()  # Esc then "/" comes as alt+slash, not "/" alone (`tui.alt_keys`)
        return super().get_driver_class()

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and event.key.startswith(ALT) and not event.is_forwarded:
            # the screen's chain has the user's keymap applied (the app's has not)
            bindings = [keys for _, keys in self.screen._modal_binding_chain]
            # Esc typed just before a key came as Alt+key (`tui.alt_keys`): the two keys
            for key in escape_then_key(event, bindings) or [event]:
                await self._take(key)
        else:
            await self._take(event)

    async def _take(self, event: events.Event) -> None:
        """Route ``event``, or hold it while a key is in flight."""
        if not isinstance(event, Held) or event.is_forwarded:
            await super().on_event(event)
            return
        if isinstance(event, events.Key) and self._quits(event):
            self._held_keys.clear()  # ctrl+q: out at once (fx142), the keys held with it
            await self._stop_waiting()
            await self._hand_on(event)
            return
        if self._key_waiting and self._key_timer is not None and self._past_deadline():
            await self._stop_waiting()  # its timer did not fire (yet): the wait is over
        if self._content_expected and isinstance(event, events.Key) and self._leaves(event):
            self._held_keys.clear()  # typed for the content of the screen it closes
            await self._stop_waiting()
            await self._hand_on(event)
        elif self._key_waiting and not (
            self._screen_expected and isinstance(event, events.MouseEvent)
        ):
            self._held_keys.append((event, self.screen))
            if self._key_timer is None:
                self._arm(KEY_WAIT)
        else:
            await self._hand_on(event)

    async def _hand_on(self, key: Held) -> None:
        """The app's own routing (priority bindings, then the focused widget), and the
        marker behind the key, unless the widget takes it as text (an input typing a
        letter moves no focus: the next key may follow it into the same queue at once).
        A paste goes where the keys before it left the focus, as text: no marker; mouse
        input moves the focus (if at all) as it is routed: no marker either."""
        focused, serial = self.focused, self._key_serial
        await super().on_event(key)
        if not isinstance(key, events.Key) or self._screen_expected or self._result_expected:
            return  # the key set what the keys after it wait for
        if self._key_waiting and self._key_serial != serial:
            return  # a screen it closed or opened set the wait (`pop_screen`, `push_screen`)
        typed = focused is not None and focused.check_consume_key(key.key, key.character)
        if typed and focused is self.focused:
            return
        self._key_serial += 1
        target = self.focused or self.screen
        self._key_waiting = target.post_message(KeyHandled(self._key_serial, target))

    def push_screen(self, screen: Screen[Any] | str, *args: Any, **kwargs: Any) -> Any:
        """Push ``screen``; keys held (or typed while a key is in flight) wait until it is
        active: a marker goes through its queue, behind the messages that make it so."""
        pushed = super().push_screen(screen, *args, **kwargs)
        self._screen_expected = False
        if getattr(self.screen, "CONTENT_COMES", False):
            # the keys wait for what it shows, not only for it
            self._content_tickets[self.screen] = self.expect_content()
        elif self._key_waiting:
            self._key_serial += 1
            self._key_waiting = self.screen.post_message(KeyHandled(self._key_serial))
            if self._held_keys:
                self._arm(KEY_WAIT)  # should the marker be lost with the screen
            else:
                self._disarm()
        return pushed

    def expect_screen(self) -> int:
        """An action will push a screen later (once a worker is done): the keys typed
        meanwhile wait for it, for `SCREEN_WAIT` at most, or until `screen_not_coming`.
        Returns the wait's ticket, for `screen_not_coming`."""
        self._key_serial += 1  # the marker of the key in flight no longer releases them
        self._key_waiting = self._screen_expected = True
        self._arm(SCREEN_WAIT)
        self._tickets += 1
        self._screen_ticket = self._tickets
        return self._screen_ticket

    def screen_not_coming(self, ticket: int | None = None) -> None:
        """The screen `expect_screen` announced will not come: hand on the keys held
        (with its ``ticket``: only if the keys still wait for that screen)."""
        if self._screen_expected and ticket in (None, self._screen_ticket):
            self._screen_expected = False
            self.call_later(self._stop_waiting)

    def expect_result(self) -> int:
        """The key being handled acts fully only once a worker's result comes: the keys
        typed after it wait for `result_came`, for `RESULT_WAIT` at most. Returns the
        wait's ticket, for `result_came`."""
        self._key_serial += 1  # the marker of the key in flight no longer releases them
        self._key_waiting = self._result_expected = True
        self._arm(RESULT_WAIT)
        self._tickets += 1
        self._result_ticket = self._tickets
        return self._result_ticket

    def result_came(self, ticket: int | None = None) -> None:
        """The result `expect_result` announced came (or will not): hand on the keys held.
        With its ``ticket``, only if the keys still wait for that result: a list that
        came after its wait timed out releases no keys held for a later search (rv53)."""
        if self._result_expected and ticket in (None, self._result_ticket):
            self._result_expected = self._content_expected = False
            self.call_later(self._stop_waiting)

    def expect_content(self) -> int:
        """The active screen's content comes from a worker: the keys typed meanwhile wait
        for `result_came`, for `CONTENT_WAIT` at most, except the keys that leave.
        Returns the wait's ticket, for `result_came`."""
        ticket = self.expect_result()
        self._content_expected = True
        self._arm(CONTENT_WAIT)
        if any(isinstance(key, events.Key) and self._leaves(key) for key, _ in self._held_keys):
            self.call_later(self._leave_at_once)  # esc typed with the key that opened it
        return ticket

    async def _leave_at_once(self) -> None:
        """A key that leaves was held: the keys before it go with the screen it closes;
        it acts now, and the keys after it wait for it as usual."""
        while self._held_keys:
            key, _ = self._held_keys[0]
            if isinstance(key, events.Key) and self._leaves(key):
                break
            self._held_keys.popleft()
        await self._stop_waiting()

    def _leaves(self, key: events.Key) -> bool:
        """Whether ``key`` is bound to an action that leaves (`LEAVING`) where it acts."""
        for _, bindings in self.screen._modal_binding_chain:
            for binding in bindings.key_to_bindings.get(key.key, ()):
                if binding.action in LEAVING:
                    return True
        return False

    def _quits(self, key: events.Key) -> bool:
        """Whether ``key`` types nothing (`Q` may be text), is bound to quit (`QUITTING`) where
        it acts or by the app with priority, and the app allows it now (`check_action`: rv61)."""
        if key.is_printable or self.check_action("quit", ()) is False:
            return False
        chain = self.screen._modal_binding_chain
        bound = [b for _, bindings in chain for b in bindings.key_to_bindings.get(key.key, ())]
        bound += [b for b in self._bindings.key_to_bindings.get(key.key, ()) if b.priority]
        return any(binding.action in QUITTING for binding in bound)

    def pop_screen(self) -> Any:
        """Pop the active screen; the keys typed meanwhile wait until the screen under it
        has run the popped one's answer (its callback), which may open another dialog: the
        first key typed after a picker's enter went to the picker (nu55 #3: a highlight's
        note "kite alpha" kept as "ite alpha"). A screen pushed by the callback makes them
        wait for it in turn (`push_screen`)."""
        callbacks = self.screen._result_callbacks
        requester = callbacks[-1].requester if callbacks else None
        popped = super().pop_screen()
        if isinstance(requester, MessagePump) and not self._screen_expected:
            self._key_serial += 1
            self._key_waiting = True
            # after the answer's callback, which `dismiss` scheduled there just before
            requester.call_next(self._popped_answered, self._key_serial)
            if self._held_keys:
                self._arm(KEY_WAIT)  # should the requester be gone before its answer
        return popped

    def _popped_answered(self, serial: int) -> None:
        """The callback of a popped screen has run (`pop_screen`): a marker through the
        active screen's queue, behind the messages that make a screen it pushed active."""
        if self._key_waiting and serial == self._key_serial and self._screen_stack:
            self._key_waiting = self.screen.post_message(KeyHandled(serial))

    @on(KeyHandled)
    async def _key_handled(self, message: KeyHandled) -> None:
        message.stop()
        if not self._key_waiting or message.serial != self._key_serial or not self._screen_stack:
            return  # (no screen: the app is closing, it came back after the last screen went)
        target = message.target
        if message.again and target is not None and self._messages_wait(target):
            # the key's action posted messages on its way (an option list's enter: the
            # choice, which the dialog answers on): they act before the keys after it
            self._key_waiting = target.post_message(KeyHandled(message.serial, target, False))
            if self._key_waiting:
                return
        await self._stop_waiting()

    def _messages_wait(self, target: MessagePump) -> bool:
        """Whether messages wait in the queue of ``target`` or of a node above it, up to
        its screen (the active one)."""
        node: MessagePump | None = target
        while isinstance(node, MessagePump) and node is not self:
            if node.message_queue_size:
                return True
            if node is self.screen:
                return False
            node = node._parent
        return False

    def _arm(self, seconds: float) -> None:
        """The wait in force ends in ``seconds`` at the latest: the one timer, restarted."""
        self._disarm()
        self._armed += 1
        self._deadline = time.monotonic() + seconds
        self._key_timer = self.set_timer(seconds, partial(self._deadline_passed, self._armed))

    def _disarm(self) -> None:
        if self._key_timer is not None:
            self._key_timer.stop()
            self._key_timer = None

    def _past_deadline(self) -> bool:
        return time.monotonic() >= self._deadline

    def _deadline_passed(self, armed: int) -> None:
        """The timer's deadline, in the timer's own task: the keys are handed on from the
        app's queue, one release at a time as every other (handed on here, `_stop_waiting`
        stopped this timer, cancelling the very task handing them on)."""
        if armed == self._armed:
            self.call_later(self._deadline_reached, armed)

    async def _deadline_reached(self, armed: int) -> None:
        if armed == self._armed and self._key_timer is not None:
            await self._stop_waiting()

    async def _stop_waiting(self) -> None:
        """The key in flight acted (or its marker was lost): hand on the keys held."""
        self._disarm()
        self._key_waiting = self._screen_expected = self._result_expected = False
        self._content_expected = False
        if self._held_keys:  # a key handed on may await (a priority binding's action)
            self._arm(KEY_WAIT)
        armed = self._armed
        while self._held_keys and not self._key_waiting:
            held, screen = self._held_keys.popleft()
            if isinstance(held, events.MouseEvent) and screen is not self.screen:
                continue  # aimed at a screen no longer shown
            await self._hand_on(held)
        if not self._held_keys and self._armed == armed:
            self._disarm()  # a marker's wait holds nothing: no deadline till a key is held
