"""Counting words a target is written in: "a dozen", "two dozen", "een dozijn", "dubbel zoveel"
(issue 12, class "number words"; DOMAIN.md M: a number word or a factor is a number for the target).

"twelve", "twice as many" and "tweemaal zoveel" were read, but "a dozen new partners" named no number
and "dubbel zoveel leden", "dubbel zo groot" no factor, so M failed. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

COUNTS = [
    ("We want a dozen new partners by June.", 12.0),
    ("We want two dozen new stores by 2028.", 24.0),
    ("We willen in 2028 een dozijn nieuwe vestigingen.", 12.0),
]


@pytest.mark.parametrize(("text", "target"), COUNTS)
def test_a_dozen_is_twelve(text: str, target: float) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.target == target
    assert result.verdicts["M"].passed


DOUBLED = [
    "We willen dubbel zoveel leden in 2028.",
    "Ons bereik moet in 2028 dubbel zo groot zijn.",
    "We want twice as many members by 2028.",
]


@pytest.mark.parametrize("text", DOUBLED)
def test_double_as_many_is_plus_one_hundred_percent(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.relative_change == 1.0
    assert result.verdicts["M"].passed and result.verdicts["R"].passed


def test_dozens_of_sets_no_target() -> None:
    result = smart_check("Dozens of new partners joined in 2025; we want 30 more in 2027.", today=TODAY)
    assert result.parsed.target != 12.0
