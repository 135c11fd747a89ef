"""Whole processes, timed as a user meets them: wall time from spawn to exit, CPU, memory."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from functools import cache
from pathlib import Path
from typing import Any

BIN = Path(sys.executable).parent
BROADSHEET = BIN / "broadsheet"
"""The installed console script of this interpreter's environment (the venv's)."""
RAW_SCRIPT = Path(__file__).resolve().parent / "raw_whoosh.py"
"""The minimal raw-Whoosh program run as the baseline."""


def broadsheet(*args: str) -> list[str]:
    """The command line of the installed ``broadsheet`` script with ``args``."""
    if not BROADSHEET.exists():
        raise RuntimeError(f"no installed broadsheet command at {BROADSHEET} (pip install -e .)")
    return [str(BROADSHEET), *args]


def raw(*args: str) -> list[str]:
    """The command line of the raw-Whoosh program with ``args``."""
    return [sys.executable, str(RAW_SCRIPT), *args]


@cache
def has_option(command: tuple[str, ...], option: str) -> bool:
    """Whether ``command --help`` lists ``option`` (e.g. ``--procs`` of ``index rebuild``)."""
    done = subprocess.run(
        [*broadsheet(*command), "--help"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1"},
    )
    return option in done.stdout


def user_env() -> dict[str, str]:
    """The environment, as a user's shell has it: Python writes and reads its bytecode caches.

    Without them (``PYTHONDONTWRITEBYTECODE``, set in some sandboxes) every start of the
    editable install compiles broadsheet's modules again, which an installed package never
    does (the raw program's Whoosh has its caches from pip): about 0.1 s of every command.
    """
    return {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def run(command: list[str], cwd: Path, sample: float | None = 0.1) -> dict[str, Any]:
    """Run ``command`` to its end and measure it; a failure raises with its stderr.

    Wall time runs from just before the spawn to the moment the kernel reports the exit
    (a thread waits in ``wait4``, so there is no polling delay). CPU seconds and the
    largest process's peak memory come from ``wait4`` and include the worker processes
    it waited for. With ``sample`` (seconds), the process tree is also sampled: the most
    processes alive at once, and the peak of their summed resident memory.
    """
    import psutil

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=user_env()
        )
        ended: dict[str, Any] = {}

        def wait() -> None:
            _, status, usage = os.wait4(process.pid, 0)
            ended["seconds"] = time.perf_counter() - started
            ended["status"] = os.waitstatus_to_exitcode(status)
            ended["usage"] = usage

        waiter = threading.Thread(target=wait, daemon=True)
        waiter.start()
        most_procs = 1
        peak_tree = 0
        if sample:
            try:
                root = psutil.Process(process.pid)
                while waiter.is_alive():
                    tree = [root, *root.children(recursive=True)]
                    rss = 0
                    for member in tree:
                        try:
                            rss += member.memory_info().rss
                        except psutil.Error:
                            continue
                    most_procs = max(most_procs, len(tree))
                    peak_tree = max(peak_tree, rss)
                    waiter.join(sample)
            except psutil.Error:
                pass  # it ended between two samples
        waiter.join()
        process.returncode = ended["status"]  # reaped by wait4: tell Popen
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    if ended["status"] != 0:
        raise RuntimeError(
            f"{' '.join(command[:4])} ... exited {ended['status']}: {stderr.strip()[-800:]}"
        )
    usage = ended["usage"]
    result: dict[str, Any] = {
        "seconds": ended["seconds"],
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "peak_mb": round(usage.ru_maxrss / 1024, 1),
        "stdout_tail": stdout.strip()[-300:],
    }
    if sample:
        result["most_procs"] = most_procs
        result["peak_tree_mb"] = round(peak_tree / 2**20, 1)
    return result


def summary(values: list[float]) -> dict[str, float]:
    """Minimum, median and maximum of ``values``, and how many there were."""
    return {
        "min": min(values),
        "median": statistics.median(values),
        "max": max(values),
        "n": len(values),
    }
