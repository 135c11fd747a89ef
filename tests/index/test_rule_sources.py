"""The constants read from a module's own statements (`module_constants` with names) are
those its whole parse gives: for the two modules cleaning reads, and for generated ones."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.rule_sources import module_constants, package_folder

NAMES = ["A", "AB", "B_1", "RE_X"]
STATEMENTS = st.one_of(
    st.builds(lambda n, v: f"{n} = {v!r}\n", st.sampled_from(NAMES), st.integers(-5, 5)),
    st.builds(lambda n, v: f"{n} = {v!r}\n", st.sampled_from(NAMES), st.text("ab =\n", max_size=6)),
    st.builds(
        lambda n, v: f"{n} = re.compile(\n    {v!r},\n    re.IGNORECASE,\n)\n",
        st.sampled_from(NAMES),
        st.text("a|b(", max_size=5),
    ),
    st.builds(lambda n: f"{n} = [\n    1,\n    2,\n]\n", st.sampled_from(NAMES)),
    st.builds(lambda n: f"{n} = compute()\n{n}== 3\n", st.sampled_from(NAMES)),
    st.builds(lambda n: f"if True:\n    {n} = 9\n", st.sampled_from(NAMES)),
    st.builds(lambda n: f"def f():\n    {n} = 7\n    return {n}\n", st.sampled_from(NAMES)),
    st.just("import re\n"),
)


def test_the_modules_cleaning_reads_give_their_whole_parse_s_constants() -> None:
    for path, names in [
        (package_folder("trafilatura") / "utils.py", ("RE_FILTER",)),
        (package_folder("justext") / "core.py", ("LENGTH_LOW_DEFAULT", "STOPWORDS_LOW_DEFAULT")),
    ]:
        whole = module_constants(path)
        assert module_constants(path, names) == {name: whole[name] for name in names}


@settings(max_examples=150, deadline=None)
@given(st.lists(STATEMENTS, max_size=8), st.lists(st.sampled_from(NAMES), min_size=1, max_size=3))
def test_named_constants_are_those_of_the_whole_parse(
    statements: list[str], names: list[str]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "module.py"
        path.write_text("".join(statements), encoding="utf-8")
        whole = module_constants(path)
        some = module_constants(path, names)
        assert {n: some[n] for n in names if n in some} == {
            n: whole[n] for n in names if n in whole
        }
