"""fx95 through the CLI: a typo'd ``feeds.toml`` is told on stderr by `feeds list` and
`fetch`, which go on with what they read; sidecars saved before fx88 are moved to the new
form by the next fetch, which says so, and the index update reads them again."""

from __future__ import annotations

import json
from pathlib import Path

from pytest_httpserver import HTTPServer

from tests.cli.test_fetch_cli import folders, run, site  # noqa: F401 (fixtures)
from tui.cli import Exit

TYPO = "unknown table [[feeds]] (line 2); did you mean [[feed]]?"


def test_a_typod_table_is_told_and_the_rest_read(
    site: HTTPServer,  # noqa: F811
    folders: tuple[Path, Path],  # noqa: F811
) -> None:
    corpus, index_dir = folders
    feeds = corpus / "feeds.toml"
    feeds.write_text(f'# mine\n[[feeds]]\nurl = "{site.url_for("/rss")}"\n', "utf-8")
    code, out, err = run(corpus, index_dir, "feeds", "list")
    assert code == Exit.OK and "follows no feeds" in out
    assert err.splitlines() == [
        f"{feeds}: {TYPO}",
        f"{feeds}: no feed was read: the file has no [[feed]] table",
    ]
    code, out, err = run(corpus, index_dir, "fetch", "--no-update")
    assert code == Exit.USAGE and TYPO in err and "no feed was read" in err
    assert "Traceback" not in err
    with feeds.open("a", encoding="utf-8") as handle:
        handle.write(f'\n[[feed]]\nurl = "{site.url_for("/rss")}"\nnmae = "Gazette"\n')
    code, out, err = run(corpus, index_dir, "fetch", "--no-update", "--interval", "0.2")
    assert code == Exit.OK and "3 new" in out
    assert err.splitlines() == [
        f"{feeds}: {TYPO}",
        f"{feeds}: unknown key nmae in feed 1 (line 7); did you mean name?",
    ]


def test_old_sidecars_are_moved_said_and_indexed_again(
    site: HTTPServer,  # noqa: F811
    folders: tuple[Path, Path],  # noqa: F811
) -> None:
    corpus, index_dir = folders
    run(corpus, index_dir, "feeds", "add", site.url_for("/rss"), "--name", "Levant Monitor")
    assert run(corpus, index_dir, "fetch", "--interval", "0.2")[0] == Exit.OK
    sidecars = sorted(corpus.glob("fetched/*/*/*.meta.toml"))
    fresh = [path.read_bytes() for path in sidecars]
    for path in sidecars:  # as a fetch before fx88 wrote them
        path.write_bytes(path.read_bytes().replace(b"feed_name = ", b"source = "))
    code, out, _ = run(corpus, index_dir, "fetch", "--interval", "0.2")
    assert code == Exit.OK
    assert "; 3 saved pages moved to the new sidecar form; `index update` picks them up" in out
    assert "files: 0 new, 3 changed" in out  # read again: their sidecars changed
    assert [path.read_bytes() for path in sidecars] == fresh
    code, out, _ = run(corpus, index_dir, "fetch", "--json", "--no-update", "--interval", "0.2")
    assert json.loads(out)["moved_to_new_sidecar_form"] == 0
