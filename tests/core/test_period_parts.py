"""A part of a stretch of time is no share to reach (issue 12, class "a part of a year"; DOMAIN.md M:
dates and periods are no target).

"At least half of our customers" is a target of 50 %; "the final quarter of 2027" was read the same
way, as a target of 25 %, so M passed on a goal with no number. A share word is a time when an
ordinal or "final"/"laatste" names which part, or when it is a part of a year, a season, a campaign.
Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

TIMES = [
    "In the final quarter of 2027 our revenue will be at least equal to our costs.",
    "In the closing quarter of the year we want more leads than costs.",
    "Over the second half of the season we want more visitors than in the first.",
    "In het laatste kwart van het jaar moet de omzet hoger liggen dan de kosten.",
    "In de tweede helft van het seizoen willen we meer bezoekers dan in de eerste.",
    "Tijdens de eerste helft van de campagne willen we meer aanmeldingen.",
]


@pytest.mark.parametrize("text", TIMES)
def test_a_part_of_a_time_is_no_target(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.target is None
    assert not result.verdicts["M"].passed


SHARES = [
    ("We want at least half of our customers to use the app by 2027.", 50.0),
    ("Minstens de helft van alle klanten moet in 2027 de app gebruiken.", 50.0),
    ("We want a quarter of our visitors to sign up by June.", 25.0),
    ("Een kwart van de leden moet voor de zomer online betalen.", 25.0),
]


@pytest.mark.parametrize(("text", "share"), SHARES)
def test_a_share_of_people_stays_the_target(text: str, share: float) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.target == share
    assert result.verdicts["M"].passed
