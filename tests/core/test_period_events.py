"""An event of the plan is the deadline (issue 12, class "an event of the plan as the deadline";
DOMAIN.md T: a date or a period, "during a six-month campaign").

"Before the end of our campaign", "na afloop van de campagne", "ahead of the festival opening",
"vóór de lancering", "during the planning period", "tijdens de wervingscampagne" name when the goal
is due though no date is written, so T passed only when the campaign had a season or a length.
"After the campaign", "via een campagne", "in die periode", an idiom ("at the end of the day",
"aan het einde van de rit"), a verb ("by opening 100 stores") and a comparison ("than during the last
campaign") date nothing; a real date beside an event is kept. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

DUE = [
    "We want 500 new members by the end of the campaign.",
    "Raise $40,000 before the end of the Winter Match Appeal.",
    "We aim to sell 2,000 tickets well ahead of the festival opening.",
    "Get 300 pre-orders before the launch.",
    "We want 20% more revenue during the planning period.",
    "Raise revenue by 10% over the strategy period.",
    "We willen 300 nieuwe leden werven voor het einde van de campagne.",
    "Na afloop van de campagne kent 60% van de inwoners het merk.",
    "Aan het einde van het project willen we 40 scholen bereiken.",
    "Tegen de opening van het festival willen we 10.000 tickets verkocht hebben.",
    "Tijdens de wervingscampagne willen we 200 nieuwe donateurs werven.",
    "We willen de omzet in de beleidsperiode met 10% verhogen.",
]


@pytest.mark.parametrize("text", DUE)
def test_an_event_of_the_plan_is_a_deadline(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline is not None
    assert result.verdicts["T"].passed


NOT_DUE = [
    "At the end of the day we want 20% more sales.",
    "Het uiteindelijke doel is om aan het einde van de rit meer omzet te maken.",
    "We want 20% more sign-ups than during the last campaign.",
    "A 2% increase in market share after the advertising campaign.",
    "Our shop will grow revenue to 8 million dollars by opening more than 100 new stores.",
    "We willen in die periode 20% meer leden.",
    "Het Rode Kruis wil via een nieuwe campagne 500 nieuwe donoren vinden.",
    "We will increase sales by 15% using an influencer campaign.",
]


@pytest.mark.parametrize("text", NOT_DUE)
def test_no_event_no_deadline(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline is None
    assert not result.verdicts["T"].passed


def test_a_written_date_wins_over_the_event() -> None:
    result = smart_check("Sell 500 tickets by 1 May 2027, ahead of the launch of the new season.", today=TODAY)
    assert result.parsed.deadline == date(2027, 5, 1)


def test_a_moment_with_its_article_is_a_noun_before_a_figure() -> None:
    result = smart_check("We willen vóór de lancering 500 aanmeldingen.", today=TODAY)
    assert result.verdicts["T"].passed
    assert not smart_check("Before opening a new shop we want 500 members.", today=TODAY).verdicts["T"].passed


MORE_MOMENTS = [
    ("Increase donations by 20% in the run-up to Christmas.", date(2027, 12, 25)),
    ("In de aanloop naar kerst willen we de omzet met 20% verhogen.", date(2027, 12, 25)),
    ("Reach 10,000 members before the next election.", date(2028, 2, 1)),
    ("We want 300 new members by the AGM.", date(2028, 2, 1)),
    ("Increase revenue by 10% ahead of the IPO.", date(2028, 2, 1)),
    ("Reach 1,000 members by our 10th anniversary.", date(2028, 2, 1)),
    ("We want 500 members in time for the festival.", date(2028, 2, 1)),
    ("Reach 5,000 users 12 months after launch.", date(2028, 2, 1)),
    ("Zes maanden na de opening willen we 5.000 bezoekers.", date(2027, 8, 1)),
    ("Increase revenue by 10% by the turn of the year.", date(2027, 12, 31)),
    ("We willen rond de jaarwisseling 500 nieuwe leden.", date(2027, 12, 31)),
]


@pytest.mark.parametrize(("text", "deadline"), MORE_MOMENTS)
def test_a_moment_led_up_to_or_counted_from_is_a_deadline(text: str, deadline: date) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline == deadline
    assert result.verdicts["T"].passed


NO_MOMENT = [
    "We want to talk to 500 customers about the launch.",
    "We want 20% more visitors after the launch.",
    "We want 10% more revenue than in the run-up to last Christmas.",
    "It takes time for new members to join; we want 200 more.",
]


@pytest.mark.parametrize("text", NO_MOMENT)
def test_a_moment_not_led_up_to_is_no_deadline(text: str) -> None:
    assert not smart_check(text, today=TODAY).verdicts["T"].passed
