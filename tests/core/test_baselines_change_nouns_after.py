"""A change noun after its measure (DOMAIN.md, "Reading real sentences", R): issue 12, class "the
percentage sizes the change named one or two words later".

Sustainability and growth targets write the change as a noun with the measure or a qualifier
between it and its size: "a 45 % waste reduction", "a 65 percent absolute cut", "een 20% ledengroei".
The percentage is then the change, not a level of the measure, so the realism bounds apply to it
(beyond −50 % or +100 % R fails). A verb that opens the next clause ("… satisfaction, increase NPS
to 50") is no such noun: it has an object after it. Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CHANGES = [
    # (text, relative change, R passes)
    ("45% packaging waste reduction by 2030", -0.45, True),
    ("75% carbon reduction by FY2040", -0.75, False),  # beyond the −50 % bound
    ("We aim for a 65 percent absolute reduction by 2031", -0.65, False),
    ("Our plan: a 30% subscriber increase by 2028", 0.3, True),
    ("A 150% webshop growth within three years", 1.5, False),  # beyond +100 %
    ("Wij willen in 2029 een 20% ledengroei", 0.2, True),
    ("De gemeente wil 70 procent CO2 reductie in 2035", -0.7, False),
]


@pytest.mark.parametrize(("text", "change", "realistic"), CHANGES)
def test_the_percentage_before_a_change_noun_is_the_change(text, change, realistic):
    result = smart_check(text)
    assert result.parsed.relative_change == pytest.approx(change)
    assert result.parsed.target is None
    assert result.verdicts["R"].passed is realistic, result.verdicts["R"].reason


NOT_A_CHANGE = [
    # (text, target): the noun is a verb with its object, or the percentage is a level
    ("Reach 90% satisfaction increase churn alerts to daily", 90.0),
    ("Conversion rate 4% by June", 4.0),
]


@pytest.mark.parametrize(("text", "target"), NOT_A_CHANGE)
def test_a_verb_after_the_measure_leaves_the_level(text, target):
    result = smart_check(text)
    assert result.parsed.target == target
    assert result.parsed.relative_change is None
