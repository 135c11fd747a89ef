"""What the reader says when the index lacks stories or quotes (built with ``--no-stories``,
``--no-quotes``, or before them): the key that adds them, never a command to run in a shell
(a new user read "run `broa…", cut, in the story list, and "run `broadsheet index update`"
in the reader). An update (``u``) derives every kind the index lacks."""

from __future__ import annotations

NO_STORIES = "This index has no stories yet;\npress u to add them."
"""The story list's line (two short lines: the list is 40-76 columns wide, its rows unwrapped;
at 100 columns "it adds them." was cut, nu22 #7)."""
NO_STORIES_RELATED = "Related articles need stories, which this index lacks: press u to add them"
"""The toast of ``r``."""
NO_QUOTES = "This index has no quotes yet: press esc, then u to update the index: it adds them."
"""The quotes panel's line."""
