"""The user's keymap file: a remapped binding id acts on its new key; a bad file, defaults."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import SeverityLevel
from textual.pilot import Pilot

import tui.app
from tests.tui.conftest import reader, settle
from tui import keymap, keymap_file
from tui.app import BroadsheetApp
from tui.screens.help import HelpScreen
from tui.widgets.article_list import ArticleList


class NotedApp(BroadsheetApp):
    """The app, keeping every notification it shows (message, severity)."""

    CSS_PATH = str(Path(tui.app.__file__).with_name("app.tcss"))  # not beside this test

    def __init__(self, corpus: Path, index_dir: Path, *, config_dir: Path | None = None) -> None:
        super().__init__(corpus, index_dir, config_dir=config_dir)
        self.noted: list[tuple[str, SeverityLevel]] = []

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        self.noted.append((message, severity))
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)


def _help_row(screen: HelpScreen, what: str) -> str:
    """The keys the help screen shows for the line ``what``."""
    rows = {line: keys for group in keymap.GROUPS for keys, line, _ in screen.rows(group)}
    return rows[what]


async def test_a_remapped_list_key_acts_and_its_old_keys_do_not(
    built: tuple[Path, Path], tmp_path: Path
) -> None:
    config = _config(tmp_path, '# mine\nlist-down = "x"\nlist-up = "ctrl+b,z"\n')
    app = NotedApp(*built, config_dir=config)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        articles = reader(app).articles
        assert isinstance(app.focused, ArticleList) and articles.cursor == 0
        await pilot.press("x", "x")
        assert articles.cursor == 2
        await pilot.press("ctrl+b")
        assert articles.cursor == 1
        await pilot.press("z")
        assert articles.cursor == 0
        await pilot.press("down")  # unbound now: nothing moves
        await settle(pilot)
        assert articles.cursor == 0 and isinstance(app.focused, ArticleList)
        await pilot.press("j")  # unbound now: letters type only in the search bar
        await settle(pilot)
        assert isinstance(app.focused, ArticleList) and articles.cursor == 0
        assert reader(app).search_box.value == ""
        assert not [note for note in app.noted if note[1] != "information"]


async def test_a_remapped_app_key_and_the_help_screen_shows_it(
    built: tuple[Path, Path], tmp_path: Path
) -> None:
    app = NotedApp(*built, config_dir=_config(tmp_path, 'help = "f2"\nlist-down = "x"\n'))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f2")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        assert _help_row(app.screen, "this help (in the search bar ? is typed)") == "f2"
        shown = _help_row(app.screen, "next article, or scroll the text down")
        names = shown.split(" / ")
        # the list's key is remapped, the reading pane's (same line of help) is not
        assert "x" in names and "j" in names and "↓" in names
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, HelpScreen)


async def _reader_help(app: BroadsheetApp, pilot: Pilot[None]) -> HelpScreen:
    """The reader's help, opened with `?`."""
    await settle(pilot)
    await pilot.press("question_mark")
    await settle(pilot)
    assert isinstance(app.screen, HelpScreen)
    return app.screen


