"""A figure followed by "today" is where the metric stands (issue 12, class "a figure, then
today"; DOMAIN.md R: the realism bounds apply whenever baseline and target are both known).

"we have 2,000 members today and want 5,000", "the traffic, which is 14,000 visits today, will
grow to 42,000", "we tellen vandaag … / 300 leden vandaag": a word of now within two words after
the figure (its noun between) makes it the baseline, as "currently 2,000" before it already did.
A figure the goal names ("grow to 5,000 members today", "by 20 % today") stays what it was.
Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 1, 1)

# (text, baseline, target, whether R passes)
NOW_AFTER = [
    ("We have 2,000 members today and want 5,000 by 2028", 2000.0, 5000.0, False),
    ("Our shop has 800 reviews today; we aim for 1,000 by June 2027", 800.0, 1000.0, True),
    ("Web traffic, which is 14,000 visits today, will grow to 42,000 by 2030", 14000.0, 42000.0, False),
    ("We hebben 300 leden vandaag en willen er 350 in 2028", 300.0, 350.0, True),
    ("De webshop telt 1.200 klanten momenteel en wil naar 3.000 in 2028", 1200.0, 3000.0, False),
]


@pytest.mark.parametrize(("text", "baseline", "target", "realistic"), NOW_AFTER)
def test_a_figure_followed_by_today_is_the_baseline(text: str, baseline: float, target: float, realistic: bool) -> None:
    result = smart_check(text, today=TODAY)
    assert (result.parsed.baseline, result.parsed.target) == (baseline, target)
    assert result.verdicts["R"].passed is realistic


NAMED_BY_THE_GOAL = [
    ("Grow to 5,000 members today", 5000.0),
    ("Verhoog het aantal leden naar 500 vandaag", 500.0),
]


@pytest.mark.parametrize(("text", "target"), NAMED_BY_THE_GOAL)
def test_a_figure_the_goal_names_stays_the_target(text: str, target: float) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.target == target
    assert result.parsed.baseline is None


# A word of now at the head of a Dutch "er"-clause reaches its figure: "nu zijn het er ruim 4.000".
NOW_CLAUSES = [
    ("We willen in 2027 circa 12.000 leden, nu zijn het er ruim 4.000", 4000.0, 12000.0, False),
    ("We willen in 2027 circa 5.000 leden, nu zijn dat er bijna 4.000", 4000.0, 5000.0, True),
    ("Now there are about 4,000 members; we want 12,000 by 2027", 4000.0, 12000.0, False),
]


@pytest.mark.parametrize(("text", "baseline", "target", "realistic"), NOW_CLAUSES)
def test_now_reaches_the_figure_of_its_clause(text: str, baseline: float, target: float, realistic: bool) -> None:
    result = smart_check(text, today=TODAY)
    assert (result.parsed.baseline, result.parsed.target) == (baseline, target)
    assert result.verdicts["R"].passed is realistic


# "N things a year ago", "on 2026's €50 million": where the metric stood then, after the figure.
AGO = [
    ("Het doel is 1 miljoen gebruikers, tegen 400.000 een jaar geleden", 400_000.0, 1_000_000.0, False),
    ("We had 1,200 members two years ago and want 1,500 by 2028", 1200.0, 1500.0, True),
    ("Revenue of €80 million in 2027, a 25% increase on 2026's €50 million", 50_000_000.0, 80_000_000.0, False),
]


@pytest.mark.parametrize(("text", "baseline", "target", "realistic"), AGO)
def test_a_figure_of_a_time_ago_is_the_baseline(text: str, baseline: float, target: float, realistic: bool) -> None:
    result = smart_check(text, today=TODAY)
    assert (result.parsed.baseline, result.parsed.target) == (baseline, target)
    assert result.verdicts["R"].passed is realistic


def test_a_count_of_years_ago_is_no_baseline() -> None:
    goal = smart_check("Bol.com stevent dit jaar af op meer dan 5 miljard euro, bijna het dubbele van twee jaar geleden",
                       today=TODAY).parsed
    assert goal.baseline != 2.0 and goal.baseline != 2e9
