"""A stretch of time with an adjective before its unit (issue 12, class "a stretch written with
an adjective"; DOMAIN.md T: a period is a deadline).

"for 8 consecutive weeks", "within 6 full months", "binnen zes volle maanden", "gedurende 8
opeenvolgende weken" are as long as without the adjective, and gave no deadline. Our own
sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

DUE = [
    ("Increase weekly sign-ups by 10% for 8 consecutive weeks", date(2027, 3, 29)),
    ("Grow repeat orders by 15% within 6 full months", date(2027, 8, 1)),
    ("Verhoog de omzet met 10% binnen zes volle maanden", date(2027, 8, 1)),
    ("Verhoog het aantal boekingen met 10% gedurende 8 opeenvolgende weken", date(2027, 3, 29)),
    ("Grow revenue 20% in the next 3 calendar years", date(2030, 2, 1)),
]


@pytest.mark.parametrize(("text", "deadline"), DUE)
def test_the_adjective_leaves_the_stretch_as_long(text: str, deadline: date) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline == deadline
    assert result.verdicts["T"].passed


def test_an_adjective_with_no_unit_after_is_no_stretch() -> None:
    assert smart_check("Win 8 consecutive awards for our shop", today=TODAY).parsed.deadline is None
