"""The people of an organisation after a Dutch verb own the goal (DOMAIN.md, "Reading real
sentences", A: a team or organisation as the subject, in both Dutch word orders): issue 12, class
"the members of an organisation after the verb".

"In 2027 willen de leden van de club …", "Met elkaar hebben de leden van de vereniging afgesproken
…", "Dit jaar wil het bestuur van de stichting …": the subject follows the verb, and "leden" alone
is a measure, so the whole, people and organisation, is read. Members of nothing named stay a
measure ("In 2027 moeten de leden …" has no owner). Our own lines (the English order, "the members
of the club will …", was read already and is checked beside them).
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("In 2027 willen de leden van de club 100 nieuwe leden werven.", "de leden van de club"),
    ("Met elkaar hebben de leden van de vereniging afgesproken om in 2027 500 leden te hebben.",
     "de leden van de vereniging"),
    ("Dit jaar wil het bestuur van de stichting 200 nieuwe donateurs werven.", "het bestuur van de stichting"),
    ("The members of the club will recruit 100 new members in 2027.", "The members of the club"),
    ("In 2027 moeten de leden 10% meer contributie betalen.", None),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_the_people_of_an_organisation_own_the_goal(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason
