"""The keys of the reader's stories: the list's toggle, the story list and screen, and the
related dialog (split from `tui.keymap`, which lists them with every other block)."""

from __future__ import annotations

from tui.keymap_groups import COMPARING, INDEX, MOVING, STORIES, list_moves
from tui.keymap_key import Key

STORY_KEYS = (
    Key("toggle-stories", "S", "toggle_stories", "Stories",
        "switch the list between articles and stories (a query finds stories); over a "
        "story: enter opens its screen, c compares its outlets, q lists its quotes", STORIES,
        show=False, palette="Stories: switch the list"),
    Key("related", "r", "related", "Related",
        "articles related to the open one: its story's first, then the nearest, and why",
        STORIES, show=False, palette="Related articles"),
)  # fmt: skip
"""The reader's story keys (`tui.screens.story_mode.StoryMode`); ``r`` is "related", so
updating the index moved to ``u`` (the key table agreed across issues 15-20)."""

STORY_LIST = (
    *list_moves("stories", "story", "story", pages=("pagedown,ctrl+d", "pageup,ctrl+u")),
    Key("stories-open", "l", "select", "Open", "open the story under the cursor", MOVING,
        show=False),
)  # fmt: skip
"""The story list's keys besides enter, as the article list has them
(`tui.widgets.story_list.StoryList`; nu68: g, G, ctrl+d, ctrl+u and l did nothing there)."""

STORY_SCREEN = (
    Key("story-back", "escape", "back", "Back",
        "back (the notebook, a story, reader; opened by esc: the list)", STORIES),
    Key("story-open", "o", "open", "Read", "read the article under the cursor",
        STORIES, tooltip="Read it in the reader"),
    Key("story-read", "enter", "open", "Read", "read the article under the cursor", STORIES,
        show=False),
    Key("story-compare", "c", "compare", "Compare",
        "compare the article under the cursor with the story's first (or second)", COMPARING,
        palette="Compare with the story's first"),
    Key("story-compare-all", "C", "compare_all", "Compare all",
        "compare the story's outlets at once (the first article of each, up to 8)", COMPARING,
        palette="Compare all outlets"),
    Key("story-follow", "f", "follow", "Follow", "follow or unfollow the story: articles "
        "that join it later are counted, and marked ● when you open it", STORIES),
    Key("story-moved", "m", "open_moved", "Moved", "open the story that a followed story's "
        "moved articles are in now (the head says where they went)", STORIES, show=False,
        palette="Open the story moved articles joined"),
    Key("story-earlier", "E", "open_earlier", "Earlier", "read the close article outside "
        "the story that ran before its first (the head's \"Earlier, not in this story\" "
        "line; the footer shows E only then)", STORIES),
    Key("story-quotes", "q", "quotes", "Quotes",
        "the quotes of the story's articles; enter opens one at the quote", STORIES,
        palette="Quotes of the story"),
    Key("story-related", "r", "related", "Related", "articles related to the one under the "
        "cursor, as the reader's r lists them; enter reads one", STORIES,
        palette="Related articles of the one under the cursor"),
    Key("story-update", "u", "update_index", "Update", "update the index from the corpus in "
        "the background (the line above the keys says when it changed on disk); the story is "
        "read again after", INDEX),
    *list_moves("story", "article (in the text below, these keys scroll it)", "article"),
    Key("story-next-field", "tab", "app.focus_next", "Next field",
        "between the articles and the text below", MOVING, show=False),
    Key("story-prev-field", "shift+tab", "app.focus_previous", "Previous field",
        "between the text below and the articles", MOVING, show=False),
)  # fmt: skip
"""The story screen's keys (`tui.screens.story.StoryScreen`)."""

RELATED = (Key("related-cancel", "escape", "cancel", "Cancel"),
           Key("related-down", "j", "cursor(1)", "Down", show=False),
           Key("related-up", "k", "cursor(-1)", "Up", show=False),
           Key("related-update", "u", "update_index", "Update", "update the index from the "
               "corpus in the background (the line under the keys says when it changed on "
               "disk); the list is found again after", INDEX, show=False))  # fmt: skip
"""The related articles dialog's keys (`tui.dialogs.related.RelatedDialog`)."""
