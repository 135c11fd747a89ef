"""`related --json` and the related dialog give one list of shared words (nu85): the JSON's
``shared_terms`` held words the dialog's why hid (`index.wording.telling_term`), so a row
read "shared common words only" in the dialog and listed ["gd"] in the JSON (two Reuters
titles "<GD>"; 74 of 4,764 rows of 400 Reuters articles). Both read `telling_terms`.

Oracle for generated cases: each word is written into the titles or texts in a form whose
fate the why decides (a ticker of a title, a particle, an abbreviation in capitals, a title
word, a number both titles hold), and the JSON lists exactly the words the why shows."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.stories import Related
from index.analysis.story_view import related_article
from index.models import Article
from index.wording import COMMON_WORDS_ONLY, related_reason_parts
from tui.cli.story_records import related_record

WORDS = ["gd", "gy", "al", "bin", "van", "ec", "uk", "18", "dam", "quota", "yulo", "mln"]
FORMS = ["ticker in titles", "particle", "capitals", "title word", "name"]


def article(article_id: str, title: str, body: str) -> Article:
    return Article(article_id, f"{article_id}.txt", title, False, "Reuters", None, None, None, body)


def _written(word: str, form: str) -> tuple[str, str]:
    """A title part and a sentence that write ``word`` in ``form``."""
    if form == "ticker in titles":
        return f"<{word.upper()}>", "Officials met."
    if form == "particle":
        return "", f"Minister Ali {word}-Sabah met them."
    if form == "capitals":
        return "", f"Officials of the {word.upper()} met on Monday."
    if form == "title word":
        return word.upper(), "Officials met."
    return "", f"Officials met {word.capitalize()} there."


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), unique=True, min_size=1, max_size=6),
    st.lists(st.sampled_from(FORMS), min_size=6, max_size=6),
)
def test_the_json_lists_the_words_the_dialog_shows(words: list[str], forms: list[str]) -> None:
    parts = [_written(word, form) for word, form in zip(words, forms, strict=False)]
    titled = " ".join(title for title, _ in parts if title)
    one = article("a", f"TALKS END {titled}", " ".join(body for _, body in parts))
    other = article("b", f"TALKS GO ON {titled}", "Officials met.")
    row = Related("b", 0.4, False, tuple(words), False, True, 0.4)
    found = related_article(row, other, None, one)
    listed = related_record(found)["shared_terms"]
    shown = [w for part in related_reason_parts(found) for w in part if w != "same day"]
    if shown == [COMMON_WORDS_ONLY]:
        shown = []
    assert listed[:4] == shown, (one, listed, shown)


def test_the_reuters_ticker_of_two_titles() -> None:
    one = article("a", "FLEXIBLE <FLXX.O> IN GENERAL DYNAMICS <GD> ORDER", "Flexible said so.")
    two = article("b", "GEN DYNAMICS <GD> GETS 182.5 MLN DLR CONTRACT", "The Navy said so.")
    found = related_article(Related("b", 0.4, False, ("gd",), False, True, 0.4), two, None, one)
    assert related_record(found)["shared_terms"] == []
    assert found.reasons == f"{COMMON_WORDS_ONLY}; same day"
