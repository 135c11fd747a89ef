"""Outlets a new user missed (nu31 #10): Reuters' credit line closing a text ("(Reporting by
A; Editing by B)") names the outlet when nothing else does, and a known paper's name under
the headline and over its date ("Le Devoir") is the outlet. The oracle: texts built from
parts, the outlet known from which parts were put in."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.extract import extract

PARAS = st.lists(
    st.sampled_from(
        [
            "Russia on Thursday rejected the idea of sending troops to Ukraine.",
            "The ministry said talks were at a very early stage.",
            "Oil prices rose 2% on Tuesday after the talks, traders said.",
            "The committee will meet again in March to review the plan.",
        ]
    ),
    min_size=1,
    max_size=4,
)
CREDITS = st.sampled_from(
    [
        "(Reporting by Dmitry Antonov and Dan Peleschuk; Editing by Kate Entringer)",
        "(Reporting by Ann Lee; French version by Diana Mandia, edited by Kate Entringer)",
        "(Additional reporting by Cy Dee in Paris; Writing by Ann Lee; Editing by Jo Roe)",
        "(Writing by Ann Lee; editing by Jo Roe)",
    ]
)
NOT_CREDITS = st.sampled_from(
    [
        "(Reporting by Ann Lee)",  # no desk's edit: any outlet's note
        "Editing by Jo Roe; reporting by Ann Lee.",  # no parenthesised credit line
        "(Ann Lee reported from Kyiv; edited by Jo Roe)",
    ]
)
DEBRIS = st.lists(st.sampled_from(["-", "--"]), max_size=2)


@settings(max_examples=60, deadline=None)
@given(
    paras=PARAS,
    credit=st.one_of(CREDITS.map(lambda c: (c, True)), NOT_CREDITS.map(lambda c: (c, False))),
    debris=DEBRIS,
    outlet_line=st.sampled_from([None, "Le Devoir", "La Presse", "Le Monde"]),
)
def test_a_credit_line_or_an_outlet_line_names_the_outlet(
    paras: list[str], credit: tuple[str, bool], debris: list[str], outlet_line: str | None
) -> None:
    head = ["Russia rejects NATO troops in Ukraine", ""]
    if outlet_line is not None:
        head += [outlet_line, "2025-01-23", ""]
    line, reuters = credit
    text = "\n".join([*head, "\n\n".join(paras), "", line, *debris]) + "\n"
    found = extract(text)
    expected = outlet_line or ("Reuters" if reuters else None)  # the page's own name first
    assert found.source == expected, text
    assert found.title == "Russia rejects NATO troops in Ukraine"
