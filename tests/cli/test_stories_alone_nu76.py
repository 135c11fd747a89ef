"""`broadsheet stories` says under the whole corpus's stories how many articles are in none
(nu74: "11 stories" while 10 of 42 articles stood alone); `--json` stays the contract."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_stories_cli import news, run  # noqa: F401 (news: a fixture)
from tests.story_corpus import CORPUS

ALONE = "2 of the 8 articles are in no story."
"""The story corpus: 3 stories of 2, "budget" and "frost" in none."""


@pytest.mark.usefixtures("news")
def test_the_listing_ends_with_the_articles_alone() -> None:
    code, out, _ = run("stories")
    assert code == 0 and len(CORPUS) == 8
    assert out.rstrip().splitlines()[-1] == ALONE, out
    code, out, _ = run("stories", "-n", "1")  # a part listed: the corpus's count still
    assert out.rstrip().splitlines()[-1] == ALONE, out
    code, out, _ = run("stories", "--min-articles", "3")  # no story of 3: none listed
    assert "in no story" not in out, out


@pytest.mark.usefixtures("news")
def test_a_query_or_json_says_nothing_of_them() -> None:
    code, out, _ = run("stories", "boulder")
    assert code == 0 and "in no story" not in out, out
    code, out, err = run("stories", "--json")
    assert code == 0 and isinstance(json.loads(out), list)
    assert "in no story" not in out + err
