"""How many articles stand in no story: the story list said "11 stories" while 10 of the
42 articles were in none, and nothing said so (nu74: a researcher following "who covered
this" should know some articles stand alone)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from index.story_models import Story


def alone_count(stories: Iterable[Story], copies: Mapping[str, str], articles: int) -> int:
    """The ``articles`` (each text once, `Library.article_count`) in none of ``stories``.

    ``copies`` maps each exact copy to its original (`Library.copies`): a copy counts in no
    article count, and a copy in a story puts its text, the original, in it.
    """
    held = {copies.get(article, article) for story in stories for article in story.article_ids}
    return max(0, articles - len(held))
