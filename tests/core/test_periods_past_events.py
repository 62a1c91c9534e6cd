"""Times that date what already happened (DOMAIN.md, "Reading real sentences", T): issue 12, class
"a time with a past-tense verb beside it dates an event, not a deadline".

"we sold 40,000 units in 2024", "het ziekteverzuim bedroeg in 2023 7 %", "in het voorjaar opende
de zaak", "de teams die dit jaar meededen … deelnamen", "customers who have bought in 2023": the
time says when something happened. It never cancels a real deadline elsewhere in the goal, and
a goal's own time stays its deadline ("by 2030 …", "in 2028 we want …"). Our own sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)

NO_DEADLINE = [
    "We sold 40,000 units in 2024; the aim is 55,000 units",
    "The brand delivered $12 million in 2023 and plans to add $3 million more",
    "I will call 80% of the clients who have bought tickets in 2023",
    "Het ziekteverzuim bedroeg in 2023 7%; de norm is 5%",
    "In het voorjaar opende de zaak haar tiende filiaal; we willen groeien naar 20 filialen",
    "De club wil 300 leden meer dan de 40 verenigingen die dit jaar deelnamen",
    "De webshop, in mei 2019 gestart, wil 10.000 klanten",
]


@pytest.mark.parametrize("text", NO_DEADLINE)
def test_a_time_that_dates_a_past_event_is_no_deadline(text):
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline is None
    assert not result.verdicts["T"].passed


STILL_DUE = [
    ("We sold 40,000 units in 2024 and want 55,000 units by 2028", date(2028, 12, 31)),
    ("Het verzuim bedroeg in 2023 7%; in 2027 willen we 5%", date(2027, 12, 31)),
    ("By 2030 the plan that was launched today must double our reach", date(2030, 12, 31)),
    ("In 2028 we want 500 more volunteers", date(2028, 12, 31)),
    ("We will have made 900 sales in 2027", date(2027, 12, 31)),
]


@pytest.mark.parametrize(("text", "deadline"), STILL_DUE)
def test_a_time_that_is_due_stays_the_deadline(text, deadline):
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline == deadline
    assert result.verdicts["T"].passed
