"""Numbers and percentages as messages quote them, in English and Dutch."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xlsmart.core.messages import NUMBER_MEMO, format_number, format_percent
from xlsmart.core.numbers import parse_number


@pytest.mark.parametrize(
    "value, en, nl",
    [
        (12500.5, "12,500.5", "12.500,5"), (1234.0, "1,234", "1.234"), (-3.0, "-3", "-3"), (0.0, "0", "0"),
        (-0.0, "-0", "-0"), (7, "7", "7"), (1_000_000.0, "1,000,000", "1.000.000"), (0.125, "0.12", "0,12"),
        (2.675, "2.67", "2,67"), (-1234.567, "-1,234.57", "-1.234,57"), (0.001, "0", "0"), (40.1, "40.1", "40,1"),
        (1e20, "100,000,000,000,000,000,000", "100.000.000.000.000.000.000"),
    ],
)
def test_format_number(value: float, en: str, nl: str) -> None:
    assert (format_number(value, "en"), format_number(value, "nl")) == (en, nl)
    assert (format_number(value, "en"), format_number(value, "nl")) == (en, nl)  # asked again, same text


@pytest.mark.parametrize(
    "fraction, signed, en, nl",
    [
        (0.2, True, "+20%", "+20%"), (-0.155, True, "-15.5%", "-15,5%"), (-0.0004, True, "+0%", "+0%"),
        (0.4, False, "40%", "40%"), (-0.4, False, "40%", "40%"), (12.3456, True, "+1,234.6%", "+1.234,6%"),
    ],
)
def test_format_percent(fraction: float, signed: bool, en: str, nl: str) -> None:
    assert (format_percent(fraction, "en", signed=signed), format_percent(fraction, "nl", signed=signed)) == (en, nl)


@pytest.mark.parametrize("fraction, en", [(float("inf"), "+∞%"), (float("-inf"), "-∞%"), (1e307, "+∞%"), (-1e307, "-∞%")])
def test_a_change_beyond_every_float_is_written_infinite(fraction: float, en: str) -> None:
    # A change can overflow (a target of 1e308 against a baseline of 5); its message still reads.
    assert format_percent(fraction, "en") == format_percent(fraction, "nl") == en
    assert format_percent(fraction, "en", signed=False) == "∞%"


def test_more_distinct_figures_than_are_remembered_keep_their_text() -> None:
    figures = [k + 0.25 for k in range(NUMBER_MEMO * 2 + 10)]
    for _ in range(2):
        assert [format_number(f, "en") for f in figures] == [f"{k:,}.25" for k in range(len(figures))]
        assert [format_number(f, "nl") for f in figures] == [f"{k:,}.25".replace(",", ".")[:-3] + ",25"
                                                             for k in range(len(figures))]


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf")])
def test_no_number_is_refused_every_time(bad: float) -> None:
    for _ in range(2):
        with pytest.raises((ValueError, OverflowError)):
            format_number(bad, "en")


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False))
def test_format_number_reads_back_and_only_swaps_separators_in_dutch(value: float) -> None:
    en = format_number(value, "en")
    assert format_number(value, "nl") == en.translate(str.maketrans(",.", ".,"))
    assert parse_number(en.replace(",", "")) == pytest.approx(value, abs=0.006)  # two decimals shown


@pytest.mark.parametrize(
    "fraction, en, nl",
    [(0.4, "40%", "40%"), (-0.4, "-40%", "-40%"), (-0.0004, "0%", "0%"), (-0.0006, "-0.1%", "-0,1%"),
     (0.0, "0%", "0%"), (-1.2346, "-123.5%", "-123,5%")],
)
def test_format_percent_with_a_minus_sign_only(fraction: float, en: str, nl: str) -> None:
    assert (format_percent(fraction, "en", signed=None), format_percent(fraction, "nl", signed=None)) == (en, nl)
