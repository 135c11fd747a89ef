"""A state file linked to /dev/null reads as empty, as it did before fx166 refused devices
(`ln -s /dev/null keymap.toml` kept the default keys, feeds.toml so linked followed no feed);
a link to a regular file reads as the file it names (rv74). Oracle: `Path.read_bytes`."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.fetch.feedlist import feeds_path, read_feeds
from index.ingest.files import NotRegular, read_state, read_state_bytes
from tui.keymap_file import read_keymap

pytestmark = pytest.mark.skipif(not os.path.exists(os.devnull), reason="no null device")


def test_null_reads_empty(tmp_path: Path) -> None:
    link = tmp_path / "reader.json"
    link.symlink_to(os.devnull)
    assert read_state_bytes(link) == b"" == Path(os.devnull).read_bytes()
    assert read_state(link) == ""
    keymap = tmp_path / "keymap.toml"
    keymap.symlink_to(os.devnull)
    assert read_keymap(keymap) == {}
    feeds_path(tmp_path).symlink_to(os.devnull)
    assert read_feeds(tmp_path) == []


def test_other_devices_still_refused(tmp_path: Path) -> None:
    link = tmp_path / "reader.json"
    link.symlink_to("/dev/zero")
    with pytest.raises(NotRegular, match="a device"):
        read_state_bytes(link)


@given(st.binary(max_size=2000), st.integers(1, 3))
def test_links_to_a_file_read_as_the_file(data: bytes, hops: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "real"
        target.write_bytes(data)
        for hop in range(hops):
            link = Path(folder) / f"link{hop}"
            link.symlink_to(target)
            target = link
        assert read_state_bytes(target) == target.read_bytes() == data
