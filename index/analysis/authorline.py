"""A DW article's closing "Author: Oleg Küdding-Zurmühlen" glued to the next paragraph
("Author: Cristina Burack Harper said", "Author: Oleg K?dding-Zurm??hlen Roger Beedon,
director ..., says"): the run of capitals after "Author:" opens with the writer's name, who
speaks no quotation of the article; the name after it is the one the paragraph gives (sp55)."""

from __future__ import annotations

import re
from typing import TypeVar

from index.analysis.entitywords import JOINERS
from index.analysis.spelling_fold import LOST

__all__ = ["after_author", "authored_before", "without_author"]

_AUTHOR_BEFORE = re.compile(r"\bAuthors?:[ \t]*$")


def authored_before(text: str, start: int) -> bool:
    """True when an "Author:" label stands right before ``start``."""
    return start >= 7 and _AUTHOR_BEFORE.search(text, max(0, start - 12), start) is not None


def after_author(run: str, text: str) -> int:
    """Where in a run after "Author:" the name after the writer's starts (``len(run)``: the
    run is the writer's name alone). The writer's name is its first two words and any joined
    to them by a particle ("Elisabeth Yorck von Wartenburg", "Davis Van Opdorp"): "Oleg
    K?dding-Zurm??hlen Roger Beedon" -> "Roger Beedon". One word after it is a name only when
    ``text``, the article, gives that word again ("Cristina Burack Harper said", after "Gerd
    Harper"); else it opens a heading ("Author: Mara Bierbach Summons confirmed The ...").

    >>> run, text = "Cristina Burack Harper", "Gerd Harper spoke. Author: Cristina Burack Harper"
    >>> run[after_author(run, text) :], after_author("Aasim Saleem", text)
    ('Harper', 12)
    """
    words = list(re.finditer(r"\S+", run))
    cut = 3 if len(words) > 2 and words[1][0].lower() in JOINERS else 2
    while cut < len(words) and words[cut][0].lower() in JOINERS:
        cut += 2  # "Yorck von Wartenburg"
    if cut == len(words) - 1 and text.count(words[cut][0].rstrip(".,;:")) < 2:
        return len(run)  # a heading's first word ("Mara Bierbach Summons confirmed The ...")
    return words[cut].start() if cut < len(words) else len(run)


_T = TypeVar("_T", bound=tuple[str, int, int])


def without_author(text: str, out: list[_T]) -> list[_T]:
    """Tokens ``(word, start, end)`` of ``text`` less the writer's name after each "Author:"
    label (`after_author`), so that no name run reads the writer into the next paragraph's
    speaker ("Author: Cristina Burack Harper said": "Harper")."""
    kept: list[_T] = []
    k = 0
    while k < len(out):
        tok = out[k]
        kept.append(tok)
        k += 1
        if tok[0] not in ("Author", "Authors") or k >= len(out) or out[k][0] != ":":
            continue
        kept.append(out[k])
        k += 1
        run = k  # the capitalised words and joiners that follow, on one line
        while run < len(out):
            word, at = out[run][0], out[run][1]
            # "Zurm??hlen": a word with lost letters is 3 tokens ("Harper," is 2: a name, a mark)
            glued = run > k and at == out[run - 1][2] and (word[0].isalpha() or word[0] in LOST)
            if not (glued or word[:1].isupper() or word in JOINERS):
                break
            if run > k and "\n" in text[out[run - 1][2] : at]:
                break
            run += 1
        if run > k:
            stretch = text[out[k][1] : out[run - 1][2]]
            cut = out[k][1] + after_author(stretch, text)
            while k < run and out[k][1] < cut:
                k += 1  # the writer's words: dropped
    return kept
