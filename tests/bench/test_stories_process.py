"""`bench.stories_process`: its slots turn the order of the kinds, its summary's ratios."""

from __future__ import annotations

from pathlib import Path

from bench.stories_process import STORIES_EVERY, pct, plan, summary, table


def test_each_slot_runs_every_kind_in_a_turned_order(tmp_path: Path) -> None:
    (tmp_path / "CURRENT").write_text("gen-1\n", encoding="utf-8")
    where = ["--index-dir", str(tmp_path)]
    firsts = set()
    for slot in range(8):
        kinds = plan(tmp_path, where, "a1", "s1", slot, before=Path("/old"))
        assert ("stories --json" in kinds) == (slot % STORIES_EVERY == 0)
        assert kinds["raw Whoosh related"][-2:] == [str(tmp_path / "gen-1"), "a1"]
        assert kinds["related ID --json, before"][:2] == ["env", "PYTHONPATH=/old"]
        assert kinds["related ID --json"][0] == "env"  # both sides pay the one exec
        firsts.add(next(iter(kinds)))
    assert len(firsts) > 4


def test_summary_ratios_are_of_the_medians() -> None:
    def runs(*ms: float) -> list[dict[str, float]]:
        return [{"seconds": m / 1000, "cpu_s": m / 2000} for m in ms]

    found = summary(
        {
            "python -c 'import whoosh'": runs(10, 20, 30),
            "raw Whoosh related": runs(100, 200, 300),
            "related ID --json": runs(400, 500, 600),
        }
    )
    assert found["related ID --json"]["wall_p50"] == 500
    assert found["related ID --json"]["cpu_p50"] == 250
    assert found["related ID --json"]["x_raw"] == 2.5
    assert found["related ID --json"]["cpu_x_raw"] == 2.5
    assert found["related ID --json"]["x_import_whoosh"] == 25
    assert pct([1, 2, 3, 4], 0.95) == 4
    assert "| related ID --json | 500 / 600 |" in table(found)
