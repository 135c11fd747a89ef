"""qc36: a child forked for a kind (`index.store.aside`) runs in a session of its own, as
the index workers do, so that Linux's fair share by session (autogroups) gives it a share
of its own, not half of its parent's. That it still dies with its parent:
`tests/faults/test_update_grandchild_kill.py`."""

from __future__ import annotations

import os
from pathlib import Path

from index.store import aside


def _report_session(report: Path) -> None:
    pid = os.getpid()
    report.write_text(f"{pid} {os.getsid(0)} {os.getpgrp()}")


def test_a_child_built_aside_leads_a_session_of_its_own(tmp_path: Path) -> None:
    report = tmp_path / "session"
    child = aside.start("session", lambda: _report_session(report))
    child.wait()
    pid, session, group = map(int, report.read_text().split())
    assert pid == child.pid
    assert session == pid and group == pid  # its own session and process group
    assert session != os.getsid(0)


def test_a_child_waiting_for_its_values_leads_a_session_of_its_own(tmp_path: Path) -> None:
    report = tmp_path / "session"

    def work(later: aside.Later) -> None:
        list(later.added())
        _report_session(report)

    child = aside.start_later("session", work)
    child.send([], [])
    child.wait()
    pid, session, _ = map(int, report.read_text().split())
    assert pid == child.pid and session == pid
