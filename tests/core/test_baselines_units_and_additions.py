"""Baselines that need a sum or a conversion (DOMAIN.md, "Reading real sentences", R): issue 12.

Three classes, in our own words and in both languages:

- a change "than now": "30 million customers, 12 million more than now" starts at 18 million;
- durations in two units: "from two months to three weeks" is about 61 days to 21 (-66 %),
  "from 48 hours to 1 day" is -50 %, on the bound;
- a count added to where it stands: "add another 2 million to its existing 8 million" goes from
  8 to 10 million.

Each case gives the baseline and target read and whether R passes at the default bounds
(+100 % up, -50 % down).
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)

CASES = [
    # a change than now
    ("The bank wants 30 million customers by 2030, 12 million more than now", 18e6, 30e6, True),
    ("De club wil 900 leden, 300 meer dan nu", 600, 900, True),
    ("Het asiel wil 500 adopties per jaar, 400 meer dan nu", 100, 500, False),
    ("We aim for 40 complaints a month, 20 fewer than today", 60, 40, True),
    # durations in two units: the baseline in the target's unit
    ("Verkort de wachttijd van twee maanden naar drie weken", 2 * 30.44 / 7, 3, False),
    ("Reduce delivery time from 2 weeks to 10 days", 14, 10, True),
    ("Cut our first response time from 48 hours to 1 day", 2, 1, True),
    ("Breng de doorlooptijd terug van 3 dagen naar 36 uur", 72, 36, True),
    # a count added to where it stands
    ("The bank aims to add 2 million customers to its existing 8 million", 8e6, 10e6, True),
    ("De vereniging wil 50 leden toevoegen aan de bestaande 400 leden", 400, 450, True),
]


@pytest.mark.parametrize("text, baseline, target, realistic", CASES, ids=[case[0][:50] for case in CASES])
def test_a_baseline_by_sum_or_conversion(text: str, baseline: float, target: float, realistic: bool) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.baseline == pytest.approx(baseline)
    assert result.parsed.target == pytest.approx(target)
    assert result.verdicts["R"].passed is realistic


# --- look-alikes: no sum and no conversion ------------------------------------------------------
def test_durations_in_one_unit_stay_as_written() -> None:
    goal = smart_check("Verkort de levertijd van 10 dagen naar 7 dagen", today=TODAY).parsed
    assert (goal.baseline, goal.target) == (10, 7)


def test_a_count_above_where_it_stands_is_the_target() -> None:
    goal = smart_check("Grow from our current 400 members to 600 members", today=TODAY).parsed
    assert (goal.baseline, goal.target) == (400, 600)


def test_more_than_a_number_is_still_a_bound() -> None:
    goal = smart_check("We want more than 500 members by June", today=TODAY).parsed
    assert goal.baseline is None and goal.target == 500


ADDED = [
    ("The bank aims to add another 2 million customers to its existing 8 million", 8e6, 2e6, True),
    ("De vereniging wil nog 50 leden toevoegen aan de bestaande 400 leden", 400, 50, True),
    ("The shelter wants an additional 300 adoptions on top of its current 200", 200, 300, False),
]


@pytest.mark.parametrize("text, baseline, added, realistic", ADDED, ids=[case[0][:50] for case in ADDED])
def test_another_count_is_added_to_the_baseline(text: str, baseline: float, added: float, realistic: bool) -> None:
    result = smart_check(text, today=TODAY)
    goal = result.parsed
    assert goal.baseline == pytest.approx(baseline)
    assert goal.absolute_change == pytest.approx(added) or goal.target == pytest.approx(baseline + added)
    assert result.verdicts["R"].passed is realistic
