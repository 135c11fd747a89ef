"""`python -m bench --quick` runs every section end to end on a small generated corpus."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
WORDS = [
    "oil",
    "wheat",
    "coffee",
    "dollar",
    "bank",
    "tariff",
    "strike",
    "merger",
    "yen",
    "gold",
    "inflation",
    "shipping",
    "sugar",
    "acquisition",
    "dividend",
    "crude",
    "interest",
    "rates",
    "trade",
    "deficit",
    "export",
    "prices",
    "stock",
    "split",
    "federal",
    "reserve",
    "money",
    "supply",
    "net",
    "loss",
    "exchange",
    "petroleum",
    "computer",
    "market",
    "growers",
]


def write_corpus(path: Path, count: int) -> None:
    rng = random.Random(7)
    with open(path, "w", encoding="utf-8") as out:
        for n in range(count):
            words = [rng.choice(WORDS) for _ in range(rng.randint(60, 200))]
            sentences = [" ".join(words[i : i + 12]).capitalize() + "." for i in range(0, 200, 12)]
            row = {
                "id": f"a{n}",
                "title": " ".join(rng.choice(WORDS) for _ in range(5)).upper(),
                "source": "Wire",
                "date": f"1987-{rng.randint(2, 10):02d}-{rng.randint(1, 28):02d}T10:00:00",
                "body": "\n\n".join(" ".join(sentences[i : i + 3]) for i in range(0, 12, 3)),
            }
            out.write(json.dumps(row) + "\n")


def test_quick_bench_runs_every_section(tmp_path: Path) -> None:
    corpus = tmp_path / "wires.jsonl"
    write_corpus(corpus, 700)
    out = tmp_path / "latest.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--corpus", str(corpus), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,  # a safety net: ~2 min on two idle cores, 10+ at load 18 (ci27)
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["quick"] is True and report["failed"] == {}
    assert report["machine"]["cpus"] and report["machine"]["whoosh"] != "unknown"
    figures = report["figures"]
    for procs in ("procs1", "procs2"):
        for side in ("raw", "broadsheet"):
            assert figures["build"][procs][side]["docs"] == 400
            assert figures["build"][procs][side]["seconds"] > 0
            assert figures["build"][procs][side]["peak_mb"] > 0
    assert len(figures["search"]["raw_ms"]) == len(figures["search"]["broadsheet_ms"]) == 50
    assert figures["updates"]["files"] == 400
    assert figures["updates"]["broadsheet"]["noop_s"] >= 0
    assert figures["compare_ms"] > 0
    tui = figures["tui"]
    assert tui["first_paint_ms"] > 0 and tui["rss_mb"] > 0 and len(tui["keystroke_ms"]) == 30
    assert 0 < tui["open_article_first_screen_ms"] <= tui["open_article_complete_ms"]
    assert tui["open_article_words"] >= 5000
    # whole processes: the installed command against bench/raw_whoosh.py, side by side
    whole = figures["whole"]
    assert whole["startup"]["broadsheet"]["n"] == whole["startup"]["raw"]["n"] == 1
    build = whole["build"]
    default = f"procs{build['default_procs']}"
    measured = [key for key in build if key.startswith("procs") and key != "procs_option"]
    assert default in measured
    if build["procs_option"]:  # `index rebuild --procs N`: every count measured
        assert len(measured) == len({1, 2, report["machine"]["cpus"]})
    for key in measured:
        for side in ("raw", "broadsheet"):
            assert build[key][side]["n"] == 1 and build[key][side]["min"] > 0
            assert build[key]["runs"][side][0]["peak_tree_mb"] > 0
    assert len(whole["search"]["ms"]["broadsheet"]) == len(whole["search"]["ms"]["raw"]) == 2
    assert whole["updates"]["changed"] == 100 and whole["updates"]["broadsheet"]["n"] == 1
    reader = whole["reader"]
    if "skipped" not in reader:  # tmux present
        assert reader["seconds"]["n"] == 1 and reader["rss_mb"]["median"] > 0
    # scaling: one size in --quick, with every column filled
    (row,) = figures["scale"]
    assert row["articles"] == 400 and row["stories"]["stories_first_ms"] > 0
    assert len(row["stories"]["stories_ms"]) == 3 and row["stories"]["stories_p95_ms"] > 0
    assert row["search_inprocess"]["p95"] > 0 and row["search_inprocess"]["raw_p95"] > 0
    assert row["build"]["median"] > 0 and row["raw_build"]["median"] > 0
    assert row["update_100"]["median"] > 0 and row["search_whole"]["p50"] > 0
    assert len(row["keystroke"]["keystroke_ms"]) == 3
    # profiles: each written whole to the results folder, its top kept in the JSON
    profiles = figures["profiles"]
    assert set(profiles) == {"rebuild", "command", "keystroke"}
    assert "rebuild" in profiles["rebuild"]["tree"] and profiles["keystroke"]["index_calls"] > 0
    assert all(Path(path).exists() for path in profiles["command"]["files"])
    assert report["machine"]["load_after"] and report["machine"]["cpu_model"]
    # every row of the table has a figure, and ratios where raw Whoosh was measured
    names = [row[0] for row in report["rows"]]
    assert "rebuild, 2 processes, best of 2" in names and "search p95" in names
    assert (
        "whole search --json p50" in names and "scale 400: whole update, 100 changed files" in names
    )
    assert len(figures["build"]["procs2"]["runs"]["broadsheet"]) == 2
    assert all("x" in row[3] for row in report["rows"] if row[2])
    assert "smoke run" in done.stdout
