"""The reader lights a wildcard's hit: the words it fits, or, in an article holding none,
the other forms that found it (sx43: after sx42, 362 of 977 hits of ``u?s`` on Reuters
wires showed nothing lit and "0 matches")."""

from __future__ import annotations

import pytest
from rich.console import Console
from rich.style import Style

from index.models import Article
from index.search.highlight import Highlighter
from tests.tui.test_nu31_reader import lit
from tui.widgets import article_layout

# ``u?s`` fits "ups" in the index, whose stem is "up": the search finds "up" too
LIGHTS = Highlighter(fitted=("u?s",), kin=(frozenset({"up"}),))


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        ("Markets", "prices went up, then up again", ["up", "up"]),
        ("Markets", "the ups and downs went up", ["ups"]),
        ("UPS and downs", "prices went up", ["UPS"]),
    ],
)
def test_a_wildcard_hit_lights_what_found_it(title: str, body: str, expected: list[str]) -> None:
    article = Article(
        id="a", path="/a.txt", title=title, title_derived=False, source=None,
        byline=None, dateline=None, date=None, body=body,
    )  # fmt: skip
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(article_layout, "PAUSE", 0)
        layout = article_layout.layout_article(
            article, 80, Console(), highlighter=LIGHTS, match_style=Style(bold=True)
        )
    assert layout is not None
    assert list(lit(layout.lines).values()) == expected
    assert len(layout.match_lines) == len(expected)
