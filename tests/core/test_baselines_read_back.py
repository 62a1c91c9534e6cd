"""Baselines said where people say them (DOMAIN.md, "Reading real sentences", R): issue 12.

Five classes, in our own words and in both languages:

- a level after a verb of reaching is the target, not a change: "achieve 25 % open rate (up from
  12 %)" starts at 12 and goes to 25;
- a baseline pointed back to: "we close eight deals a month … raise that to 12 deals", "nu zo'n
  130 liter per dag. Dat moet naar 110 liter per dag";
- a baseline implied by a change in units: "1,200 members, a rise of 400" starts at 800;
- a "from" number that counts something else is a source, not a level: in "50 customers from
  5,000 leads" the leads are no baseline for the customers;
- a participle after "moet" states the goal: "dat moet in 2030 gestegen zijn naar 80 %" is the
  target, not where the metric stands.

Each case gives the baseline and target read, and whether R passes at the default bounds
(+100 % up, -50 % down).
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)

CASES = [
    # a level after a verb of reaching, with where it stands now
    ("Achieve a 40% open rate on the newsletter (up from 22%)", 22, 40, True),
    ("Reach 30% trial-to-paid conversion, up from 12%", 12, 30, False),
    ("Behaal 45% herhaalaankopen (nu 30%)", 30, 45, True),
    # pointed back to
    ("Our reps close about 8 deals a month. We want to raise that to 12 deals", 8, 12, True),
    ("Our reps close about 4 deals a month. We want to raise that to 20 deals", 4, 20, False),
    ("De wachttijd is gemiddeld 10 dagen en we willen dat terugbrengen naar 6 dagen", 10, 6, True),
    ("Nu gebruiken huishoudens gemiddeld zo'n 130 liter water per dag. Dat moet in 2030 gedaald zijn naar 110 liter per dag",
     130, 110, True),
    # implied by a change in units
    ("The club expects 1,200 members next year, a rise of 400 on today", 800, 1200, True),
    ("The app should reach 900,000 users, a rise of 700,000", 200000, 900000, False),
    ("Het museum wil naar 50.000 bezoekers, een stijging van 10.000", 40000, 50000, True),
    ("Increase newsletter subscribers by 300 to 1,200", 900, 1200, True),
    # a pair written backwards, and "up from"
    ("Increase demo requests to 200 from 120", 120, 200, True),
    ("Achieve 300 signups a month, up from 180", 180, 300, True),
    # a participle after "moet" states the goal
    ("Nu kiest 60% van de klanten digitaal. Dat moet in 2030 gestegen zijn naar 80%", 60, 80, True),
]


@pytest.mark.parametrize("text, baseline, target, realistic", CASES, ids=[case[0][:50] for case in CASES])
def test_the_baseline_is_read_where_it_is_said(text: str, baseline: float, target: float, realistic: bool) -> None:
    result = smart_check(text, today=TODAY)
    assert (result.parsed.baseline, result.parsed.target) == (baseline, target)
    assert result.verdicts["R"].passed is realistic


# --- no baseline where nothing points back or changes in the target's units -----------------
NO_BASELINE = [
    # two things counted: the planes are no baseline for the passengers
    "The airline will double its fleet to 170 planes and triple the passengers it carries to 33 million",
    # the pronoun stands before both numbers: a range of shares, not a pair
    "It aims for 15 per cent to 20 per cent of its users on the new plan",
    # a rise in percent is a relative change, not one in units
    "Reach 5,000 members, a rise of 25%",
    # a source, not a level: the customers come from the leads
    "Win 40 new clients from 800 trial users this quarter",
    "We need 50 customers from 5,000 leads to reach our revenue goal",
    "Haal 25 nieuwe donateurs binnen uit 400 bezoekers van de open dag",
]


@pytest.mark.parametrize("text", NO_BASELINE, ids=[text[:50] for text in NO_BASELINE])
def test_no_baseline_where_nothing_points_back(text: str) -> None:
    assert smart_check(text, today=TODAY).parsed.baseline is None


# --- more shapes of a baseline: "the base of", "dat aantal … tot 100 stuks", a boost -----------
MORE_SHAPES = [
    ("Reach 300 million users by 2028, from the base of 180 million users in 2024", 180e6, 300e6, True),
    ("Grow our customer base of 5,000 to 8,000 by the end of 2027", 5000, 8000, True),
    ("Eerst komen er 40 deelfietsen, maar dat aantal willen we daarna opvoeren tot 60 stuks", 40, 60, True),
    ("We start with 20 stores, and want to grow that number to 70 stores", 20, 70, False),
]


@pytest.mark.parametrize("text, baseline, target, realistic", MORE_SHAPES, ids=[case[0][:50] for case in MORE_SHAPES])
def test_more_shapes_of_a_baseline(text: str, baseline: float, target: float, realistic: bool) -> None:
    result = smart_check(text, today=TODAY)
    assert (result.parsed.baseline, result.parsed.target) == (baseline, target)
    assert result.verdicts["R"].passed is realistic


def test_a_boost_in_percent_is_a_change() -> None:
    goal = smart_check("A 95% satisfaction target and a 20% boost in loyalty sign-ups", today=TODAY).parsed
    assert goal.relative_change == pytest.approx(0.20) and goal.baseline is None


# --- a figure of last year ---------------------------------------------------------------------
# Issue 12, class "a figure of last year": a count beside "last year", "vorig jaar", "afgelopen
# maand" says where the metric stood ("sold 57,600 units last year"); "more than last year" or
# "up 50 over the previous quarter" compare, they give no baseline.
LAST_YEARS_FIGURES = [
    ("We sold 1,200 subscriptions last year and want 1,800 by December", 1200, 1800, True),
    ("We verkochten vorig jaar 800 abonnementen en willen er in 2027 1.000 verkopen", 800, 1000, True),
    ("The shop drew 300 visitors a day last month; by June we want 700 a day", 300, 700, False),
]


@pytest.mark.parametrize("text, baseline, target, realistic", LAST_YEARS_FIGURES,
                         ids=[case[0][:50] for case in LAST_YEARS_FIGURES])
def test_a_figure_of_last_year_is_the_baseline(text: str, baseline: float, target: float, realistic: bool) -> None:
    result = smart_check(text, today=TODAY)
    assert (result.parsed.baseline, result.parsed.target) == (baseline, target)
    assert result.verdicts["R"].passed is realistic


COMPARED_WITH_LAST_YEAR = [
    "NPS up 15 over the previous quarter",
    "We want 500 more members than last year",
    "Verkoop 20% meer dan vorig jaar",
]


@pytest.mark.parametrize("text", COMPARED_WITH_LAST_YEAR, ids=[text[:50] for text in COMPARED_WITH_LAST_YEAR])
def test_a_comparison_with_last_year_gives_no_baseline(text: str) -> None:
    assert smart_check(text, today=TODAY).parsed.baseline is None
