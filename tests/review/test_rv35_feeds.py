"""rv35: the outlet a feed's title or host names (fd34's generic titles); fixed by fx50:

- #7 a section part that is also a table name wins over the outlet named after it: The
  Guardian's US feed is titled "US news | The Guardian" and its pages get the outlet
  "U.S. News & World Report"; common non-outlet titles name a false outlet ("Comments on:
  <post>", WordPress's comment feeds: "Comments on"; "Home - RSS 2.0": "RSS 2.0"); and a
  feed proxy's host is taken for the outlet ("feeds.feedburner.com/valley":
  "feedburner.com", the same outlet for every FeedBurner feed with a generic title).
"""

from __future__ import annotations

import pytest

from index.text.feed_facts import feed_outlet, host_outlet


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("US news | The Guardian", "The Guardian"),
        ("Comments on: Dam repairs start", ""),
        ("Home - RSS 2.0", ""),
    ],
)
def test_a_feed_title_names_its_outlet_not_a_section(title: str, outlet: str) -> None:
    assert feed_outlet(title) == outlet


def test_the_other_guardian_sections_are_right() -> None:
    for title in ("UK news | The Guardian", "World news | The Guardian"):
        assert feed_outlet(title) == "The Guardian"


def test_a_feed_proxy_host_names_no_outlet() -> None:
    assert host_outlet("https://feeds.feedburner.com/valley") == ""
