"""What the quotes panel lists (`QuoteScope`), and where a row points (`QuoteTarget`)."""

from __future__ import annotations

from dataclasses import dataclass

from index.models import counted, quotes_found_in


@dataclass(frozen=True, slots=True)
class QuoteScope:
    """What the panel lists: one article's quotes, a story's, else a query's, else the corpus's.

    Attributes:
        article: The open article's id (its quotes, in reading order), or None.
        title: That article's (or story's) title, for the heading.
        query: The reader's query when no article is open ("" for the whole corpus).
        story: The articles of the story chosen in the story list (their quotes), or None.
        story_id: That story's id: after an update its articles are read again (None:
            they are not).
        source: The outlet the reader's list keeps, for a query's quotes: those its
            articles carry (issue 16: the panel listed every outlet's), or None.
    """

    article: str | None = None
    title: str = ""
    query: str = ""
    story: tuple[str, ...] | None = None
    story_id: str | None = None
    source: str | None = None

    def same(self, other: QuoteScope) -> bool:
        """Whether ``other`` lists what this does (a story's, its articles read again)."""
        return other == self or (self.story_id is not None and other.story_id == self.story_id)

    def heading(self, found_in: int = 0) -> str:
        """The panel's first line (``found_in``: the query's quotes being none, the panel
        lists those of the articles it finds, this many: `Library.articles_quotes`)."""
        if self.article is not None:
            return f"Quotes in “{self.title or self.article}”"
        if self.story is not None:
            return f"Quotes in the story “{self.title}” ({counted(len(self.story), 'article')})"
        carried = f", carried by {self.source}" if self.source else ""
        if self.query.strip():
            # each quote in an article a document of its words, its speaker, the article's
            # outlet and date, read as the search reads an article (fx129)
            query = self.query.strip()
            if found_in:  # the CLI says it alike (nu77 #1)
                return quotes_found_in(query, found_in, self.source)
            return f"Quotes the query {query!r} finds (in their words or speaker){carried}"
        return f"Quotes carried by {self.source}" if self.source else "Quotes across the corpus"


@dataclass(frozen=True, slots=True)
class QuoteTarget:
    """Where a chosen row points: an article, and the offset of the quote in its body."""

    article: str
    start: int
    end: int
    speaker: str | None = None
    """Who said it, as its heading names them (else as this article does), or None."""
    words: str = ""
    """The quote as this article has it (`h`'s question quotes it, nu67)."""
    source: str | None = None
    """The article's outlet."""
    full: str = ""
    """The heading's words when the row's differ from them ("" when the same): `h` keeps
    them, from this article if it holds them (nu70 #3)."""
    change: str = "same"
    """How the row's words differ from the heading's ("same", "clipped", "reworded")."""
