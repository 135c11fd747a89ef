"""What `export --story` tells of the story besides its articles: its record as `story
--json` prints it, with its quotations as `quotes --json` prints them (nu38 #5: the memo
had titles and links only)."""

from __future__ import annotations

from typing import Any

from index.library import Library
from index.models import StoryTimeline


def story_account(library: Library, told: StoryTimeline) -> dict[str, Any]:
    """The story as `broadsheet story --json` has it (id, title, articles, timeline, first,
    lags, followed...) and ``quotes``: its quotation groups, most carried first (None when
    the index was built without quotes)."""
    # the command modules add their commands to the app when imported: only on use
    from index.library import QuotesMissing
    from tui.cli.quotes import group_record
    from tui.cli.story_records import timeline_record
    from tui.notebook_ops import followed_ids

    followed = told.story.id in followed_ids(library)
    record = timeline_record(told, followed, earlier=library.earlier_outside(told))
    try:
        groups = library.quotes(articles=told.story.counted)
    except QuotesMissing:
        record["quotes"] = None
    else:
        record["quotes"] = [group_record(group) for group in groups]
    return record
