"""A list whose row, chosen, closes its screen with an article to read (`tui.way_back`).

Enter on an `OptionList` posts `OptionSelected`, and the screen closes on it later: the
marker behind enter (`tui.key_order`) came back before, and the key typed next went to the
screen about to close, or to the list under it (fx126: "k" and enter thrice while the
stories loaded opened a story twice, now and then). Here enter says the keys after it
wait (`expect_result`); `tui.way_back.leave_with` takes the wait over as the screen closes.

Some lists close their screen on some rows only (the notebook's tag row sets its filter, a
followed story opens over it; fx135): their ``leaves`` says which, and enter on another row
holds nothing (held, the keys would wait out `tui.key_order.RESULT_WAIT`, 10 s, for a
`leave_with` that never comes).
"""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.key_waits import expect_result


def every_row(option: Option) -> bool:
    """Every row chosen closes the screen (the story screen's, the related dialog's)."""
    return True


class LeavingList(OptionList):
    """An `OptionList` whose selection closes its screen (`tui.way_back.leave_with`), on
    the rows ``leaves`` says (every row, unless told)."""

    def __init__(
        self,
        *content: Option,
        leaves: Callable[[Option], bool] = every_row,
        id: str | None = None,
    ) -> None:
        super().__init__(*content, id=id)
        self.leaves = leaves
        """Whether enter on a row closes the screen with `leave_with` (and nothing else)."""

    def action_select(self) -> None:
        index = self.highlighted
        option = self.get_option_at_index(index) if index is not None else None
        if option is not None and not option.disabled and self.leaves(option):
            expect_result(self.app)  # the keys wait for the screen it closes to
        super().action_select()
