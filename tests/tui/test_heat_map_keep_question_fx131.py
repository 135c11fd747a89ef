"""nu54 #8: `h` in the heat map asked "Note on the highlight" without saying which sentence
it keeps. Now the question quotes it (cut at a word) with its outlet. Oracles: the
comparison's coverage at the cursor, and the sentence's own words for the cut."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from textual.widgets import Label

from tests.tui.conftest import settle
from tests.tui.test_compare_keep import three_compared
from tests.tui.test_multicompare import reader_over
from tests.wirestory import STORY
from tui.dialogs.prompt import Prompt
from tui.screens.multicompare_keep import ASKED, at_word, keep_question

WORDS = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz[]“”,.", min_size=1, max_size=30),
    min_size=1,
    max_size=40,
)


@given(WORDS, st.integers(min_value=8, max_value=120))
def test_a_sentence_is_cut_at_a_word_within_the_limit(words: list[str], limit: int) -> None:
    line = " ".join(words)
    cut = at_word(line, limit)
    assert len(cut) <= limit
    if len(line) <= limit:
        assert cut == line
        return
    assert cut.endswith("…")
    kept = cut[:-1]
    assert line.startswith(kept)
    rest = line[len(kept) :]
    if " " in line[: limit - 1][limit // 2 :]:  # a space past half the room: cut there
        assert rest[:1] in " ,;:-", (kept, rest)  # the word before "…" is whole


@given(WORDS)
def test_the_question_is_plain_text_naming_the_outlet(words: list[str]) -> None:
    sentence = " ".join(words)
    question = keep_question(sentence, "Bay [b]Herald")
    first, second = question.plain.split("\n")
    assert first == f"Keep “{at_word(sentence, ASKED)}” (Bay [b]Herald)"
    assert second.startswith("Note on the highlight")


async def test_h_in_the_heat_map_quotes_the_sentence_it_keeps(tmp_path: Path) -> None:
    app = reader_over(tmp_path, STORY)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, comparison = await three_compared(pilot)
        await pilot.press("j", "j", "h")
        await settle(pilot)
        assert isinstance(app.screen, Prompt)
        shown = " ".join(str(label.render()) for label in app.screen.query(Label))
        wanted = comparison.sentences[screen.base][screen.coverage[2].sentence].text
        outlet = screen.labels[screen.base]
        assert f"Keep “{at_word(wanted, ASKED)}” ({outlet})" in shown, shown
        assert "Note on the highlight" in shown
