"""A dialog's option list kept inside its box, so the cursor's row is never under its edge.

A dialog's box is `height: auto; max-height: 80%`, and its list `height: auto` with a
max-height of its own: where the screen is short, the box stopped at 80% and the list went
on under its edge, its rows and the cursor on them hidden (nu83: at 80x24 the related
dialog's list of 24 lines in a box of 18, `j` and `end` moved onto rows nobody saw; the
outlet picker's the same). `FitsList` caps the list at the lines the box has for it.
"""

from __future__ import annotations

from textual import events
from textual.css.scalar import Scalar
from textual.geometry import Size
from textual.screen import Screen, ScreenResultType
from textual.widget import Widget
from textual.widgets import OptionList


def list_room(box: Widget, options: Widget, most: int) -> int:
    """The lines ``options`` has in ``box`` at the box's tallest (``most`` at most): its
    max-height (of the screen less what is docked on it: a dialog's footer) less its border,
    padding and what stands above the list."""
    tallest, screen = box.styles.max_height, box.screen
    if tallest is None:
        return most
    docked = sum(w.outer_size.height for w in screen.children if w.styles.dock != "none")
    space = Size(screen.size.width, screen.size.height - docked)
    room = int(tallest.resolve(space, box.app.size))
    above = options.region.y - box.content_region.y  # the heading, keys and their margins
    return max(1, min(most, room - box.styles.gutter.height - above))


class FitsList(Screen[ScreenResultType]):
    """A dialog whose ``FIT_BOX`` holds the option list ``FIT_LIST``, kept within it."""

    FIT_BOX = ""
    FIT_LIST = ""
    FIT_MOST = 24
    """Lines the list takes at most, where the screen has room for them."""

    def on_mount(self) -> None:
        self.call_after_refresh(self.fit_list)

    def on_resize(self, event: events.Resize) -> None:
        self.call_after_refresh(self.fit_list)

    def fit_list(self) -> None:
        """Cap the list at the room the box has for it (`list_room`), its cursor's row in
        view. Call it again when what stands above the list changes height."""
        boxes, lists = self.query(self.FIT_BOX), self.query(self.FIT_LIST)
        if not boxes or not lists:  # not composed yet (or gone)
            return
        options = lists.first(OptionList)
        room = list_room(boxes.first(), options, self.FIT_MOST)
        if options.styles.max_height != Scalar.from_number(room):
            options.styles.max_height = room
            self.call_after_refresh(options.scroll_to_highlight)
