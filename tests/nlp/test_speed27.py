"""Speed work of stop 27 (outputs unchanged): each faster form checked against the form it replaced."""
import pytest

from nlp.tagger_features import window_marks


def every_window(worth: list[int], n: int, window: int = 2) -> list[bool]:
    """The loop window_marks replaced: every window marked in full."""
    scored = [False] * n
    for i in worth:
        for j in range(max(0, i - window), min(n, i + window + 1)):
            scored[j] = True
    return scored


@pytest.mark.parametrize("worth,n", [
    ([], 0), ([], 6), ([0], 1), ([0], 6), ([5], 6), ([2], 6), ([0, 1, 2, 3], 4), ([1, 7], 12), ([1, 4], 12),
    ([1, 6], 12), ([0, 11], 12), ([3, 4, 9], 10), (list(range(20)), 20),
])
def test_window_marks_marks_what_every_window_marked(worth, n):
    assert window_marks(worth, n) == every_window(worth, n)


def test_window_marks_reads_its_window():
    assert window_marks([4], 9, window=1) == every_window([4], 9, window=1)
    assert window_marks([0, 8], 9, window=3) == every_window([0, 8], 9, window=3)
