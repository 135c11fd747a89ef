"""Every hand rule of index/data/boilerplate.toml, inside an article: its examples go, its
keep lines stay. The button labels (trafilatura's and the file's) too."""

from __future__ import annotations

import tomllib

import pytest

from index.text.clean import Rule, data_file, is_button_row, knowledge
from index.text.extract import extract

RULES = knowledge().rules
LEDE = (
    "The council approved the budget on Tuesday after a long debate that ran late into the "
    "night, officials said."
)
CLOSE = (
    "The next meeting is set for March, when the harbour plan will be discussed again by "
    "the full council."
)


def in_article(rule: Rule, line: str) -> str:
    """The line where its rule looks for it: in the text, at its end, after a banner."""
    if rule.kind == "tail":
        return f"{LEDE}\n\n{CLOSE}\n\n{line}\n"
    if rule.kind == "after-cookie":
        return f"{LEDE}\n\nWe use cookies to improve your experience.\n{line}\n\n{CLOSE}\n"
    if rule.kind == "list":
        items = "Dam holds after storm\nCouncil votes to close the library"
        return f"{LEDE}\n\n{CLOSE}\n\n{line}\n{items}\n"
    return f"{LEDE}\n\n{line}\n\n{CLOSE}\n"


def body_lines(text: str) -> list[str]:
    return [line for line in extract(text).body.split("\n") if line]


def removed_lines(text: str) -> list[str]:
    return [line for block in extract(text).removed for line in block.split("\n")]


@pytest.mark.parametrize("rule", RULES, ids=[rule.id for rule in RULES])
def test_the_rule_removes_its_examples(rule: Rule) -> None:
    assert rule.examples, f"rule {rule.id} has no example"
    for example in rule.examples:
        text = in_article(rule, example)
        assert example not in body_lines(text), (rule.id, example)
        assert example in removed_lines(text), (rule.id, example)  # kept aside, reviewable
        assert LEDE in body_lines(text) and CLOSE in body_lines(text)


@pytest.mark.parametrize("rule", RULES, ids=[rule.id for rule in RULES])
def test_the_rule_keeps_article_lines(rule: Rule) -> None:
    assert rule.keep, f"rule {rule.id} has no line it must keep"
    for line in rule.keep:
        assert line in body_lines(in_article(rule, line)), (rule.id, line)


def test_rule_ids_are_unique() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))


BUTTONS = tomllib.loads(data_file("boilerplate.toml"))["buttons"]


@pytest.mark.parametrize("line", BUTTONS["examples"])
def test_button_rows_go(line: str) -> None:
    assert is_button_row(line)
    text = f"{LEDE}\n\n{line}\n\n{CLOSE}\n"
    assert line not in body_lines(text) and line in removed_lines(text)


@pytest.mark.parametrize("line", BUTTONS["keep"])
def test_lines_that_merely_name_a_button_stay(line: str) -> None:
    assert not is_button_row(line)
    assert line in body_lines(f"{LEDE}\n\n{line}\n\n{CLOSE}\n")


def test_trafilaturas_labels_are_used() -> None:
    # "Pinterest" and "WhatsApp" are in trafilatura's list, not in the data file
    assert "pinterest" not in {w.lower() for w in BUTTONS["labels"]}
    assert is_button_row("Pinterest | WhatsApp | Email")


def test_jusText_decides_what_reads_as_prose() -> None:
    from index.text.clean import reads_as_prose

    assert reads_as_prose(
        "Like many of his neighbours, he was never on Facebook and did not want to be."
    )
    assert not reads_as_prose("Follow Valley Gazette on Twitter and Facebook")


def test_the_libraries_lists_are_read_as_the_libraries_have_them() -> None:
    """They are read from the packages' files, not imported: the same values either way."""
    from justext import get_stoplist
    from justext.core import LENGTH_LOW_DEFAULT, STOPWORDS_LOW_DEFAULT
    from trafilatura.utils import RE_FILTER

    know = knowledge()
    assert know.social.pattern == RE_FILTER.pattern
    assert know.stopwords == {w.lower() for w in get_stoplist("English")}
    assert (know.prose_length, know.prose_stopwords) == (LENGTH_LOW_DEFAULT, STOPWORDS_LOW_DEFAULT)
