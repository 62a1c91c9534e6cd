"""Effort given and a role taken are no metric (issue 12, class "effort is the work, not the result";
DOMAIN.md S: "An activity is not a metric").

"Meer aandacht voor duurzaamheid", "give more attention to customer service", "meer samenwerking met
scholen", "become a bigger player in the Benelux" say where the work goes or what the organisation
wants to be, not what is measured, so their "more"/"bigger" passed S with nothing to count. Focus,
attention, aandacht, collaboration, samenwerking and player/speler are now vague as "the business" is.
A measure named with them still is one ("customer effort score", "the number of players", "spelers",
"naamsbekendheid"). Our own sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

EFFORT = [
    "Meer aandacht voor duurzaamheid in 2027",
    "Give more attention to customer service in 2027",
    "Extra aandacht voor nieuwe leden in 2027",
    "Become a bigger player in the Benelux by 2028",
    "We willen een grotere speler worden in de Benelux",
    "Meer samenwerking met scholen in 2027",
    "We want more focus in the team this year",
]


@pytest.mark.parametrize("text", EFFORT)
def test_effort_or_a_role_is_no_metric(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words is None
    assert not result.verdicts["S"].passed


MEASURED = [
    ("Reduce the customer effort score from 4 to 3 by June", "customer effort score"),
    ("Increase the number of players in our club from 80 to 100 by 2027", "players"),
    ("Meer spelers in de jeugdafdeling: van 60 naar 80 in 2027", "spelers"),
    ("Verhoog de aandacht voor ons merk, gemeten als naamsbekendheid, van 20% naar 30% in 2027", "naamsbekendheid"),
]


@pytest.mark.parametrize(("text", "metric"), MEASURED)
def test_a_measure_named_with_them_still_is_one(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.verdicts["S"].passed
