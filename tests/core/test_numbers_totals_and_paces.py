"""A total beside its pace, and a later bound of another kind (issue 12, classes "a count at a
rhythm beside a total" and "the target's own kind"; DOMAIN.md M and R).

"Send 24 campaigns (2 per month)" holds a total and the pace that reaches it: the total is the
target (the pace alone left the goal a rhythm of work with no target). A larger figure per period
is no pace of a smaller one ("from $1.7 billion to $3.1 billion per year"). When a KPI line bounds a
rate and then money ("conversie ≥ 40%; MRR ≥ € 900"), the target taken is money and no percentage
of 900. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

TOTALS = [
    ("Send 24 newsletters this year (2 per month)", 24.0),
    ("Verstuur dit jaar 36 mailings (3 per maand)", 36.0),
    ("Publish 48 podcast episodes, about 4 a month", 48.0),
    ("Grow online revenue to €60,000 (€5,000 per month)", 60_000.0),
    ("Win 500 new customers this year, roughly 40 per month", 500.0),
]


@pytest.mark.parametrize(("text", "target"), TOTALS)
def test_the_total_is_the_target_and_its_pace_is_not(text: str, target: float) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.target == target
    assert result.verdicts["M"].passed


@pytest.mark.parametrize("text", ["Publish 3 posts per week", "Plaats 2 berichten per week op LinkedIn"])
def test_a_pace_alone_stays_a_rhythm(text: str) -> None:
    assert smart_check(text, today=TODAY).parsed.target is None


def test_a_larger_figure_per_period_is_the_goal() -> None:
    parsed = smart_check("Visitor spending stands at $1.7 billion; we aim for $3.1 billion per year by 2030",
                         today=TODAY).parsed
    assert parsed.target == 3_100_000_000.0


BOUNDS = [
    ("Sales: conversie ≥ 40% op offertes; MRR groei ≥ € 900 per kwartaal", 900.0),
    ("KPIs: retention ≥ 90%; ARPU ≥ $45 per month", 45.0),
    ("Churn ≤ 5%; CAC ≤ €120", 120.0),
]


@pytest.mark.parametrize(("text", "target"), BOUNDS)
def test_a_later_bound_of_money_is_no_percentage(text: str, target: float) -> None:
    result = smart_check(text, today=TODAY)
    assert (result.parsed.target, result.parsed.percent) == (target, False)
    assert result.verdicts["R"].passed
