"""Factors and halves however they are written (issue 12, class "a factor in any form"; DOMAIN.md
M: a factor is a relative target; R: "double" is +100 % and passes, more fails).

"Verviervoudig het aantal leads", "de omzet vertienvoudigt", "vervijfvoudigd": every form of the
Dutch factor verbs; "met ruim de helft dalen", "by more than half" go beyond -50 %, "met bijna de
helft" stays at it; and "more than double by 2027" keeps its deadline ("than" bounds the factor,
it compares with no year). Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 1, 1)

# (text, change, whether R passes)
FACTORS = [
    ("Verviervoudig het aantal leads in 2027", 3.0, False),
    ("De omzet vertienvoudigt tegen 2030", 9.0, False),
    ("In 2028 moet het aantal abonnees vervijfvoudigd zijn", 4.0, False),
    ("Het aantal klachten moet in 2027 met ruim de helft dalen", -0.51, False),
    ("Het aantal klachten moet in 2027 met bijna de helft dalen", -0.5, True),
    ("Cut complaints by more than half in 2027", -0.51, False),
    ("Revenue should more than double by 2027", 1.01, False),
]


@pytest.mark.parametrize(("text", "change", "realistic"), FACTORS)
def test_a_factor_in_any_form_is_the_change(text: str, change: float, realistic: bool) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.relative_change == pytest.approx(change)
    assert result.verdicts["M"].passed
    assert result.verdicts["R"].passed is realistic
    assert result.verdicts["T"].passed


@pytest.mark.parametrize("text", ["Grow revenue 10% more than in 2025", "Verhoog de omzet met 10% meer dan vorig jaar"])
def test_than_before_a_time_still_compares(text: str) -> None:
    assert smart_check(text, today=TODAY).parsed.deadline is None
