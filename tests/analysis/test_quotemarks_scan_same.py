"""`quoted_spans` reads the same spans as before its cheaper scan (issue 18, qc33): the marks
found by one set of characters (a doubled mark's second character a lookbehind after it)
instead of the doubled marks as alternatives before the set, and no line break read while
no quote is open. The oracle is the function as it was: its loop, run over the pattern it
had (`_OLD_MARKS`) for both states, is the old loop (the old pattern never gives a lone
backtick, and a line break read with no quote open was passed over)."""

from __future__ import annotations

import re
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import quotemarks
from index.analysis.quotemarks import QuotedSpan, quoted_spans

_OLD_MARKS = re.compile("''|‘‘|’’|``|[\"“”„‟«»'‘’‚‹›\n]")


def old_quoted_spans(text: str) -> list[QuotedSpan]:
    """`quoted_spans` as it was: every mark and line break of the old pattern read."""
    with (
        mock.patch.object(quotemarks, "_MARKS", _OLD_MARKS),
        mock.patch.object(quotemarks, "_OUTSIDE", _OLD_MARKS),
    ):
        return quoted_spans(text)


_PIECES = st.sampled_from(
    [
        "Ann", "said", "don", "t", "O", "9", "x", "É", "_", "?", ".", ",", "!", " ", "  ",
        "\n", "\n\n", "\t", "\ufffd", "—", "(", ")", ":",
        '"', "“", "”", "„", "‟", "«", "»", "‹", "›", "'", "‘", "’", "‚", "`", "``", "''",
        "‘‘", "’’", "'''", "```",
    ]
)  # fmt: skip
_TEXT = st.lists(_PIECES, max_size=60).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_TEXT)
def test_spans_as_before(text: str) -> None:
    assert quoted_spans(text) == old_quoted_spans(text)


def test_marks_as_before_on_examples() -> None:
    """Doubled marks, a lone backtick, apostrophes and quotes over paragraphs."""
    for text in (
        "``I've asked,'' he said. `Not' this.",
        'He said: "Go home.\n\n"Now," he added.',
        "It's Ann’s ‘view’ and O'Brien's '''x''' in ```y```.",
        "«Bon» and »so« and ‹un›, „Ja“ and ‚ja‘.",
    ):
        assert quoted_spans(text) == old_quoted_spans(text)
    assert quoted_spans("``I've asked,'' he said")[0].start == 0
