"""An address's headline slug (`vectors.url_words`): 4+ words once numeric ids and codes are
dropped (stories 11, sl31, issue 16). A site's section path with an id
("world-us-canada-38897507") or a 3-word keyword slug gives no words; a headline keeps its
words, numbers among them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.vectors import SLUG_MIN_WORDS, slug_words_in, url_words


@pytest.mark.parametrize(
    ("url", "words"),
    [
        # section paths with an id: no headline, whatever the text says
        ("http://www.bbc.co.uk/news/uk-england-birmingham-38893887", ""),
        ("http://www.bbc.co.uk/news/entertainment-arts-38953862", ""),
        ("http://www.bbc.co.uk/news/world-us-canada-38897507", ""),
        ("http://tass.com/politics/930576", ""),
        # 3-word keyword slugs
        ("http://www.cnn.com/2017/02/12/entertainment/grammys-winners-list/index.html", ""),
        ("http://www.rte.ie/news/2017/0213/852238-coast-guard-warning/", ""),
        # headlines: ids and letter-digit codes dropped and not counted, numbers kept
        (
            "http://www.example.com/news/2017/02/air-raids-kill-18-civilians-170213033330102.html",
            "air raids kill 18 civilians",
        ),
        (
            "http://www.example.com/en/black-hole-eats-star/a-37436483?x=en-rss",
            "black hole eats star",
        ),
        (
            "http://example.com/US/dam-failure-forces-evacuation/story?id=45450195",
            "dam failure forces evacuation",
        ),
        (
            "http://example.com/2017/02/13/grammy-awards-2017-winners-14718044.html",
            "grammy awards 2017 winners",
        ),
        ("http://example.com/a1b2-c3d4-vote-idUSKBN2HA1XY-38893887", ""),  # one word left
        # the longest segment is the headline, not a section before it
        (
            "http://example.com/world-asia-pacific/quake-hits-coast-of-japan-overnight/",
            "quake hits coast of japan overnight",
        ),
    ],
)
def test_headline_slug_words(url: str, words: str) -> None:
    assert url_words(url) == words


def test_a_section_path_says_nothing_even_where_the_text_names_it() -> None:
    text = "Entertainment news: the arts awards in England and Birmingham"
    assert slug_words_in("http://www.bbc.co.uk/news/entertainment-arts-38953862", text) == ""
    assert slug_words_in("http://www.bbc.co.uk/news/uk-england-birmingham-38893887", text) == ""


WORD = st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=9)
ID = st.integers(10_000, 10**15).map(str)


@st.composite
def addresses(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A news address built from parts, and the headline words it holds by construction."""
    section = draw(st.lists(WORD, min_size=1, max_size=SLUG_MIN_WORDS - 1))
    headline = draw(st.lists(WORD, min_size=1, max_size=9))
    codes = draw(st.lists(ID | st.sampled_from(["x1y2", "idUSKBN2HA1", "b7"]), max_size=2))
    parts = [*headline]
    for code in codes:  # ids and codes anywhere in the headline segment
        parts.insert(draw(st.integers(0, len(parts))), code)
    date = draw(st.sampled_from(["", "2017/02/13/", "2017/0213/"]))
    sep = draw(st.sampled_from(["-", "_"]))
    end = draw(st.sampled_from(["", "/", ".html", "/index.html", "/story?id=45450195"]))
    section_id = draw(st.sampled_from(["", "-38897507"]))
    url = f"http://news.example/{date}{'-'.join(section)}{section_id}/{sep.join(parts)}{end}"
    return url, headline


@settings(max_examples=300, deadline=None)
@given(addresses())
def test_the_headline_and_only_it_is_read(built: tuple[str, list[str]]) -> None:
    """Oracle by construction: the headline's words when it has 4+, else none; a section
    (under 4 words, with or without its id) is never read."""
    url, headline = built
    expected = " ".join(headline) if len(headline) >= SLUG_MIN_WORDS else ""
    assert url_words(url) == expected


@settings(max_examples=200, deadline=None)
@given(addresses(), st.data())
def test_only_the_words_the_text_has_are_kept(
    built: tuple[str, list[str]], data: st.DataObject
) -> None:
    url, headline = built
    said = data.draw(st.lists(st.sampled_from(headline), max_size=len(headline)))
    text = f"0 {' '.join(said)} 1"  # no other letter word
    kept = slug_words_in(url, text).split()
    if len(headline) < SLUG_MIN_WORDS:
        assert kept == []
    else:
        assert kept == [w for w in headline if w in said]
