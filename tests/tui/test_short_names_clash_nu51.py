"""nu51 #7: "CNN Business" was said "CNN" on the story screen's first line and in the `C`
tabs while CNN is another outlet of the corpus. Oracle: a short name kept is never the name
(case aside) of another outlet of the tabs or of the corpus, and two kept never share one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tui.compare_tabs import short_outlet, shortened, tie_fitted

_NAMES = [
    "CNN",
    "CNN Business",
    "ABC News",
    "ABC",
    "Al Jazeera",
    "AJ",
    "The Guardian",
    "Guardian",
    "Harbour Times",
    "Reuters",
    "outlet unknown",
]


@given(
    outlets=st.lists(st.sampled_from(_NAMES), min_size=1, max_size=6),
    corpus=st.lists(st.sampled_from(_NAMES), max_size=8),
)
def test_a_short_name_kept_is_no_other_outlets_name(outlets: list[str], corpus: list[str]) -> None:
    kept = shortened(outlets, corpus)
    names = {name.casefold() for name in (*outlets, *corpus)}
    shorts: dict[str, str] = {}
    for outlet, k in zip(outlets, kept, strict=True):
        assert k in ("", outlet)
        if not k:
            continue
        said = short_outlet(outlet).casefold()
        assert said == outlet.casefold() or said not in names
        assert shorts.setdefault(said, outlet) == outlet


def test_cnn_business_stays_whole_beside_a_corpus_cnn() -> None:
    assert shortened(["CNN Business", "Al Jazeera"]) == ["CNN Business", "Al Jazeera"]
    assert shortened(["CNN Business", "Al Jazeera"], ["CNN", "Al Jazeera"]) == ["", "Al Jazeera"]


def test_the_story_head_keeps_cnn_business_whole() -> None:
    """At 120 columns nu51 read "First: … AP, CNN, NYP, NYT" for CNN Business."""
    names = "AP, CNN Business, New York Post, The New York Times"
    label, said = "First: ", "4 articles the same day"
    _, alone = tie_fitted(label, said, names, 60)
    assert alone.split(", ")[1] == "CNN"  # no CNN in the corpus: short
    _, beside = tie_fitted(label, said, names, 60, ("CNN", "CNN Business", "AP"))
    assert beside.split(", ")[1] == "CNN Business"
