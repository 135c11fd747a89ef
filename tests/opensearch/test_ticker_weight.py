"""A ticker in brackets, glued to a word or not, finds the same articles on OpenSearch as on
Whoosh, those written with it, ranked on each as the word ranks them (sx43: nu48 #6, #8),
over the seeded wires of `tests.search.test_ticker_weight`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.opensearch.conftest import both_engines
from tests.search.test_ticker_weight import agree, held_as_written, wires, write_wires

pytestmark = pytest.mark.opensearch


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any, Any]]:
    folder = tmp_path_factory.mktemp("ticker_weight_os")
    records = wires()
    whoosh, node = both_engines(write_wires(folder, records), folder / "index")
    yield whoosh, node, held_as_written(whoosh, records)
    node.drop()


def test_glued_tickers_are_found_and_ranked_as_the_word_on_both(
    made: tuple[Any, Any, Any],
) -> None:
    whoosh, node, held = made
    agree(whoosh, held)
    agree(node, held)
