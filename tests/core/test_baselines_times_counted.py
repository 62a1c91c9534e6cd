""""N times" as a count of occurrences (DOMAIN.md, "Reading real sentences", M and R): issue 12,
class "how often something is done is a target, not a factor".

"visit the gym 150 times this year", "at least 40 times", "ik wil 25 keer optreden": when the goal
names no change (no verb of increase or decrease) and nothing after "times"/"keer" compares, the
number is how often, a count to reach: M passes on it and R judges it as a target, not as
a growth of (N - 1) x 100 %. A factor stays a factor: "increase sales 3 times", "drie keer zo
groot", "three times over", "10x revenue". Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)

COUNTS = [
    ("Visit the climbing gym 150 times this year", 150.0),
    ("Post a customer story on our blog at least 40 times", 40.0),
    ("I will meet each key account three times before June", 3.0),
    ("Ik wil dit jaar 25 keer optreden in het buurthuis", 25.0),
    ("Het koor wil minstens twaalf keer een concert geven", 12.0),
]


@pytest.mark.parametrize(("text", "count"), COUNTS)
def test_how_often_is_a_count_to_reach(text, count):
    result = smart_check(text, today=TODAY)
    assert result.parsed.target == count
    assert result.parsed.relative_change is None
    assert result.verdicts["M"].passed
    assert result.verdicts["R"].passed, result.verdicts["R"].reason


FACTORS = [
    ("Increase sales 3 times by 2027", 2.0),
    ("Grow revenue three times over by 2028", 2.0),
    ("10x revenue in one year", 9.0),
    ("Onze omzet moet 3 keer zo groot worden", 2.0),
    ("De webshop wil het aantal bestellingen 4 keer verhogen", 3.0),
]


@pytest.mark.parametrize(("text", "change"), FACTORS)
def test_a_factor_stays_a_factor(text, change):
    result = smart_check(text, today=TODAY)
    assert result.parsed.relative_change == change
    assert not result.verdicts["R"].passed  # (each is beyond +100 %)


def test_a_rhythm_is_neither():
    result = smart_check("Ik wil 3 keer per week sporten", today=TODAY)
    assert result.parsed.relative_change is None


# Issue 12, class "a sum worked out": "(15 x 4 = 60)" shows how a target was reached; its product
# is the number that counts and the "x" is no factor to grow by.
SUMS = [
    ("My target is 48 videos this year (4 x 12 = 48)", 48.0),
    ("We plannen 60 workshops: 5 x 12 = 60", 60.0),
    ("Publish 36 case studies in 2027 (3 times 12 = 36)", 36.0),
]


@pytest.mark.parametrize(("text", "target"), SUMS)
def test_a_sum_worked_out_is_no_factor(text, target):
    result = smart_check(text, today=TODAY)
    assert result.parsed.target == target
    assert result.parsed.relative_change is None
    assert result.verdicts["R"].passed, result.verdicts["R"].reason
