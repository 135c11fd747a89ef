"""Reuters' wire sign-off alone on a text's last line ("REUTER", "Reuter") names Reuters as
the outlet when nothing else names one (nu39 #10: such .txt files were "outlet unknown").
The oracle: texts built from parts, the outlet known from which parts were put in."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.extract import extract

PARAS = st.lists(
    st.sampled_from(
        [
            "Grain prices rose sharply on Monday, traders said.",
            "The company said it acquired an 80-day option to buy the mine.",
            "Reuters reported that the talks had stalled.",
            "Further details were not available.",
        ]
    ),
    min_size=1,
    max_size=4,
)
ENDINGS = st.sampled_from(
    [
        ("REUTER", "Reuters"),
        ("Reuter", "Reuters"),
        ("", None),  # no sign-off
        ("Reuters reported the sale on Friday.", None),  # a sentence, not a sign-off
        ("Reuter\n\nThe board meets in May.", None),  # the word is not the last line
    ]
)


@settings(max_examples=80, deadline=None)
@given(
    paras=PARAS,
    ending=ENDINGS,
    outlet_line=st.sampled_from([None, "Le Devoir", "BBC News"]),
    capitals=st.booleans(),
)
def test_a_closing_wire_signoff_names_reuters_last(
    paras: list[str], ending: tuple[str, str | None], outlet_line: str | None, capitals: bool
) -> None:
    title = "CITY RESOURCES UNIT ACQUIRES MINE OPTION" if capitals else "Unit buys a mine option"
    head = [title, ""]
    if outlet_line is not None:
        head += [outlet_line, "2017-03-13", ""]
    last, signed = ending
    text = "\n".join([*head, "\n\n".join(paras), "", last]) + "\n"
    found = extract(text)
    assert found.source == (outlet_line or signed), text  # the page's own name first
    assert found.title == title
    assert "REUTER" not in found.body and not found.body.endswith("\nReuter")
    if signed:
        assert found.removed[-1] == last
    if signed and outlet_line is None:
        assert found.provenance["source"].endswith(f"“{last}”")
