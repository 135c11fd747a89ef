"""A list whose row, chosen, closes its screen with an article to read (`tui.way_back`).

Enter on an `OptionList` posts `OptionSelected`, and the screen closes on it later: the
marker behind enter (`tui.key_order`) came back before, and the key typed next went to the
screen about to close, or to the list under it (fx126: "k" and enter thrice while the
stories loaded opened a story twice, now and then). Here enter says the keys after it
wait (`expect_result`); `tui.way_back.leave_with` takes the wait over as the screen closes.
"""

from __future__ import annotations

from textual.widgets import OptionList

from tui.key_order import expect_result


class LeavingList(OptionList):
    """An `OptionList` whose selection closes its screen (`tui.way_back.leave_with`)."""

    def action_select(self) -> None:
        index = self.highlighted
        if index is not None and not self.get_option_at_index(index).disabled:
            expect_result(self.app)  # the keys wait for the screen it closes to
        super().action_select()
