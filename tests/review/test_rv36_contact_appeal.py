"""rv36 #6: fx46's BBC "Have your say" cut takes a story's own closing appeal with it.

`contact_appeal_start` anchors on any last sentence that asks for mail to an address
("If you ..., email ...", "Send ... to ..."), whatever the outlet and with no newsroom
words: a police call for witnesses, a charity's helpline and a council's consultation,
the story's own news, are cut from the body as debris.
"""

from __future__ import annotations

import pytest

from index.text.contact_appeal import contact_appeal_start


@pytest.mark.parametrize(
    "text",
    [
        "Police want witnesses. If you saw the crash, email witness@police.example.uk.",
        "The charity runs a helpline. If you need support, email help@charity.example.org.",
        "The council wants comments. Send your views to consult@council.example.gov.uk.",
    ],
)
def test_a_storys_own_appeal_stays(text: str) -> None:
    assert contact_appeal_start(text) is None
