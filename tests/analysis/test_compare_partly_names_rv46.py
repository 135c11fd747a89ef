"""rv46: fx100's "partly" counted a shared passage that is only a proper name: two outlets
writing "The California Department of Water Resources" made each other's sentences "partly
in". A passage makes a sentence partly in only when the words it shares hold one that is
not part of a name (nor a common word): "the European Union, on March 29" still does.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.compare import compare
from index.analysis.multicompare import Document, compare_many

CAPS = ("Velmora", "Tasquin", "Orbell", "Drenhaw", "Kestrow", "Palvane", "Quillon", "Brisket")
FILLER = tuple(
    [
        "zarvel",
        "quintop",
        "morrick",
        "tessaly",
        "vabber",
        "lunket",
        "grasso",
        "pellig",
        "ombrit",
        "sorvane",
        "kettick",
        "drumble",
        "fazzle",
        "wimbort",
        "clostra",
        "nerrin",
        "haspel",
        "joddick",
        "murvane",
        "plinket",
        "ruzzle",
        "stavrin",
        "tollop",
        "wendrick",
    ]
)


@st.composite
def _case(draw: st.DrawFn) -> tuple[str, str, str, bool]:
    """A name of 6-8 words ("The Velmora Tasquin Office of Orbell Drenhaw"), the base's
    sentence holding it, another article's sentence holding it among other words, and
    whether the other shares a word past the name (then the base's sentence is partly in)."""
    caps = draw(st.lists(st.sampled_from(CAPS), min_size=4, max_size=6, unique=True))
    cut = draw(st.integers(2, len(caps) - 2))
    name = ["The", *caps[:cut], "of", *caps[cut:]]
    fill = draw(st.permutations(FILLER))
    base_pre, base_post, other_pre, other_post = fill[0:6], fill[6:12], fill[12:18], fill[18:24]
    extra = draw(st.integers(0, 2))
    other_post = base_post[:extra] + other_post[extra:]
    base = " ".join(["Officials", *base_pre, "said", *name, *base_post]) + "."
    other = " ".join(["Reports", *other_pre, "noted", *name, *other_post]) + "."
    return " ".join(name), base, other, extra > 0


@settings(max_examples=40, deadline=None)
@given(_case())
def test_a_shared_name_alone_makes_no_sentence_partly_in(case: tuple[str, str, str, bool]) -> None:
    """The oracle: partly in exactly when the other shares a word past the name; the
    multi-compare, its JSON reading and the two-way say the same."""
    _, base, other, beyond = case
    many = compare_many([Document(k, k, k, None, b) for k, b in (("a", base), ("b", other))])
    assert not many.coverage(0)[0].carriers
    assert (many.only_in[0].partly == (0,)) == beyond
    assert (many.only_in[0].sentences == (0,)) == (not beyond)
    two = compare(base, other)
    assert (two.a[0].partly > 0) == beyond and two.a[0].alone == (not beyond)


def test_rv46s_water_resources() -> None:
    base = (
        "Engineers at the dam were told on Sunday by The California Department of Water "
        "Resources to open the gates."
    )
    other = (
        "Crews from The California Department of Water Resources flew over the spillway as "
        "rain fell."
    )
    many = compare_many([Document(k, k, k, None, b) for k, b in (("a", base), ("b", other))])
    assert many.only_in[0].sentences == (0,) and many.only_in[0].partly == ()
