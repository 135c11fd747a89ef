"""`quotes --speaker` with a title typed before the name (nu47 #8): "president biden" found
nothing, as a speaker's name keeps no title (the articles' "Mayor Anna Keller" is the
speaker "Anna Keller", the title kept as the description). Now a name as typed is tried
first, then without the title words that open it, and when still nothing, the one line says
what was tried."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.analysis.entitywords import CORE_TITLES, TITLE_MODIFIERS
from index.analysis.speaker_typed import without_titles
from index.analysis.speechverbs import TITLES
from tests.cli.test_quotes_cli import quoted, run

__all__ = ["quoted"]  # the fixture, used by name

TITLE_WORDS = sorted(TITLES | CORE_TITLES | TITLE_MODIFIERS)


def speakers_of(corpus: Path, *args: str) -> list[str | None]:
    code, out, err = run("quotes", "--json", "--corpus", str(corpus), *args)
    assert code == 0, err
    return [group["speaker"] for group in json.loads(out)]


def test_a_title_before_the_name_finds_the_speaker(quoted: Path) -> None:
    assert speakers_of(quoted, "--speaker", "keller") == ["Anna Keller"]
    for typed in ("Mayor Anna Keller", "mayor keller", "Dr. Tom Berg", "Sen. Berg"):
        plain = without_titles(typed)
        assert plain is not None
        assert speakers_of(quoted, "--speaker", typed) == speakers_of(quoted, "--speaker", plain)
        assert speakers_of(quoted, "--speaker", typed), typed


def test_nothing_found_says_what_was_tried_in_one_line(quoted: Path) -> None:
    code, out, _ = run("quotes", "--speaker", "President Biden", "--corpus", str(quoted))
    assert code == 0
    assert out.strip() == (
        "No quotes by a speaker named 'President Biden' (nor 'Biden', without the title; "
        "`broadsheet speakers` lists the names)."
    )
    code, out, _ = run("quotes", "harbour", "--speaker", "Biden", "--corpus", str(quoted))
    assert out.strip() == (
        "No quotes match 'harbour' by a speaker named 'Biden' (every word must be in the "
        "name; `broadsheet speakers` lists the names)."
    )
    code, out, _ = run("quotes", "zzyzx", "--corpus", str(quoted))
    assert out.strip() == "No quotes match 'zzyzx'."


NAME_WORDS = st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True).filter(
    lambda w: w.lower() not in TITLE_WORDS
)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    titles=st.lists(st.sampled_from(TITLE_WORDS), max_size=4),
    name=st.lists(NAME_WORDS, min_size=1, max_size=3),
    dotted=st.booleans(),
)
def test_without_titles_takes_off_the_title_words_before_a_name(
    titles: list[str], name: list[str], dotted: bool
) -> None:
    """The oracle: the name words were built apart from the titles."""
    shown = [t.title() + ("." if dotted and "." not in t else "") for t in titles]
    typed = " ".join([*shown, *name])
    assert without_titles(typed) == (" ".join(name) if titles else None)
    assert without_titles(" ".join(shown)) in (None, *(t for t in shown[-1:]))  # last kept
