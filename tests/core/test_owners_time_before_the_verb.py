"""A phrase of time before the verb is when, never who (letter A, issue 12, class "a time before
the verb").

Dutch puts the verb second: "Drie maanden later gaat de omzet omhoog …" opens with a time, and the
subject, if any, follows the verb ("Twee jaar later wil de club …"). A phrase ending in an adverb
of relative time (later, eerder, daarna, afterwards) owns nothing in either language. Written in
our own words.
"""

from __future__ import annotations

import pytest

from .test_owners import case_ids, owner_of

NOBODY = [
    "Drie maanden later gaat de omzet omhoog met 5 procent.",
    "Kort daarna gaat het aantal bezoekers met 10% omhoog.",
    "Een jaar eerder wil de verkoop al 20% hoger liggen.",
    "Shortly afterwards sales will rise 10% by June 2027.",
    "Two years later revenue will reach $5 million.",
]


@pytest.mark.parametrize("text", NOBODY, ids=case_ids(NOBODY))
def test_a_time_before_the_verb_owns_nothing(text: str) -> None:
    assert owner_of(text) is None


AFTER_THE_TIME = [
    ("Twee jaar later wil de club 500 leden hebben.", "de club"),
    ("Drie maanden later gaat Acme de omzet met 10% verhogen.", "acme"),
    ("Two years later the club will reach 500 members.", "the club"),
]


@pytest.mark.parametrize("text, owner", AFTER_THE_TIME, ids=case_ids(AFTER_THE_TIME))
def test_the_subject_after_the_time_owns_the_goal(text: str, owner: str) -> None:
    assert (owner_of(text) or "").lower() == owner
