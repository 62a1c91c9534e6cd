"""Baselines written as a fact beside the goal (DOMAIN.md, "Reading real sentences", R): issue 12,
class "a figure of then".

A goal's baseline often stands in a sentence of its own, without "from" or "currently": "In 2019
was het verzuim nog 8 %" (a year, then a past copula), "Waar de oude winkel 9.000 klanten per
jaar trok" (a figure, then a past verb, set against the goal), "Nu is het aandeel nog slechts
4 %" (now, a copula, "still only"). The number is the baseline, so the realism bounds apply to the
target. A goal's own level of then ("het streefgetal in 2021 was 1000 euro") stays the target,
and "nog 50 kilo over" is what is left, not 50 more. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)

THEN = [
    # (text, baseline, target, R passes)
    ("In 2019 was het ziekteverzuim nog 8%. De ambitie is om in 2027 op 6% te zitten.", 8.0, 6.0, True),
    ("In 2020 was het afval per huishouden nog 200 kilo. Het doel is 80 kilo in 2030.", 200.0, 80.0, False),  # -60 %
    ("Het museum wil jaarlijks 30.000 bezoekers halen, waar het oude museum 9.000 bezoekers per jaar trok.",
     9_000.0, 30_000.0, False),  # +233 %
    ("We want 1,200 members next year, where the old club welcomed 1,000 members a year.", 1_000.0, 1_200.0, True),
    ("De provincie wil in 2030 12% groene stroom. Nu is het aandeel nog slechts 4%.", 4.0, 12.0, False),  # +200 %
    ("The target is a 30% repeat rate by 2028; today the rate is still only 22%.", 22.0, 30.0, True),
]


@pytest.mark.parametrize(("text", "baseline", "target", "realistic"), THEN)
def test_a_figure_of_then_is_the_baseline(text, baseline, target, realistic):
    result = smart_check(text, today=TODAY)
    assert (result.parsed.baseline, result.parsed.target) == (baseline, target)
    assert result.verdicts["R"].passed is realistic, result.verdicts["R"].reason


def test_a_goals_own_level_of_then_stays_the_target():
    result = smart_check("Het streefgetal in 2021 was 1000 euro.", today=TODAY)
    assert (result.parsed.baseline, result.parsed.target) == (None, 1000.0)


def test_what_is_left_is_no_addition():
    result = smart_check("In 2018 was het restafval nog 150 kilo; in 2030 willen we er nog maar 90 kilo over.",
                         today=TODAY)
    assert (result.parsed.baseline, result.parsed.target, result.parsed.absolute_change) == (150.0, 90.0, None)
    assert result.verdicts["R"].passed  # (150 -> 90 is -40 %, within the bounds)


# Issue 12, class "a past verb of landing on a figure": "afklokte op 243 kilo", "kwam uit op 5
# miljoen", "ended 2025 at 1.2 million" say where the metric landed: the baseline.
LANDED = [
    ("De gemeente klokte in 2023 af op 210 kilo restafval; in 2028 moet dat 150 kilo zijn", 210.0, 150.0),
    ("De omzet kwam vorig jaar uit op 5 miljoen; dit jaar willen we 6 miljoen", 5_000_000.0, 6_000_000.0),
    ("Sales ended 2025 at 1.2 million; we aim for 1.5 million in 2026", 1_200_000.0, 1_500_000.0),
    ("Het verzuim eindigde op 7%; we willen naar 5% in 2027", 7.0, 5.0),
]


@pytest.mark.parametrize(("text", "baseline", "target"), LANDED)
def test_where_a_figure_landed_is_the_baseline(text, baseline, target):
    parsed = smart_check(text, today=TODAY).parsed
    assert (parsed.baseline, parsed.target) == (baseline, target)
