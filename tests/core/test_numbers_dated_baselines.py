"""Which figure of a goal is the baseline (issue 12, classes "a figure of an earlier year", "a change in
points" and "a pair after a word of change"; DOMAIN.md R: judged on the target and the baseline).

"Doel 2027: 3 miljoen euro omzet (2026: 1 miljoen)", "Target 2027: 500 leads (2026: 400)": the
figure right after a year before the one the goal is due is where the metric stood; a schedule
("in 2026 …, in 2027 …") is not. "Churn omlaag van 6% naar 2%": after a word of change, a figure
with a "naar" figure after it opens a pair and is no stated change. "met 3 procentpunt naar 5 %": a
change in points of a share starts that many points below its target. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 1)

# (text, baseline, target, whether R passes)
DATED = [
    ("Doel 2027: 3 miljoen euro omzet (2026: 1 miljoen)", 1_000_000.0, 3_000_000.0, False),
    ("Doel 2027: 1,2 miljoen euro omzet (2026: 1 miljoen)", 1_000_000.0, 1_200_000.0, True),
    ("Target 2027: 600 qualified leads (2026: 450)", 450.0, 600.0, True),
    ("Target 2028: 40% repeat buyers (2025: 15%)", 15.0, 40.0, False),
    ("Streefwaarde 2028: 9.000 abonnees (2026: 7.500)", 7500.0, 9000.0, True),
]


@pytest.mark.parametrize(("text", "baseline", "target", "realistic"), DATED)
def test_a_figure_of_an_earlier_year_is_the_baseline(text: str, baseline: float, target: float, realistic: bool) -> None:
    result = smart_check(text, today=TODAY)
    assert (result.parsed.baseline, result.parsed.target) == (baseline, target)
    assert result.verdicts["R"].passed is realistic


def test_a_schedule_of_years_has_no_baseline() -> None:
    goal = smart_check("Win 500 new customers in 2027 and 800 in 2028", today=TODAY).parsed
    assert goal.baseline is None


# (text, baseline, target, whether R passes)
PAIRS = [
    ("Churn omlaag van 6% naar 2% in 2027", 6.0, 2.0, False),
    ("Churn omlaag van 6% naar 4% in 2027", 6.0, 4.0, True),
    ("Het aantal retouren omlaag van 12% naar 9% in 2027", 12.0, 9.0, True),
]


@pytest.mark.parametrize(("text", "baseline", "target", "realistic"), PAIRS)
def test_a_pair_after_a_word_of_change_is_a_pair(text: str, baseline: float, target: float, realistic: bool) -> None:
    result = smart_check(text, today=TODAY)
    assert (result.parsed.baseline, result.parsed.target) == (baseline, target)
    assert result.parsed.relative_change is None
    assert result.verdicts["R"].passed is realistic


# (text, baseline, target, whether R passes): a change in points of a percentage starts below its target
POINTS = [
    ("Verhoog de conversie met 3 procentpunt naar 5% in 2027", 2.0, 5.0, False),
    ("Increase the click-through rate by 2 percentage points to 8% in 2027", 6.0, 8.0, True),
    ("Verhoog de retentie met 5 procentpunten tot 80% in 2027", 75.0, 80.0, True),
]


@pytest.mark.parametrize(("text", "baseline", "target", "realistic"), POINTS)
def test_a_change_in_points_gives_the_baseline_of_a_share(text: str, baseline: float, target: float,
                                                          realistic: bool) -> None:
    result = smart_check(text, today=TODAY)
    assert (result.parsed.baseline, result.parsed.target) == (baseline, target)
    assert result.verdicts["R"].passed is realistic


# "In <year>" with a past verb after its subject: the figure of then ("In 2023 we had 800 customers").
THEN = [
    ("In 2023 we had 800 customers; by 2027 we want 1,200", 800.0, 1200.0, True),
    ("In 2024 had de club 300 leden, in 2027 moeten dat er 700 zijn", 300.0, 700.0, False),
]


@pytest.mark.parametrize(("text", "baseline", "target", "realistic"), THEN)
def test_a_past_verb_after_the_subject_dates_the_figure(text: str, baseline: float, target: float,
                                                         realistic: bool) -> None:
    result = smart_check(text, today=TODAY)
    assert (result.parsed.baseline, result.parsed.target) == (baseline, target)
    assert result.verdicts["R"].passed is realistic
