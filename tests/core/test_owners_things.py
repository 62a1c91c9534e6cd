"""A thing is never an owner (DOMAIN.md, "Reading real sentences", A): issue 12, class "means and
works as the subject".

"These upgrades aim to …", "Dat budget gaat naar …", "The investment will add …": the subject is a
means or a work the goal is pursued with, not someone who acts, so it owns nothing. When the
means helps someone ("The grant helps the museum to reach …", "De subsidie helpt de club om …")
the one helped is the actor. A Dutch function word written with a stress accent ("was én
blijft") is no name either. Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

NOBODY = [
    "These developments aim to lift the port's throughput from 30 to 36 million tonnes by 2028",
    "The investment will add 150 charging points by 2027",
    "Dat geld gaat naar 400 extra plaatsen in de kinderopvang in 2027",
    "Het project wil in 2027 800 deelnemers bereiken",
    "De maatregelen moeten de wachttijd in 2027 met 20% verlagen",
    "Het streefcijfer was én blijft 92% in 2027",
]


@pytest.mark.parametrize("text", NOBODY)
def test_a_means_or_a_work_owns_nothing(text):
    result = smart_check(text)
    assert result.parsed.actor is None
    assert not result.verdicts["A"].passed


HELPED = [
    ("The grant will help the city library to reach 12,000 members by 2028", "library"),
    ("The new budget enables the marketing team to generate 400 leads in 2027", "team"),
    ("De subsidie helpt de voetbalvereniging om in 2027 150 jeugdleden te werven", "voetbalvereniging"),
]


@pytest.mark.parametrize(("text", "head"), HELPED)
def test_the_one_a_means_helps_acts(text, head):
    result = smart_check(text)
    assert result.parsed.actor.lower().split()[-1] == head
    assert result.verdicts["A"].passed
