"""A body that adopts or drafts a plan named by a compound noun (letter A, issue 12).

"Het college stelde een startnotitie op waarin …", "De raad keurde het klimaatplan goed: …", "Het
bestuur presenteerde de groeistrategie: …": the subject of a verb that sets or adopts a goal owns
it also when the goal noun is a compound ending in a plan, memo, strategy or goal. A plan that is
only mentioned, or a topic noun after such a verb, names nobody. Written in our own words.
"""

from __future__ import annotations

import pytest

from .test_owners import case_ids, owner_of

ADOPTED = [
    ("Het college stelde een startnotitie op waarin 30% minder restafval tegen 2027 het doel is.", "college"),
    ("De raad keurde het klimaatplan goed: 40% minder uitstoot tegen 2030.", "raad"),
    ("Het bestuur presenteerde de groeistrategie: 500 leden erbij tegen 2028.", "bestuur"),
    ("De provincie formuleerde een mobiliteitsdoel van 20% minder autoritten in 2030.", "provincie"),
    ("The council adopted a climate action plan to cut emissions 30% by 2030.", "council"),
]


@pytest.mark.parametrize("text, owner", ADOPTED, ids=case_ids(ADOPTED))
def test_the_body_that_adopts_a_compound_plan_owns_it(text: str, owner: str) -> None:
    assert owner in (owner_of(text) or "").lower()


NOBODY_ADOPTS = [
    "Volgens het klimaatplan moet de uitstoot tegen 2030 met 40% dalen.",
    "The climate action plan aims to cut emissions 30% by 2030.",
    "Het nieuwe beleidsplan mikt op 20% minder autoritten in 2030.",
]


@pytest.mark.parametrize("text", NOBODY_ADOPTS, ids=case_ids(NOBODY_ADOPTS))
def test_a_plan_alone_names_nobody(text: str) -> None:
    assert owner_of(text) is None
