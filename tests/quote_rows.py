"""A small corpus of one quotation reprinted by three outlets (one clipped) and one other."""

from __future__ import annotations

import json
from pathlib import Path

QUOTE = (
    "We will not raise the harbour fees this year, and nobody who works the docks "
    "should fear for their job"
)
CLIPPED = "nobody who works the docks should fear for their job"
OTHER = "The frost took half of the blossom in a single night and the insurers know it"


def record(aid: str, source: str, date: str, body: str) -> dict[str, str]:
    return {"id": aid, "title": f"Story {aid}", "source": source, "date": date, "body": body}


ROWS = [
    record(
        "a1",
        "Harbour Times",
        "2021-05-04",
        f'The port authority met on Monday.\n\n"{QUOTE}," Mayor Anna Keller said. '
        "She spoke after the vote.",
    ),
    record(
        "a2",
        "Valley Post",
        "2021-05-05",
        f"Keller defended the plan.\n\nMayor Anna Keller said: “{QUOTE}.” The fees stay.",
    ),
    record(
        "a3",
        "Coast Wire",
        "2021-05-07",
        f'Dock workers were relieved.\n\n"{CLIPPED}," Keller told reporters on the quay.',
    ),
    record(
        "b1",
        "Valley Post",
        "2021-04-01",
        f'Growers in the valley count losses.\n\n"{OTHER}," said farmer Tom Berg.',
    ),
]


def write_rows(folder: Path, rows: list[dict[str, str]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for row in rows:
        (folder / f"{row['id']}.json").write_text(json.dumps(row), encoding="utf-8")
    return folder


QUIET = record(
    "c1",
    "Valley Post",
    "2021-04-02",
    "Orchard owners met in the village hall on Friday and agreed to meet again in spring.",
)
"""An article that quotes no one (not in ROWS: a query of its words finds no quote at all)."""
