"""When a figure after "van" or after a participle of change is the goal's (DOMAIN.md, "Reading
real sentences", M and R): issue 12, classes "van X naar a place" and "the goal says it will
have fallen to X".

A Dutch "van" figure is a baseline only when a "naar"/"tot" with a figure follows: "het begeleiden
van 400 zzp'ers naar werk" counts the people to help (the target), where "van 100 naar 150" is a
pair. And a participle of change after a goal noun states the goal: "de doelstelling is dat het
aantal klachten in 2028 gedaald is naar 300" aims at 300, where "de omzet steeg tot 135 miljoen"
says where it stands. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)

READINGS = [
    # (text, baseline, target)
    ("Het begeleiden van 400 zzp'ers naar werk of opleiding", None, 400.0),
    ("Het toeleiden van 1.200 jongeren naar een stageplek in 2028", None, 1200.0),
    ("Het aantal leden moet van 800 naar 1.000", 800.0, 1000.0),
    ("De omzet moet van 2 naar zo'n 3 miljoen", 2_000_000.0, 3_000_000.0),
    ("De doelstelling is dat het aantal klachten in 2028 gedaald is naar 300.", None, 300.0),
    ("Ons doel: in 2029 is het verzuim verder gedaald tot 4%.", None, 4.0),
    ("De omzet steeg tot 135 miljoen; we willen 160 miljoen", 135_000_000.0, 160_000_000.0),
]


@pytest.mark.parametrize(("text", "baseline", "target"), READINGS)
def test_whose_figure_it_is(text, baseline, target):
    parsed = smart_check(text, today=TODAY).parsed
    assert (parsed.baseline, parsed.target) == (baseline, target)


def test_a_goal_that_says_it_will_have_fallen_is_measurable_and_realistic():
    result = smart_check("De doelstelling van de gemeente is dat het aantal klachten in 2028 gedaald is naar 300.",
                         today=TODAY)
    assert result.verdicts["M"].passed
    assert result.verdicts["R"].passed


# Issue 12, class "a count of the goals themselves": "twee doelstellingen", "three goals", "vier
# speerpunten" count the goals, not what they measure; the number is no baseline or target.
COUNTED_GOALS = [
    ("Het plan noemt twee doelstellingen: 15 procent meer leden en een hogere tevredenheid", None),
    ("Our strategy sets three goals, the first being 20% more repeat orders", None),
    ("De club kiest vier speerpunten, waaronder 300 nieuwe jeugdleden in 2028", 300.0),
]


@pytest.mark.parametrize(("text", "target"), COUNTED_GOALS)
def test_a_count_of_goals_is_no_number_of_the_goal(text, target):
    parsed = smart_check(text, today=TODAY).parsed
    assert parsed.baseline is None
    assert parsed.target == target


# Issue 12, class "a numbered heading": "Aspiration 1:", "Ambitie 2:", "Target 3:", "Key result 4:"
# number the goal in a list; the number is no target (the goal's own figure after it still is).
HEADINGS = [
    ("Aspiration 2: read more books with the kids", None),
    ("Ambitie 1: een hogere klanttevredenheid", None),
    ("Target 3: 400 new newsletter sign-ups by June", 400.0),
    ("Key result 4: NPS 50", 50.0),
]


@pytest.mark.parametrize(("text", "target"), HEADINGS)
def test_the_number_of_a_heading_is_no_target(text, target):
    assert smart_check(text, today=TODAY).parsed.target == target
