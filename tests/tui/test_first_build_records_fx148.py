"""nu60 #4: on a first start over one JSON Lines file the reader said "Opening the index…"
with no bar for 3.5-6 s: a build in one process (a small corpus) read and indexed the
file's records without a word, and the first stage was "saving 1/1". Now the bar counts
the records as they are indexed ("building the index: reading records 120/300").

The oracle is every frame drawn (`App._display`) from the start to the first "saving"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.tui.conftest import reader, wait_until
from tests.tui.test_reader_progress import one_jsonl
from tests.tui.test_restored_stories_loading_fx148 import record_frames
from tui.app import BroadsheetApp

COUNT = 300
STAGE = "building(?: the index)?:"


async def test_the_first_build_counts_a_files_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = one_jsonl(tmp_path / "corpus", COUNT)
    app = BroadsheetApp(corpus.parent, tmp_path / "index")
    frames = record_frames(app, monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: len(reader(app).articles.hits) > 0, seconds=60)
    # the stage's words shorten to keep its count whole (fx150): "building: reading records"
    said = [frame for frame in frames if re.search(STAGE, frame)]
    assert said, "no stage shown"
    first = next(n for n, frame in enumerate(said) if re.search(rf"{STAGE} saving", frame))
    counted = [frame for frame in said[:first] if "reading records" in frame]
    assert counted, said[0]  # before: "saving 1/1" was the first stage
    lines = [line for frame in counted for line in frame.splitlines() if "records" in line]
    assert all(f"/{COUNT}" in line for line in lines), lines  # the count whole (fb43)
    shares = [int(line.rsplit("%", 1)[0].split()[-1]) for line in lines]
    assert shares == sorted(shares) and shares[-1] > shares[0], lines  # the bar moves
