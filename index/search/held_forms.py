"""Did you mean, by the words as the articles write them: a listed offer's written form.

The segments' lists (`index.store.words`; OpenSearch's keyword field of words) hold each
word lower-cased and folded, and a word with an apostrophe as its parts apart ("don",
"t"). So a one-edit offer (`index.search.written_near`) was the folded form ("schauble",
not "schäuble"), and a word with an apostrophe was offered its longest part respelt with
the marks put back, whatever came of it: "donn't" offered "down't" and "done't" beside
"don't", each finding the articles of its part (sx52). Here each such offer is read in
the text of the articles holding its parts (`held_form`): it is offered as the most of
them write it, with its accents; a word with an apostrophe that none writes whole is not
offered.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from index.search.written_near import folded

MARKS = "'\u2019"
"""The apostrophes a word's parts are written around ("don't", "don’t")."""
FORM_DOCS = 4
"""A form's articles read before it is offered as the most of them write it (as many as
`index.search.suggest.SURFACE_DOCS`, the articles read for a stem's written form)."""
WHOLE_DOCS = 256
"""The most articles holding an offer's terms in a row read for a word with an apostrophe
(the first by id, both engines: `index.search.first_by_id`): one that none of them writes
whole is not offered. Articles holding "won" then "t" write "won't", but for a rare "won
t" or "won-t", so this cap cannot hide a form many articles write, as it could when the
articles of "won" alone were read: on Reuters the first 256 wrote no "won't" (sx53)."""
PLAIN_DOCS = 16
"""The most articles holding an offer's stem read for a word with no apostrophe: none of
them writing it (a joined form, "jongnam", written "Jong-nam"), the listed form is offered;
a search with its offer reads them for each offer, so they are few."""


def held_docs(offer: str) -> int:
    """How many of the articles holding ``offer`` (its terms in a row) `held_form` reads."""
    return WHOLE_DOCS if any(mark in offer for mark in MARKS) else PLAIN_DOCS


def held_offers(
    offers: Iterable[str], texts: Callable[[str], Iterable[str]], most: int
) -> list[str]:
    """``offers`` (listed words, best first) each as the articles write it (`held_form`),
    those with an apostrophe that no article writes whole left out; at most ``most``."""
    kept: list[str] = []
    for offer in offers:
        form = held_form(offer, texts(offer))
        if form is not None and form not in kept:
            kept.append(form)
        if len(kept) >= most:
            break
    return kept


def held_form(offer: str, texts: Iterable[str]) -> str | None:
    """``offer`` as the articles of ``texts`` (their titles and bodies, those holding its
    parts; at most `WHOLE_DOCS` read, `PLAIN_DOCS` for a word with no apostrophe) write
    it: the form, lower-cased, most of them hold (alphabetically on a tie), with its
    accents and the offer's own marks, read from the first `FORM_DOCS` articles holding
    one; ``offer`` itself when none writes it but it has no apostrophe (a listed word is
    held: a joined form, "jongnam", is written "Jong-nam"); None for a word with an
    apostrophe that none writes whole."""
    pattern = _pattern(folded(offer))
    marked = any(mark in offer for mark in MARKS)
    holding: dict[str, int] = {}
    found = 0
    most = held_docs(offer)
    for read, text in enumerate(texts):
        if read >= most:
            break
        forms = {_as_offered(m.group(), offer) for m in pattern.finditer(text)}
        for form in forms:
            holding[form] = holding.get(form, 0) + 1
        found += bool(forms)
        if found >= FORM_DOCS:
            break
    if not holding:
        return None if marked else offer
    return min(holding, key=lambda form: (-holding[form], form))


def _as_offered(written: str, offer: str) -> str:
    """A written form lower-cased, its marks the offer's ("don’t" for "don't" typed), one
    character for one: a capital lower-cased to two ("İ" to "i̇") is the offer's letter
    (rv77: "İstanbul" raised ValueError, and "istanbull" was offered nothing)."""
    return "".join(
        o if o in MARKS or len(w.lower()) != 1 else w.lower()
        for w, o in zip(written, offer, strict=True)
    )


@lru_cache(maxsize=64)
def _pattern(offer: str) -> re.Pattern[str]:
    """Every writing of ``offer`` (folded) as a whole word: each letter in any case and
    accent that folds to it (`index.search.written_forms.spelt`), each mark either apostrophe."""
    from index.search.written_forms import spelt

    first, *rest = [f"[{MARKS}]" if c in MARKS else spelt(c) for c in offer]
    # a mark between letters goes on the word ("trump's" is no "trump"), one ending it not;
    # the first letter first, for the scan (the lookbehinds first took 0.5 ms an article)
    begun = rf"{first}(?<!\w.)(?<!\w[{MARKS}].)"
    return re.compile(rf"{begun}{''.join(rest)}(?!\w)(?![{MARKS}]\w)")
