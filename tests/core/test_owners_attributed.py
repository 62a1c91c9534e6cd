"""A goal attributed with Dutch "zo", and a Dutch "streef-" noun, name their owner (DOMAIN.md,
"Reading real sentences", A: an organisation named as the owner): issue 12, classes "a goal
attributed with zo" and "a goal noun of its own".

"Dat moet in 2035 gedaald zijn naar 100 liter, zo meldt het kabinet": "zo" takes the whole goal as
what the body states, so it is the body's, as a quoted goal is its speaker's; a spokesperson and
the news media report others' plans ("zo meldt het Dagblad"). "Het streefcijfer van de gemeente",
"Het streeftermijn van het CBR": a "streef-" compound is a goal noun whose holder follows "van".
Our own lines (Dutch: English has neither form).
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("Het afval moet in 2027 met 20% dalen, zo meldt het kabinet vrijdag.", "het kabinet"),
    ("In 2027 moeten er 500 nieuwe woningen staan, zo stelde de gemeente vorig jaar.", "de gemeente"),
    ("In 2027 moeten er 500 nieuwe woningen staan, zo meldt het Dagblad.", None),
    ("Er komen in 2027 zes winkels bij, zo zegt woordvoerster Anne de Boer.", None),
    ("Het streefcijfer van de gemeente is 2.000 nieuwe woningen in 2027.", "de gemeente"),
    ("De streefwaarde van het ziekenhuis is een wachttijd onder de vier weken in 2027.", "het ziekenhuis"),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_a_body_that_states_the_goal_owns_it(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason
