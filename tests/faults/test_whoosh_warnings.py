"""The Whoosh distribution imports without warnings, with no cached bytecode to hide them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

MODULES = (
    "whoosh.index, whoosh.fields, whoosh.analysis, whoosh.qparser, whoosh.query, "
    "whoosh.searching, whoosh.highlight, whoosh.spelling, whoosh.writing, whoosh.multiproc, "
    "whoosh.codec.whoosh3, whoosh.filedb.filestore, whoosh.support.levenshtein, "
    "index.search.engine, index.store.build"
)


@pytest.mark.parametrize("flag", ["error", "error::DeprecationWarning", "error::SyntaxWarning"])
def test_whoosh_imports_without_warnings(tmp_path: Path, flag: str) -> None:
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(tmp_path / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    result = subprocess.run(
        [sys.executable, "-W", flag, "-c", f"import {MODULES}"],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
