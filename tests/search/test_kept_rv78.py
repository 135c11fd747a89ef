"""`index.search.kept.Kept`, the segment caches' one eviction (first_by_id's ids,
written_near's counts, tickers' articles): a value read is the one made for its key, at
most ``most`` are kept, the oldest go first, and threads reading at once raise nothing
(rv78: the eviction iterated the dictionary while another search added to it)."""

from __future__ import annotations

import threading

from hypothesis import given
from hypothesis import strategies as st

from index.search.kept import Kept


@given(st.integers(1, 5), st.lists(st.integers(0, 9), max_size=40))
def test_kept_is_a_bounded_cache_oldest_first(most: int, keys: list[int]) -> None:
    kept: Kept[str] = Kept(most)
    made: list[int] = []
    order: list[int] = []  # the oracle: keys kept, oldest first
    for key in keys:
        value = kept.read(key, lambda key=key: made.append(key) or f"v{key}")
        assert value == f"v{key}"
        if key not in order:
            assert made[-1] == key  # made only when not kept
            order = [*order, key][-most:]
        assert len(kept) == len(order) <= most


def test_threads_reading_and_evicting_at_once_raise_nothing() -> None:
    kept: Kept[int] = Kept(4)
    failures: list[BaseException] = []
    start = threading.Barrier(8)

    def work(offset: int) -> None:
        start.wait()
        try:
            for n in range(3000):
                key = (n * 7 + offset) % 13
                assert kept.read(key, lambda key=key: key * 2) == key * 2
        except BaseException as error:  # the test reports any
            failures.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert len(kept) <= 4
