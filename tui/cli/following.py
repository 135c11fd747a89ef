"""`broadsheet follow`, `unfollow` and `following`: stories whose new articles are counted."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated

import typer
from rich.table import Table

from index.notebook import FollowedNews, Notebook
from tui import followed_lines, notebook_ops
from tui.cli.article_ids import STORY_ID_HELP, get_story_id, said_resolved
from tui.cli.common import (
    CorpusOption,
    Exit,
    IndexDirOption,
    JsonOption,
    app,
    fail,
    out,
    print_json,
    shown,
    target,
)
from tui.cli.notebook import opened

StoryId = Annotated[str, typer.Argument(metavar="STORY_ID", help=STORY_ID_HELP)]
FollowedId = Annotated[
    str,
    typer.Argument(
        metavar="STORY_ID",
        help="The followed story's id (`following`), or a beginning of it that begins no"
        ' other followed story\'s id (at least 5 characters: "s" and 4 more).',
    ),
]


@app.command("follow")
def follow_command(
    ctx: typer.Context,
    story_id: StoryId,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Follow a story: articles that join it later are counted (again: mark them seen)."""
    settings = target(ctx, corpus, index_dir)
    with opened(settings) as (library, notebook):
        try:
            followed = notebook_ops.follow(library, notebook, get_story_id(library, story_id))
        except KeyError:
            fail(f"no story with id {story_id!r} (try `broadsheet stories`)", Exit.NOT_FOUND)
        many = "article" if followed.seen == 1 else "articles"
        title = followed_lines.short_title(followed.title, 60)
        out.print(shown(f"following {followed.story} {title!r} ({followed.seen:,} {many} seen)"))


@app.command("unfollow")
def unfollow_command(
    ctx: typer.Context,
    story_id: FollowedId,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Stop following a story (a story gone from the index too)."""
    settings = target(ctx, corpus, index_dir)
    with opened(settings, index=False) as (_, notebook):
        story = followed_id(notebook, story_id.strip())
        notebook.stories.unfollow(story)  # none named: "story 'x' is not followed", exit 3
        out.print(shown(f"stopped following {story}"))


def followed_named(followed: Iterable[str], form: str) -> tuple[str, ...]:
    """The followed stories' ids ``form`` names: the id itself, else every id it begins,
    as `story` takes a story's (`Library.story_ids_named`, fx157)."""
    ids = set(followed)
    if form in ids or not form:
        return (form,) if form else ()
    # an id is not begun where its "-2" begins: s…ff-2 is another story than s…ff, named
    # after the same first article (rv72: `unfollow s…ff` stopped following s…ff-2)
    return tuple(sorted(i for i in ids if i.startswith(form) and i[len(form)] != "-"))


# `unfollow` is destructive: a beginning names a followed story only when it is "s" and at
# least 4 more characters (nu65 #6: `unfollow s` stopped following one of 1 with no check)
SHORTEST_BEGINNING = 5


def followed_id(notebook: Notebook, form: str) -> str:
    """The followed story ``form`` names (its id or a beginning of one alone: said on
    stderr); a beginning of several: one line, exit 3; else ``form`` as typed (fx160:
    `unfollow s4f97` was "not followed" though `follow s4f97` followed s4f97c7ac91ff)."""
    if not form:
        fail("the story id is empty (`following` lists the followed stories' ids)", Exit.USAGE)
    followed = [s.story for s in notebook.stories.all()]
    named = followed_named(followed, form)
    if len(named) > 1:
        some = ", ".join(named[:5]) + (", …" if len(named) > 5 else "")
        said = f"{form!r} begins {len(named):,} followed story ids ({some}): type more of it"
        fail(said, Exit.NOT_FOUND)
    if named and form not in followed and len(form) < SHORTEST_BEGINNING:
        fail(
            f"{form!r} is too short to name a followed story: type at least"
            f" {SHORTEST_BEGINNING} characters of its id (`following` lists them)",
            Exit.USAGE,
        )
    if named:
        said_resolved(form, named[0])
        return named[0]
    return form


@app.command("following")
def following_command(
    ctx: typer.Context,
    as_json: JsonOption = False,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """List the followed stories with how many articles joined each since it was opened,
    which of their articles are in another story now (an update or rebuild split it), and
    the later articles outside each that are close to it (possible follow-ups)."""
    settings = target(ctx, corpus, index_dir)
    with opened(settings) as (library, notebook):
        found = notebook_ops.followed_news(library, notebook, notebook_ops.FOLLOWUPS)
    if as_json:
        print_json([n.to_json() for n in found])
        return
    if not found:
        out.print("No followed stories: `broadsheet follow STORY_ID` (see `broadsheet stories`).")
        return
    out.print(news_table(found))
    for news in found:
        if news.moved or news.removed:
            out.print(shown(f"{news.followed.story}: {followed_lines.news_line(news)}"))
            for moved in news.moved:
                out.print(shown(f"  {moved.article} -> {moved.story}", "dim"))
            for article in news.removed:  # deleted from the corpus (rv33 #4)
                out.print(shown(f"  {article} left the index", "dim"))
        if news.followups:  # later articles outside it, close to it (fu34)
            said = followed_lines.followups_said(
                len(news.followups), followed_lines.found_of(news.followups)
            )
            out.print(shown(f"{news.followed.story}: later, related ({said}):"))
            for later in news.followups:
                when = (later.date or "undated")[:10]
                line = f"  {later.article}  {when}  {later.source or '?'}: {later.title}"
                out.print(shown(line, "dim"))


def news_table(found: list[FollowedNews]) -> Table:
    """The followed stories as a table: id, title, articles, new ones (or gone); the
    articles now in another story are listed under it (`following_command`). A story an
    update renamed shows the title it was followed by too (nu39 #5)."""
    table = Table(title_justify="left")
    table.add_column("story", style="dim", no_wrap=True)
    table.add_column("title", ratio=3)
    table.add_column("articles", justify="right")
    table.add_column("new", justify="right")
    table.add_column("followed", style="dim", no_wrap=True)
    for news in found:
        story = news.followed
        title = shown(story.title or "(untitled)")
        if news.followed_title:
            title.append_text(shown(f" (was {news.followed_title!r})", "dim"))
        table.add_row(
            shown(story.story),
            title,
            "gone" if news.articles is None else f"{len(news.articles):,}",
            "" if news.gone else shown(f"{len(news.new):,}", "bold" if news.new else ""),
            story.created[:10],
        )
    return table
