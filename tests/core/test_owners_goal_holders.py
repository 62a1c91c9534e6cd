"""A goal noun that says whose goal it is (letter A, issue 12).

A possessive before a goal noun names its holder, also with a word between or a compound noun
("its ambitious target", "their priorities", "haar klimaatdoel", "hun groeiambities"); a goal
noun can carry its holder itself ("het kabinetsdoel", "het teamdoel", "the spa goal"). A topic
in the compound ("klimaatdoel", "the revenue goal") names nobody, and a possessive that points
back to a bare pronoun opening the text refers to nobody named. Written in our own words.
"""

from __future__ import annotations

import pytest

from .test_owners import case_ids, owner_of

HELD_GOALS = [
    ("The chain raised prices, but its ambitious target is 20% more stores by 2028.", "its"),
    ("For 2027, its priorities are to win 300 new members and keep churn under 5%.", "its"),
    ("De provincie nam maatregelen om haar klimaatdoel te halen: 40 procent minder uitstoot tegen 2030.", "haar"),
    ("Gemeenten schroefden hun groeiambities op naar 5.000 woningen per jaar tegen 2028.", "hun"),
    ("Het kabinetsdoel is om in 2030 de helft minder afval te storten.", "kabinet"),
    ("Het teamdoel is 20% meer leads in het derde kwartaal van 2027.", "team"),
    ("Het bedrijfsdoel voor 2027 is een omzetgroei van 15 procent.", "bedrijf"),
    ("The spa goal is to sell 30% more gift cards during December.", "spa"),
    ("The agency target is 12 new retainer clients by June 2027.", "agency"),
]


@pytest.mark.parametrize("text, owner", HELD_GOALS, ids=case_ids(HELD_GOALS))
def test_a_goal_noun_names_its_holder(text: str, owner: str) -> None:
    assert owner in (owner_of(text) or "").lower()


NO_HOLDER = [
    "Het klimaatdoel is 49 procent minder uitstoot in 2030.",
    "Het omzetdoel voor 2027 is 15 procent groei.",
    "The revenue goal is to grow 20% by 2027.",
    "They have now said their new target is 5 million users by 2028.",
]


@pytest.mark.parametrize("text", NO_HOLDER, ids=case_ids(NO_HOLDER))
def test_a_topic_or_a_pronoun_without_antecedent_names_nobody(text: str) -> None:
    assert owner_of(text) is None
