"""The built wheel installs beside common packages without touching their files, and runs.

broadsheet installs two top-level packages with generic names, `index` and `tui`. This
test builds the wheel (once per state of the sources: cached), installs it with pip into a
fresh virtual environment that already holds every distribution broadsheet needs plus
pytest (copied from this environment, RECORD and all), and checks that no file of another
distribution is overwritten, that `index` and `tui` belong to broadsheet alone there, that
every file of the packages is in the wheel, and that the installed command works.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from base64 import urlsafe_b64encode
from importlib.metadata import Distribution, PackageNotFoundError, distribution
from pathlib import Path

import pytest

from tests.conftest import ARTICLES, write_corpus

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("index", "tui", "seeds", "pyproject.toml", "README.md")
COMMON = ("textual", "rich", "typer", "whoosh-reloaded", "platformdirs", "pytest")
"""Distributions whose every file is checked against its RECORD after the install."""
OFFLINE = re.compile(r"No matching distribution|Could not find a version|connection|resolve", re.I)


def _source_key() -> str:
    """A hash of every file the wheel is built from: a new one means a new wheel."""
    digest = hashlib.sha256()
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else sorted(path.rglob("*"))
        for file in files:
            if file.is_file() and "__pycache__" not in file.parts:
                digest.update(file.relative_to(ROOT).as_posix().encode() + b"\0")
                digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


@pytest.fixture(scope="module")
def wheel(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel of the sources as they are, built once and kept while they stay the same."""
    cache = getattr(request.config, "cache", None)
    folder = (
        cache.mkdir("broadsheet-wheel") if cache is not None else tmp_path_factory.mktemp("whl")
    )
    target = folder / _source_key()
    built = sorted(target.glob("broadsheet-*.whl"))
    if built:
        return built[-1]
    shutil.rmtree(folder, ignore_errors=True)  # older wheels go
    target.mkdir(parents=True)
    command = [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w"]
    result = subprocess.run([*command, str(target)], capture_output=True, text=True)
    if result.returncode != 0:
        reason = (result.stderr.strip().splitlines() or ["pip wheel failed"])[-1]
        if OFFLINE.search(result.stderr):
            pytest.skip(f"cannot build the wheel here (no build backend offline): {reason}")
        pytest.fail(f"pip wheel failed: {reason}")
    return next(target.glob("broadsheet-*.whl"))


def _copy_distribution(dist: Distribution, site: Path) -> None:
    """Put ``dist``'s files (those in its site-packages) into ``site``, hard-linked."""
    origin = Path(str(dist.locate_file("")))
    for file in dist.files or ():
        if file.parts[0] == "..":
            continue  # console scripts and data outside site-packages
        source, copy = origin / file, site / file
        if not source.is_file():
            continue
        copy.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source, copy)
        except OSError:
            shutil.copy2(source, copy)


def _closure(names: tuple[str, ...]) -> list[Distribution]:
    """The installed distributions ``names`` need, themselves included."""
    seen: dict[str, Distribution] = {}
    todo = list(names)
    while todo:
        name = re.split(r"[ ;<>=!~\[(]", todo.pop(), maxsplit=1)[0]
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = distribution(name)
        except PackageNotFoundError:  # an optional extra's requirement that is not installed
            continue
        seen[key] = dist
        todo += [r for r in dist.requires or () if "extra ==" not in r]
    return list(seen.values())


def _changed(dist: Distribution, site: Path) -> list[str]:
    """The files of ``dist`` in ``site`` whose content differs from its RECORD."""
    changed = []
    for file in dist.files or ():
        if file.hash is None or file.parts[0] == "..":
            continue
        data = (site / file).read_bytes()
        digest = urlsafe_b64encode(hashlib.new(file.hash.mode, data).digest()).rstrip(b"=")
        if digest.decode() != file.hash.value:
            changed.append(str(file))
    return changed


def test_the_wheel_installs_beside_common_packages_and_runs(wheel: Path, tmp_path: Path) -> None:
    env = tmp_path / "fresh"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env)], check=True)
    python = env / "bin" / "python"
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    site = Path(purelib)
    neighbours = [
        d for d in _closure(("broadsheet", *COMMON)) if d.metadata["Name"] != "broadsheet"
    ]
    assert len(neighbours) > 20  # textual, rich, typer, whoosh, numpy, pytest... and theirs
    for dist in neighbours:
        _copy_distribution(dist, site)
    theirs = {str(f) for d in neighbours for f in d.files or () if f.parts[0] != ".."}

    ours = set(zipfile.ZipFile(wheel).namelist())
    assert ours & theirs == set()  # no path of the wheel is another distribution's
    tracked = {
        p.relative_to(ROOT).as_posix()
        for package in ("index", "tui")
        for p in (ROOT / package).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert tracked <= ours, f"missing from the wheel: {sorted(tracked - ours)}"
    (metadata,) = {name.split("/")[0] for name in ours} - {"index", "tui"}
    assert metadata.startswith("broadsheet-") and metadata.endswith(".dist-info")

    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps"]
    result = subprocess.run(
        [*install, "--no-index", "-q", str(wheel)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    for dist in neighbours:
        if dist.metadata["Name"].lower() in COMMON:
            assert _changed(dist, site) == [], dist.metadata["Name"]

    # `index` and `tui` there are broadsheet's alone, and are imported from there
    owners = subprocess.run(
        [
            python,
            "-P",
            "-c",
            "import importlib.metadata as m, index, tui; d = m.packages_distributions();"
            "print(d['index'], d['tui'], index.__file__, tui.__file__)",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    ).stdout.split()
    assert owners[:2] == ["['broadsheet']", "['broadsheet']"]
    assert all(Path(file).is_relative_to(site) for file in owners[2:])

    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    clean["BROADSHEET_INDEX_DIR"] = str(tmp_path / "index")
    command = env / "bin" / "broadsheet"
    helped = subprocess.run([command, "--help"], capture_output=True, text=True, env=clean)
    assert helped.returncode == 0 and "search" in helped.stdout and "index" in helped.stdout
    corpus = write_corpus(tmp_path / "corpus", ARTICLES)
    found = subprocess.run(
        [command, "search", "peacekeeping", "--corpus", str(corpus), "--json"],
        capture_output=True,
        text=True,
        env=clean,
        cwd=tmp_path,
    )
    assert found.returncode == 0, found.stderr
    assert '"harbour.txt"' in found.stdout
    assert sysconfig.get_paths()["purelib"] != purelib  # the fresh one, not this one
