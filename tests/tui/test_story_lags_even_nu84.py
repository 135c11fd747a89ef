"""The story head's lags say outlets short evenly (nu83 #4: at 80 columns "Then: BBC next
day, Deutsche Welle next day, …": the table's short "BBC" beside "Deutsche Welle" whole,
whose short "DW" the heat map's tabs use). Oracle: which name each outlet is said by, read
off the line; where one is said by its short name, so is every outlet that has one."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tui.compare_tabs import known_short, short_outlet, shortened
from tui.story_lags import lag_lines

NAMES = [
    *("BBC News", "Deutsche Welle", "RTE", "CNN", "ABC News", "HuffPost", "Al Jazeera"),
    *("The Epoch Times", "Bloomberg News", "Quartz", "China Daily", "TASS"),
]
LAG = st.sampled_from(["+5.4h", "next day", "+2 days", "+13.2h"])


def said_as(line: str, outlets: list[str], lags: list[str]) -> list[str]:
    """The name each outlet is said by in ``line`` (in order: "NAME LAG, ")."""
    names, at = [], 0
    for outlet, lag in zip(outlets, lags, strict=True):
        forms = sorted({outlet, known_short(outlet) or outlet, short_outlet(outlet)}, key=len)
        for name in reversed(forms):  # the longest that is there
            if line.startswith(f"{name} {lag}", at):
                names.append(name)
                at += len(f"{name} {lag}") + 2
                break
        else:
            raise AssertionError((outlet, lag, line[at:]))
    return names


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(NAMES), min_size=1, max_size=7, unique=True),
    st.data(),
    st.integers(min_value=40, max_value=120),
)
@example(["BBC News", "Deutsche Welle", "HuffPost", "RTE"], None, 78)
def test_short_names_all_or_none(
    outlets: list[str], data: st.DataObject | None, width: int
) -> None:
    lags = ["next day"] * len(outlets) if data is None else [data.draw(LAG) for _ in outlets]
    used = 75 if data is None else data.draw(st.integers(min_value=0, max_value=width))
    on_line, own = lag_lines(used, list(zip(outlets, lags, strict=True)), width, tuple(NAMES))
    line = on_line or " ".join(own).replace(", ", ",").replace(",", ", ")
    names = said_as(line, outlets, lags)
    kept = shortened(outlets, tuple(NAMES))
    short = [short_outlet(o) for o in outlets]
    if any(n == s != o for o, n, s in zip(outlets, names, short, strict=True)):
        for outlet, name, own_short, keeps in zip(outlets, names, short, kept, strict=True):
            if keeps and own_short != outlet:
                assert name == own_short, (outlets, names, width)