async def test_the_help_never_says_space_pages_where_it_marks(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        help_screen = await _reader_help(app, pilot)
        assert "space" in _help_row(
            help_screen, "mark or unmark the article for comparison, up to 8 (● in the list)"
        ).split(" / ")
        # the list's page down (no space: it marks there) and the text's are two rows
        assert "space" not in _help_row(help_screen, "page down").split(" / ")
        assert "space" in _help_row(help_screen, "page down in the text (space marks in the list)")


async def test_the_help_says_what_enter_c_and_q_do_over_a_story(app: BroadsheetApp) -> None:
    """nu68's walkthrough: the Stories heading named `S` and `r` only, so no screen told a
    new user that enter opens a story, `c` compares its outlets and `q` lists its quotes
    (`StoryList.action_select`, `StoryMode.compare_story`, `QuoteJump.open`)."""
    async with app.run_test(size=(120, 40)) as pilot:
        help_screen = await _reader_help(app, pilot)
        said = " ".join(line for g in keymap.GROUPS for _, line, _ in help_screen.rows(g))
        assert "over a story: enter opens its screen, c compares its outlets" in said
        assert "q lists its quotes" in said
        assert "quotes of the article read, else of the story under the cursor" in said


BAD_FILES = [
    ('list-down = "x', "is not valid TOML"),
    ("list-down x\n", "is not valid TOML"),
    ('no-such-key = "x"\n', "no key has the id 'no-such-key'"),
    ('list-down = "florp"\n', "is not a list of key names"),
    ('list-down = "j down"\n', "is not a list of key names"),
    ('list-down = "ctrl+"\n', "is not a list of key names"),
    ('list-down = "x"\n[list-up]\nkeys = "y"\n', "should be a string of keys"),
    ("list-down = 5\n", "should be a string of keys"),
    (b"list-down = '\xff'\n", "cannot read"),
]
"""Bad keymap files, and what the warning says of each."""


def _config(tmp_path: Path, text: str | bytes) -> Path:
    """A config folder holding a keymap file of ``text``."""
    folder = tmp_path / "config"
    folder.mkdir()
    target = folder / keymap.KEYMAP_FILE
    target.write_bytes(text if isinstance(text, bytes) else text.encode())
    return folder


@pytest.mark.parametrize(("text", "reason"), BAD_FILES)
def test_a_bad_keymap_file_is_one_line_and_no_keymap(
    tmp_path: Path, text: str | bytes, reason: str
) -> None:
    folder = _config(tmp_path, text)
    remapped, problem = keymap_file.user_keymap(folder)
    assert remapped == {} and problem is not None and "\n" not in problem
    assert problem.startswith("keymap ignored, default keys kept: ")
    assert reason in problem and str(folder / keymap.KEYMAP_FILE) in problem


@pytest.mark.parametrize(("text", "reason"), [BAD_FILES[0], BAD_FILES[2], BAD_FILES[3]])
async def test_the_app_warns_once_and_keeps_the_default_keys(
    built: tuple[Path, Path], tmp_path: Path, text: str, reason: str
) -> None:
    app = NotedApp(*built, config_dir=_config(tmp_path, text))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        warnings = [message for message, severity in app.noted if severity == "warning"]
        assert len(warnings) == 1 and reason in warnings[0] and "\n" not in warnings[0]
        articles = reader(app).articles
        await pilot.press("j", "down")  # the defaults, even those the file tried to remap
        assert articles.cursor == 2
        await pilot.press("x")  # not bound: nothing (letters type only in the search bar)
        await settle(pilot)
        assert articles.cursor == 2 and reader(app).search_box.value == ""


def test_the_keymap_is_read_from_the_user_config_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert keymap_file.user_keymap() == ({}, None)  # no file: no keymap, nothing to say
    folder = tmp_path / "broadsheet"
    folder.mkdir()
    (folder / keymap.KEYMAP_FILE).write_text('focus-search = " slash , ctrl+f "\n')
    assert keymap_file.user_keymap() == ({"focus-search": "slash,ctrl+f"}, None)


def test_every_default_key_is_a_key_name_and_reads_back(tmp_path: Path) -> None:
    names = [name for key in keymap.ALL for name in key.keys.split(",")]
    assert all(keymap_file.is_key_name(name) for name in names)
    ids = [key.id for key in keymap.ALL]
    assert len(ids) == len(set(ids))
    # a keymap naming every id with its default keys reads back as exactly that
    path = tmp_path / keymap.KEYMAP_FILE
    path.write_text("".join(f'{key.id} = "{key.keys}"\n' for key in keymap.ALL))
    assert keymap_file.read_keymap(path) == {key.id: key.keys for key in keymap.ALL}


@pytest.mark.parametrize("screen", [*keymap.SCREEN_KEYS, "HelpScreen"])
def test_the_palette_line_names_highlight_term_only_where_the_palette_offers_it(
    screen: str,
) -> None:
    """ "Highlight term…" is a command of the reader's palette only (`get_system_commands`):
    the help of the comparison, notebook, quotes and story screens said it too."""
    palette = [k for k in keymap.help_keys(screen) if k.id == "command-palette"]
    assert len(palette) == 1
    assert ("Highlight term" in palette[0].help) == (screen == "ReaderScreen")
