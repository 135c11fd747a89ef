"""A saved article's address on a labelled line ("Source: https://…") is its url, not its text.

nu74 #1: a researcher saving articles as .txt ends each with "Source: <address>" (or puts it
under the headline); the line stayed in the body, so `compare` listed the address's digits as
a number only that outlet gives ("only A: Joe Biden, 31st, 79744273") and the line as one of
its own sentences, `H` kept it in the notebook as an #only-here highlight, a search's snippet
showed the address's words, and the notebook's export had no address for the article. A bare
address line was already the article's url; a labelled one is the same line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.text.extract import extract
from index.text.outlets import url_of_line
from tests.conftest import write_corpus
from tui.cli import app

runner = CliRunner()

ADDRESS = "https://abcnews.go.com/Politics/dam-holds-after-storm/story?id=79744273"
BODY = (
    "The dam held overnight, engineers said on Friday after a night of heavy rain.\n\n"
    "Officials said the spillway would be checked again on Monday morning."
)
OTHER = (
    "Dam holds after storm\nValley Gazette, August 31, 2021\n\n"
    "The dam held overnight after the storm, engineers said on Friday.\n\n"
    "Officials said the spillway would be checked again on Monday morning.\n"
)
LABELS = [
    "Source: ",
    "Source:",
    "SOURCE: ",
    "Source - ",
    "URL: ",
    "Link: ",
    "Permalink: ",
    "Original article: ",
    "Read the full story at ",
    "Retrieved from ",
]


@pytest.mark.parametrize("label", LABELS)
def test_a_labelled_address_closing_the_text_is_its_url(label: str) -> None:
    line = label + ADDRESS
    found = extract(f"{BODY}\n\n{line}\n")
    assert found.url == ADDRESS
    assert "abcnews" not in found.body
    assert found.provenance["url"] == f"line 5: “{line}”"


def test_a_labelled_address_under_the_headline_is_its_url() -> None:
    line = f"Source: <{ADDRESS}>"
    found = extract(f"Dam holds after storm\nABC News, August 31, 2021\n{line}\n\n{BODY}\n")
    assert found.url == ADDRESS
    assert found.source == "ABC News"  # the outlet line still names the outlet
    assert "abcnews" not in found.body
    assert found.provenance["url"] == f"line 3: “{line}”"


def test_an_address_inside_a_sentence_stays_text() -> None:
    """Only a line that is a label and an address is one; prose citing an address is not."""
    line = f"The source of the figures is {ADDRESS}, the council said."
    found = extract(f"{BODY}\n\n{line}\n")
    assert found.url is None
    assert line in found.body


def test_a_labelled_home_page_names_the_outlet_not_the_url() -> None:
    found = extract(f"{BODY}\n\nSource: https://www.reuters.com/\n")
    assert found.url is None
    assert found.source == "Reuters"
    assert "reuters.com" not in found.body


@given(
    st.sampled_from(LABELS),
    st.sampled_from(["http://", "https://", "HTTPS://", "www.", "<https://"]),
    st.from_regex(r"[a-z0-9]{1,8}(\.[a-z0-9]{1,8}){0,2}\.[a-z]{2,4}", fullmatch=True),
    st.from_regex(r"(/[A-Za-z0-9_.~%-]{0,12}){0,3}(\?[a-z]=[0-9]{1,3})?", fullmatch=True),
)
def test_a_label_changes_nothing_of_the_address(
    label: str, start: str, host: str, rest: str
) -> None:
    """The oracle: the same address on a line of its own."""
    bare = start + host + rest + (">" if start.startswith("<") else "")
    assert url_of_line(label + bare) == url_of_line(bare)


@pytest.fixture
def saved(tmp_path: Path, index_dir: Path) -> Path:
    corpus = write_corpus(
        tmp_path / "news",
        {
            "abc.txt": f"Dam holds after storm\nABC News, August 31, 2021\n\n{BODY}\n\n"
            f"Source: {ADDRESS}\n",
            "gazette.txt": OTHER,
        },
    )
    result = runner.invoke(app, ["index", "rebuild", "--corpus", str(corpus)])
    assert result.exit_code == 0, result.output
    return corpus


def test_show_gives_the_url_and_a_body_without_it(saved: Path) -> None:
    result = runner.invoke(app, ["show", "abc.txt", "--json", "--corpus", str(saved)])
    assert result.exit_code == 0, result.stderr
    article = json.loads(result.stdout)
    assert article["url"] == ADDRESS
    assert "abcnews" not in article["body"]


def test_compare_lists_no_number_or_sentence_of_the_address(saved: Path) -> None:
    result = runner.invoke(
        app, ["compare", "abc.txt", "gazette.txt", "--json", "--corpus", str(saved)]
    )
    assert result.exit_code == 0, result.stderr
    urls: list[object] = []

    def without_urls(value: object) -> object:
        if isinstance(value, dict):
            urls.extend(value[key] for key in value if key == "url")
            return {key: without_urls(item) for key, item in value.items() if key != "url"}
        if isinstance(value, list):
            return [without_urls(item) for item in value]
        return value

    # the address itself is given where nu74 #3 puts it ("url"); nothing else of it is
    rest = json.dumps(without_urls(json.loads(result.stdout)))
    assert ADDRESS in urls
    assert "79744273" not in rest
    assert "abcnews" not in rest
