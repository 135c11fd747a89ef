"""The legend under the heat map and the alignment table: what each shade says, and the
keys that change the view, fitted to the width it has."""

from __future__ import annotations

from collections.abc import Mapping

from rich.style import Style
from rich.text import Text

SHORT_WORDS = {
    "alone": "none",
    "partly": "partly",
    "few": "<half",
    "many": "half+",
    "all": "all",
    "verbatim": "same",
    "paraphrase": "reworded",
    "unique": "alone",
}
"""The shades said shorter, after their label ("carried by: none", "cells: same"): at
80x24 a base with a "partly" sentence had room for the long words or the keys, not both."""


def legend(
    label: str,
    words: Mapping[str, str],
    styles: Mapping[str, Style],
    other: str,
    width: int,
) -> Text:
    """The legend of the shades ``words`` (name: word) in ``styles``, after ``label``, and
    the keys (tab and 1-8 change the base, v shows the ``other`` view), as long as fits in
    ``width`` cells. The words go short before the label or the base keys go (rv48 #5: at
    80x24 "carried by:" and "tab, 1-8: base" went, and 1-8 was said only in the help),
    whether or not the base has a "partly" sentence: going from base to base, only that
    shade comes and goes."""
    short = {name: SHORT_WORDS.get(name, word) for name, word in words.items()}
    tried = (
        (label, words, f"  tab, 1-8: base  v: {other}"),
        (label, short, f"  tab, 1-8: base  v: {other}"),
        (label, short, f" tab/1-8 base · v {other}"),
        ("", words, f" v {other}"),  # at 60 columns the keys were cut at "tab, 1-8:" (nu22)
        (label, short, f" v {other}"),
        ("", short, f" v {other}"),
    )
    for prefix, said, keys in tried:
        text = Text(prefix, style="dim")
        for name, word in said.items():
            text.append(f" {word} ", style=styles[name])
            text.append(" ")
        text.append(keys, "dim")
        if text.cell_len <= width:
            break
    return text
