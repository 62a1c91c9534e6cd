"""The length of a campaign said after its noun is the period (issue 12, class "a campaign of six
weeks"; DOMAIN.md T: "during a six-month campaign" is a period).

"tijdens de actie van 8 weken", "a campaign of six weeks", "een campagne van 3 maanden": the count
and unit after "van"/"of" behind a campaign or plan noun size the period the goal runs in, as
"a six-week campaign" already did; the count is no target. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 1, 1)

# (text, deadline, target)
LENGTHS = [
    ("Gain 500 newsletter sign-ups during a campaign of six weeks", date(2027, 2, 12), 500.0),
    ("Tijdens de actie van 8 weken willen we 300 nieuwe leden", date(2027, 2, 26), 300.0),
    ("Een campagne van 3 maanden moet 200 leads opleveren", date(2027, 4, 1), 200.0),
    ("Raise $40,000 in a fundraising drive... a programme of 2 months", date(2027, 3, 1), 40_000.0),
]


@pytest.mark.parametrize(("text", "deadline", "target"), LENGTHS)
def test_a_length_after_a_campaign_noun_is_the_period(text: str, deadline: date, target: float) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline == deadline
    assert result.parsed.target == target
    assert result.verdicts["T"].passed


def test_a_length_after_another_noun_is_no_period() -> None:
    assert smart_check("Grow sales of 6 weeks of stock", today=TODAY).parsed.deadline is None
