"""Issue 12, class "a measure that moves": news, forecasts and plans say a measure jumps, climbs,
soars, plunges or will fall; the verb is the goal's direction (DOMAIN.md S: a metric and a
direction). Only present forms: a past one tells what happened, and "fall" alone is a season."""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 8)


@pytest.mark.parametrize(("text", "direction"), [
    ("Revenue will jump 20% by the end of 2027", "increase"),
    ("Ticket sales should climb 15% next year", "increase"),
    ("We expect web traffic to soar 40% in 2027", "increase"),
    ("Newsletter sign-ups must surge 30% in Q3 2027", "increase"),
    ("Online orders will skyrocket by 60% within a year", "increase"),
    ("Refund requests should plunge 20% by June 2027", "decrease"),
    ("Complaints will plummet by a third in 2027", "decrease"),
    ("Waiting times must sink 25% before December 2027", "decrease"),
    ("Churn will fall to 3% by June 2027", "decrease"),
    ("Costs fall by 8% in 2027", "decrease"),
    ("Het aantal klachten keldert met 30% in 2027", "decrease"),
    ("Het bezoekersaantal klimt naar 50.000 in 2027", "increase"),
])
def test_a_verb_of_moving_gives_the_direction(text: str, direction: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction == direction
    assert "S" not in result.failed


@pytest.mark.parametrize(("text", "direction"), [
    ("We grow leads by 20% by fall 2027", "increase"),  # a season, not a fall
    ("Launch the loyalty app in the fall and increase repeat orders by 10%", "increase"),
    ("Web traffic fell 10% in 2026, so we aim to grow it by 15% by June 2027", "increase"),  # what happened
])
def test_a_season_or_a_past_move_is_not_the_goals_direction(text: str, direction: str) -> None:
    assert smart_check(text, today=TODAY).parsed.direction == direction


@pytest.mark.parametrize(("text", "direction", "named"), [
    ("Cut climbing gym accidents by 20% in 2027", "decrease", "accidents"),  # "climbing" names the gym
    ("Halve the jumping castle injuries by 2027", "decrease", "injuries"),
    ("Reduce dropped orders by 30% by March 2027", "decrease", "dropped orders"),
])
def test_a_moving_verbs_other_forms_name_things(text: str, direction: str, named: str) -> None:
    parsed = smart_check(text, today=TODAY).parsed
    assert parsed.direction == direction
    assert named in (parsed.metric_words or "")


def test_fall_to_fall_is_a_school_year_not_a_direction() -> None:
    result = smart_check("80% freshman to sophomore (fall to fall) retention", today=TODAY)
    assert "S" in result.failed
