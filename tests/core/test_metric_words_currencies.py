"""A currency written with its country is part of the amount (issue 12, class "a currency with its country").

"US$400,000", "AU$50,000", "NZ$ 2 million": the letters say whose dollars the sign means. Where money
raised is the goal's only measure its words quote the amount as written, and the letters are never a
metric of their own ("AU" is no measure). "US sales" and "in the US" are no currency. The sentences are
written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


AMOUNTS = [
    # text, the metric words
    ("The appeal aims to collect US$400,000 before the end of the campaign", "us$400,000"),
    ("We aim to raise AU$50,000 by June", "au$50,000"),
    ("Raise NZ$2 million for the new wing by 2027", "nz$2 million"),
    ("We willen tegen 2027 US$ 300.000 ophalen voor het fonds", "us$ 300.000"),
]


@pytest.mark.parametrize(("text", "metric"), AMOUNTS)
def test_the_country_of_a_currency_is_part_of_the_amount(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric, result.parsed
    assert result.parsed.direction == "increase"
    assert result.verdicts["S"].passed


NO_CURRENCY = [
    ("Grow US sales by 10% in 2027", "sales"),
    ("Increase revenue in the US by $2 million in 2027", "revenue"),
]


@pytest.mark.parametrize(("text", "metric"), NO_CURRENCY)
def test_a_country_without_a_currency_sign_is_left_alone(text: str, metric: str) -> None:
    assert smart_check(text, today=TODAY).parsed.metric_words == metric
