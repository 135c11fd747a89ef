"""rv38: ``lean:`` after an explicit AND beside an OR filters the whole query.

The README says ``a OR b AND c`` is ``a OR (b AND c)``, and ``source:`` follows it:
``court OR abortion AND source:"National Review"`` found 16 articles of the 300-article
allsides sample (every "court" hit, whatever its outlet). ``court OR abortion AND
lean:right`` found 7: `lean_filter` cut ``AND lean:right`` out and kept only right-leaning
hits of ``court OR abortion``, dropping the left and centre "court" hits the query's
precedence keeps. `LEAN_PLACE` says lean: may not stand beside OR; here it stands in the
AND that OR binds looser than, so the query should be refused the same way (or kept as
the precedence reads it), not silently read otherwise.
"""

from __future__ import annotations

import pytest

from index.leans import lean_filter


@pytest.mark.parametrize(
    "query", ["court OR abortion AND lean:right", "lean:right AND court OR abortion"]
)
def test_lean_in_an_and_under_an_or_is_refused(query: str) -> None:
    words, side, problem, _ = lean_filter(query)
    assert problem is not None, (words, side)
