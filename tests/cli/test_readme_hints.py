"""The README gives the command the CLI prints (nu13's walkthrough: it said `index rebuild`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from index.analysis.story_derived import StoriesMissing, StoryCache

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_no_stories_hint_names_the_command_the_cli_prints() -> None:
    with pytest.raises(StoriesMissing) as caught:
        StoryCache().model(None)
    printed = re.search(r"`([^`]+)`", str(caught.value))
    assert printed is not None
    text = " ".join(README.read_text(encoding="utf-8").split())
    said = re.search(
        r"an index built before stories existed[^.]*?says to run `([^`]+)` \(exit 4\)", text
    )
    assert said is not None
    assert said.group(1) == printed.group(1)
