"""Quotation marks next to a character lost in the copy (the corpus's '"?' for a curly
mark or a dash; a space lost after a closing mark): constructed cases of the web copies
seen in newsarticles (n26, m10, n18 of the reprint labels)."""

from __future__ import annotations

from index.analysis.quotemarks import quoted_spans


def inners(text: str) -> list[str]:
    return [text[s.inner_start : s.inner_end] for s in quoted_spans(text)]


def test_a_closing_mark_whose_space_was_lost() -> None:
    text = '"Was there a wiretap of the tower? No, there never was,"unes said. "Once again, no."'
    assert inners(text) == [
        "Was there a wiretap of the tower? No, there never was,",
        "Once again, no.",
    ]


def test_the_dash_after_a_dateline_opens_no_quote() -> None:
    text = (
        'WASHINGTON "?The chairman of the committee said the claim fails. "Was there a '
        'wiretap? No, there never was,"?Rep. Devin Nunes said.'
    )
    assert inners(text) == ["Was there a wiretap? No, there never was,"]


def test_a_lost_closing_mark_before_a_new_sentence_and_quote() -> None:
    text = (
        'Trump said: "We have made other countries rich while our wealth has disappeared over '
        'the horizon "?But that is the past, he said. "From this moment on, it is America first."'
    )
    assert inners(text) == [
        "We have made other countries rich while our wealth has disappeared over the horizon ",
        "From this moment on, it is America first.",
    ]


def test_a_lost_dash_inside_an_open_quote_leaves_it_open() -> None:
    text = (
        'Sessions conceded, "Retrospect, if "?I should have slowed down and said, \'But I did '
        'meet one Russian official a couple times." That would be the ambassador.'
    )
    assert inners(text) == [
        "Retrospect, if \"?I should have slowed down and said, 'But I did meet one Russian "
        "official a couple times."
    ]
