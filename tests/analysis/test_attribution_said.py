"""The latest description of each speaker, kept as attributions are found; the oracle is
the walk back through every earlier attribution that it replaced."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.attribution import Attribution, _description_of, _Said

_NAMES = st.sampled_from(["Ann Lee", "Bo Chan", "Acme", None])
_ATTRS = st.one_of(
    st.none(),
    st.builds(
        Attribution,
        speaker=_NAMES,
        description=st.sampled_from([None, "", "the mayor", "a spokesman for Acme"]),
        start=st.just(0),
        end=st.just(1),
        rule=st.sampled_from(["after", "before", "pronoun", "continued"]),
    ),
)


@given(st.lists(_ATTRS, max_size=30), st.sampled_from(["Ann Lee", "Bo Chan", "Acme", "Zed"]))
def test_the_kept_description_is_the_last_one_given(
    attrs: list[Attribution | None], name: str
) -> None:
    said = _Said()
    for k, attr in enumerate(attrs):
        said.append(attr)
        plain = list(attrs[: k + 1])  # a plain list: the walk back
        assert _description_of(name, said) == _description_of(name, plain)
