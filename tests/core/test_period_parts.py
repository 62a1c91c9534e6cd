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


WHOLE = [
    ("We expect 1.2 million visitors for the whole season.", date(2028, 2, 1)),
    ("We rekenen op 1,2 miljoen bezoekers voor het hele seizoen.", date(2028, 2, 1)),
    ("We verwachten een winst van meer dan 340 miljoen euro voor het volledige jaar.", date(2027, 12, 31)),
    ("We verwachten 300 nieuwe leden voor het gehele kwartaal.", date(2027, 3, 31)),
    ("Tijdens het volledige boekjaar willen we 300 nieuwe leden werven.", date(2027, 12, 31)),
]


@pytest.mark.parametrize(("text", "deadline"), WHOLE)
def test_the_whole_of_a_period_under_way_is_the_deadline(text: str, deadline: date) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline == deadline
    assert result.verdicts["T"].passed


NO_PERIOD = [
    "Het hele jaar door willen we meer leden.",
    "We willen voor het hele team 20% meer leads.",
    "We want 20% more leads for the whole team.",
]


@pytest.mark.parametrize("text", NO_PERIOD)
def test_all_year_round_or_a_whole_team_is_no_deadline(text: str) -> None:
    assert not smart_check(text, today=TODAY).verdicts["T"].passed
