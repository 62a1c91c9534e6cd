"""A team or a department named as the holder of the goal owns it (DOMAIN.md, "Reading real
sentences", A: a team or department is an actor). Issue 12, class "the goal of a unit".

"The goal of the sales team is …", "Het doel van de inkoopafdeling is …", "the target for the
support team": the unit after "of"/"van", or after "for"/"voor" a goal is set for, holds the goal
as a named company does; a word of the metric in the unit's name ("sales team", "verkoopteam")
names the unit's work, not what is measured. A time, a campaign or an action after "for"/"of" is
no holder. Our own sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("The goal of the sales team is to close 60 deals in Q1 2027.", "the sales team"),
    ("The main objective of the support team is to cut response time to 2 hours by June 2027.",
     "the support team"),
    ("The target for the sales team is 60 closed deals in Q1 2027.", "the sales team"),
    ("Het doel van het salesteam is om in Q1 2027 60 deals te sluiten.", "het salesteam"),
    ("De doelstelling van de inkoopafdeling is de inkoopkosten in 2027 met 5% te verlagen.",
     "de inkoopafdeling"),
    ("Het streefcijfer voor de verkoopafdeling is 60 nieuwe klanten in het eerste kwartaal.",
     "de verkoopafdeling"),
    # a time, a campaign or an action holds nothing
    ("The goal for the year is 20% more leads by December 2027.", None),
    ("The target for the campaign is 500 signups by June 2027.", None),
    ("Het doel van de actie is om in 2027 500 nieuwe leden te werven.", None),
    ("Het doel voor de komende maanden is 500 nieuwe leden.", None),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_a_unit_named_as_the_goals_holder_owns_it(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason
