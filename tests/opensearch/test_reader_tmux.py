"""End to end on OpenSearch: the installed `broadsheet --engine opensearch` in tmux."""

from __future__ import annotations

import shutil
import time
import uuid
from pathlib import Path

import pytest

from index.opensearch.client import configured_url
from index.opensearch.corpus import OpenSearchEngine
from tests.tui.test_e2e_tmux import BROADSHEET, screen, tmux, wait_for

pytestmark = [
    pytest.mark.opensearch,
    pytest.mark.skipif(
        shutil.which("tmux") is None or not BROADSHEET.exists(),
        reason="needs tmux and the installed broadsheet command",
    ),
]


def test_the_reader_builds_searches_and_quits_on_opensearch(tmp_path: Path) -> None:
    index_dir = tmp_path / f"bs-test-{uuid.uuid4().hex[:12]}"
    name = f"bs-{uuid.uuid4().hex[:8]}"
    marker = tmp_path / "exit-code"
    command = (
        f"env -u COLUMNS -u LINES {BROADSHEET} --engine opensearch "
        f"--opensearch-url {configured_url()} --index-dir {index_dir}; "
        f"echo $? > {marker}; sleep 60"
    )
    tmux("new-session", "-d", "-s", name, "-x", "120", "-y", "40", command)
    try:
        wait_for(name, "4 articles", timeout=60)  # built on the node first, then listed
        tmux("send-keys", "-t", name, "-l", "/peacekeepers")
        shown = wait_for(name, "3 hits")
        assert "dpa/NAN" in shown
        tmux("send-keys", "-t", name, "Enter")  # from the search bar to the list
        time.sleep(0.3)  # a person's pace between keys that move the focus
        tmux("send-keys", "-t", name, "C-q")
        deadline = time.monotonic() + 15
        while not marker.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert marker.read_text().strip() == "0"
        assert "Traceback" not in screen(name)
    finally:
        tmux("kill-session", "-t", name)
        OpenSearchEngine(index_dir, configured_url()).index.drop()
