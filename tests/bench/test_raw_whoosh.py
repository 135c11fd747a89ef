"""The raw-Whoosh baseline is the program it claims to be, and the process timer measures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bench import raw_whoosh
from bench.process import RAW_SCRIPT, run, summary
from index.store import build, schema


def test_same_analyzer_fields_and_writer_memory_as_broadsheet() -> None:
    raw = raw_whoosh.raw_schema()
    ours = schema.make_schema()
    # the script imports nothing of broadsheet's, so its stop filter is a copy of
    # `PhraseStopFilter`: the same steps, and the same terms in each way a text is analysed
    text = "The G-7 will NOT allow a Café; this is not a drill, to be or not to be"
    hyphens = "COVID-19-related al-Qaeda K-pop a-b-c-d-e-f-g U.S.-led 3.5-fold x-y* end"
    initialisms = "US SPRINT: The US, U.N. and N.A.T.O. told us: LET US PRAY, IT IS US-UK IT"
    initialisms += " US-led U.S.-led US-2 us-led"
    for name in ("title", "body"):
        ours_steps = [type(item).__name__ for item in ours[name].analyzer.items]
        raw_steps = [type(item).__name__ for item in raw[name].analyzer.items]
        assert ours[name].analyzer == schema.TEXT_ANALYZER
        assert raw_steps == [
            "RegexTokenizer",
            "Hyphens",
            "Initialisms",
            *ours_steps[3:5],
            "KeptStops",
            "StemFilter",
        ]
        assert ours_steps[1:3] == ["HyphenFilter", "InitialismFilter"]
        loose = {"mode": "query"}
        ways = [{"mode": "index"}, loose, {**loose, "chars": True}, {}]
        ways.append({**loose, "tokenize": False, "removestops": False})  # a wildcard's text
        ways.append({"mode": "index", "positions": True, "chars": True})
        for how in ways:
            for given in (text, hyphens, initialisms, "*", "a"):
                mine = [_seen(t) for t in raw[name].analyzer(given, **how)]
                assert mine == [_seen(t) for t in ours[name].analyzer(given, **how)], how
    assert tuple(raw_whoosh.FIELDS) == tuple(schema.SEARCH_FIELDS)
    assert raw_whoosh.BOOSTS == schema.FIELD_BOOSTS
    assert raw_whoosh.WRITER_LIMIT_MB == build.WRITER_LIMIT_MB


def _seen(token: Any) -> tuple[Any, ...]:
    """A token's term, and its position and characters where it has them."""
    return tuple(getattr(token, name, None) for name in ("text", "pos", "startchar", "endchar"))


def test_script_imports_nothing_of_broadsheet() -> None:
    # its startup must be Python's and Whoosh's only
    done = subprocess.run(
        [sys.executable, "-I", "-X", "importtime", str(RAW_SCRIPT), "--help"],
        capture_output=True,
        text=True,
        check=True,
        cwd="/",
    )
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert "whoosh.index" in imported
    assert not {name for name in imported if name.split(".")[0] in ("index", "tui", "bench")}


def test_build_search_update_as_whole_processes(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    rows = [
        {
            "id": f"a{n}",
            "title": f"Wheat exports {n}",
            "date": f"1987-03-0{1 + n % 9}",
            "body": "Crude oil prices rose." if n % 2 else "Farmers exported wheat.",
        }
        for n in range(30)
    ]
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    index_dir = tmp_path / "ix"
    built = run([sys.executable, str(RAW_SCRIPT), "build", str(corpus), str(index_dir)], tmp_path)
    assert json.loads(built["stdout_tail"]) == {"docs": 30}
    assert built["seconds"] > 0 and built["cpu_s"] >= 0 and built["most_procs"] >= 1
    hits = raw_whoosh.search(index_dir, "crude oil")
    assert sorted(hit["id"] for hit in hits) == sorted(f"a{n}" for n in range(1, 30, 2))
    changed = tmp_path / "a0.json"
    changed.write_text(json.dumps({**rows[0], "body": "Crude oil now."}), encoding="utf-8")
    assert raw_whoosh.update(index_dir, [changed]) == 1
    assert "a0" in {hit["id"] for hit in raw_whoosh.search(index_dir, "crude")}
    assert len(raw_whoosh.search(index_dir, "*")) == 20  # still 30 documents, top 20 shown


def test_a_failing_command_raises_with_its_reason(tmp_path: Path) -> None:
    failing = [sys.executable, "-c", "import sys; sys.stderr.write('nope'); sys.exit(3)"]
    with pytest.raises(RuntimeError, match="exited 3: nope"):
        run(failing, tmp_path, sample=None)


def test_summary() -> None:
    assert summary([3.0, 1.0, 2.0, 10.0]) == {"min": 1.0, "median": 2.5, "max": 10.0, "n": 4}


def test_the_script_folds_what_broadsheet_folds() -> None:
    # written out in the script (it imports nothing of broadsheet's): the same letters
    assert raw_whoosh.FOLD_MORE == schema.FOLD_MORE


def test_related_reads_broadsheets_generation_without_importing_broadsheet(
    tmp_path: Path,
) -> None:
    # bench.stories_process's baseline: broadsheet's own Whoosh index, opened with the
    # script's schema (the pickled one names broadsheet's analyzer classes)
    from bench.stories_process import generation
    from index.library import Library

    corpus = tmp_path / "c.jsonl"
    rows = [
        {
            "id": f"a{n}",
            "title": f"Harvest report {n}",
            "date": f"1987-03-0{1 + n % 9}",
            "body": f"Wheat farmers in region {n} exported grain as crude oil prices rose."
            if n % 2
            else f"A museum in town {n} opened a gallery of paintings and sculpture.",
        }
        for n in range(12)
    ]
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    index_dir = tmp_path / "ix"
    Library.open(corpus, index_dir)
    gen = generation(index_dir)
    done = subprocess.run(
        [sys.executable, "-I", "-X", "importtime", str(RAW_SCRIPT), "related", str(gen), "a1"],
        capture_output=True,
        text=True,
        check=True,
        cwd="/",
    )
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert not {name for name in imported if name.split(".")[0] in ("index", "tui", "bench")}
    found = json.loads(done.stdout)
    assert found["id"] == "a1" and found["title"] == "Harvest report 1"
    related = [hit["id"] for hit in found["related"]]
    assert related and "a1" not in related
    assert set(related[:5]) <= {f"a{n}" for n in range(3, 12, 2)}  # the wheat ones first
