"""nu75 (nu74's walkthrough): the heat map's side column said "carried by 0 of 2" above
"3 WSJ partly: 15 words the same": "0 of 2" read as none. The head line counts the outlets
that carry part of the sentence word for word: "carried by 0 of 2 (1 partly)".

Oracle: for every sentence over every base, the head line's counts against the rows listed
under it (an outlet that carries it, an outlet that carries part of it)."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.tui.conftest import settle
from tests.tui.test_multicompare import PARTLY, open_many, reader_over, text_of
from tui.screens.multicompare_text import carried_said

HEAD = re.compile(r"carried by (\d+) of (\d+)(?: \((\d+) partly\))?$")


async def test_every_head_line_counts_the_rows_under_it(tmp_path: Path) -> None:
    # (the walkthrough's sentence: tests/tui/test_multicompare.py, "(1 partly)")
    app = reader_over(tmp_path, PARTLY)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = await open_many(pilot, ["first.txt", "second.txt", "third.txt"])
        seen = partly = 0
        for base in "123":
            await pilot.press(base, "j", "k")  # the base's first sentence, shown
            await settle(pilot)
            for n in range(len(screen.coverage)):
                if n:
                    await pilot.press("j")
                    await settle(pilot)
                said = text_of(screen, "#many-carriers")
                head, *rows = said.split("\n")
                found = HEAD.search(head)
                assert found is not None, head
                outlets = [r for r in rows if r and not r.startswith((" ", "not in"))]
                parts = [r for r in outlets if " partly: " in r]
                assert int(found[1]) == len(outlets) - len(parts), said
                assert int(found[3] or 0) == len(parts), said
                seen, partly = seen + 1, partly + len(parts)
        assert seen == 4 and partly >= 1  # the three articles' sentences: 2, 1 and 1


@given(st.integers(0, 8), st.integers(1, 8), st.integers(0, 8))
def test_the_head_line_names_the_partly_only_when_there_are_some(
    count: int, others: int, partly: int
) -> None:
    said = carried_said(count, others, partly)
    found = HEAD.fullmatch(said)
    assert found is not None
    assert (int(found[1]), int(found[2]), int(found[3] or 0)) == (count, others, partly)
    assert ("partly" in said) is (partly > 0)
