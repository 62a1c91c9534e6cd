"""ROI and ROAS: fractions, sums of ranges, number text, and Excel's error cases."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xlsmart import roas, roi
from xlsmart.core.finance import conversion_rate, cost_per


@pytest.mark.parametrize(
    "revenue, cost, expected",
    [
        (10_000, 5_000, 1.0), (5_000, 5_000, 0.0), (2_500, 5_000, -0.5), (0, 5_000, -1.0),
        (-1_000, 5_000, -1.2),  # a refund-heavy month: negative revenue
        ("10.000", "5.000", 1.0), ("10,000", "5,000", 1.0), ("€ 12.500,50", "€ 5.000", 1.5001),
        ("$1,250", "$1,000", 0.25), ([4_000, 6_000], [2_000, 3_000], 1.0), ((4_000, "6.000", None), 5_000, 1.0),
        ([[1_000, 2_000], [3_000]], [1_500, 1_500], 1.0), (7_500, [], None),
    ],
)
def test_roi(revenue, cost, expected) -> None:
    if expected is None:
        with pytest.raises(ZeroDivisionError):
            roi(revenue, cost)
    else:
        assert roi(revenue, cost) == pytest.approx(expected)


def test_roas() -> None:
    assert roas(20_000, 5_000) == 4.0
    assert roas("20.000", ["2.500", "2.500"]) == 4.0
    assert roas(0, 5_000) == 0.0


@pytest.mark.parametrize("fn", [roi, roas])
@pytest.mark.parametrize("cost", [0, "0", 0.0, [0, 0], [], None, ""])
def test_cost_zero_is_a_division_by_zero(fn, cost) -> None:
    with pytest.raises(ZeroDivisionError):
        fn(10_000, cost)


@pytest.mark.parametrize("fn", [roi, roas])
@pytest.mark.parametrize("revenue, cost", [("lots", 100), (100, "n/a"), (["1.000", "veel"], 100), (100, {"a": 1})])
def test_text_that_is_no_number_is_a_value_error(fn, revenue, cost) -> None:
    with pytest.raises(ValueError):
        fn(revenue, cost)


def test_helpers() -> None:
    assert cost_per("€ 1.000", 40) == 25.0
    assert conversion_rate(30, "1.000") == 0.03
    with pytest.raises(ZeroDivisionError):
        cost_per(1_000, 0)
    with pytest.raises(ZeroDivisionError):
        conversion_rate(5, [0])


money = st.integers(min_value=-10**9, max_value=10**9)


@given(money, st.integers(min_value=1, max_value=10**9))
def test_roi_is_roas_minus_one(revenue: int, cost: int) -> None:
    assert roi(revenue, cost) == pytest.approx(roas(revenue, cost) - 1)


@given(st.lists(money, max_size=20), st.lists(st.integers(min_value=1, max_value=10**6), min_size=1, max_size=20))
def test_sequences_are_summed(revenues: list[int], costs: list[int]) -> None:
    assert roi(revenues, costs) == pytest.approx(roi(sum(revenues), sum(costs)))
