"""The bundled seeds: the right metadata, and no boilerplate left in any body."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from index.ingest.sanitize import sanitize
from index.models import Extracted
from index.text.extract import extract

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed(prefix: str) -> Extracted:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return extract(sanitize(path.read_text(encoding="utf-8")))


def removed_text(found: Extracted) -> str:
    return "\n".join(found.removed)


def test_moscow_times_seed() -> None:
    found = seed("000")
    assert found.title_derived and found.title
    assert found.title.startswith("It is not the right moment")
    assert found.source == "The Moscow Times"
    assert found.dateline == "Mexico City"  # as the text names it (fx127)
    assert found.date is None and found.byline is None
    assert removed_text(found).startswith("A Message from The Moscow Times:")
    assert removed_text(found).endswith("Remind me later.")
    assert "Dear readers" not in found.body and "Remind me" not in found.body
    assert found.body.endswith("in eastern Ukraine.")


def test_repeated_headline_seed() -> None:
    found = seed("001")
    assert (
        found.title == "Russia opposes sending NATO troops to Ukraine in the event of a ceasefire"
    )
    assert not found.title_derived
    assert found.date == datetime(2025, 1, 23, 17, 53)
    assert found.byline == "Dmitry Antonov and Dan Peleschuk"
    assert found.source == "Reuters"  # its credit line (nu31 #10: it was "source unknown")
    assert "01/23/2025" not in found.body
    removed = removed_text(found)
    assert "PREV Benfica" in removed and "NEXT “The Brel promise”" in removed
    assert "\n--\n" in removed
    assert not any(line.strip() in ("-", "--") for line in found.body.splitlines())


def test_dpa_seed() -> None:
    found = seed("002")
    assert found.title_derived and found.title and found.title.startswith("The United Nations")
    assert found.source == "dpa/NAN"
    assert found.date is None and found.byline is None
    assert found.removed == ()


def test_reuters_seed() -> None:
    found = seed("003")
    assert found.title == "Russian and Ukrainian defense officials in contact -UN"
    assert not found.title_derived
    assert found.source == "Reuters"
    assert found.date == datetime(2014, 3, 20, 17, 50)
    assert found.byline == "Daniel Bases"
    assert found.dateline == "United Nations, March 20"
    removed = removed_text(found)
    for gone in (
        "×",
        "Our award-winning reporting has moved",
        "Context provides news",
        "climate change, the impact",
        "Our Standards:",
        "-->",
    ):
        assert gone in removed
        assert gone not in found.body
    assert found.body.startswith("UNITED NATIONS, March 20 (Reuters) -")
    assert "By Daniel Bases" not in found.body and "by Reuters" not in found.body


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_no_boilerplate_in_any_body(prefix: str) -> None:
    body = seed(prefix).body
    for marker in (
        "Remind me later",
        "PREV ",
        "NEXT ",
        "has moved",
        "Trust Principles",
        "Dear readers",
    ):
        assert marker not in body
    assert body.strip()
