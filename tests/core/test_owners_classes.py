"""Who owns a goal (the SMART letter A): the classes of real sentence met in batch 8 (issue 12).

One table per grammatical pattern, written in our own words, in English and Dutch where the
pattern exists in both: a reader addressed in a role, a thing or a document as the subject, a
subject inside a clause of what is said, a subject after the verb, an organisation that adopts a
goal. ``today`` is pinned so dates resolve the same on every run.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


def owner_of(text: str) -> str | None:
    result = smart_check(text, today=TODAY)
    assert result.verdicts["A"].passed == (result.parsed.actor is not None)
    return result.parsed.actor


def _ids(cases: list) -> list[str]:
    return [(case if isinstance(case, str) else case[0])[:50] for case in cases]


# --- the reader addressed in a role ("Als ondernemer wil je …") owns nothing ------------------------
READER_IN_A_ROLE = [
    "Als ondernemer wil je in 2027 vooral meer omzet",
    "Als marketeer wil je dit kwartaal 20% meer leads binnenhalen",
    "In 2027 wil je de omzet met 10% verhogen",
    "Dit jaar moet u 200 nieuwe klanten werven",
    "As a marketing manager you want 20% more leads by June 2027",
    "As a shop owner, you hope to sell 500 more units this year",
]


@pytest.mark.parametrize("text", READER_IN_A_ROLE, ids=_ids(READER_IN_A_ROLE))
def test_the_reader_addressed_in_a_role_owns_nothing(text: str) -> None:
    assert owner_of(text) is None


ACTOR_IN_A_ROLE_SENTENCE = [
    ("As a manager, I will cut churn to 3% by June 2027", "I"),
    ("Als team willen wij in 2027 30% meer aanvragen", "wij"),
    ("Het marketingteam wil in 2027 20% meer leads", "marketingteam"),
]


@pytest.mark.parametrize("text, owner", ACTOR_IN_A_ROLE_SENTENCE, ids=_ids(ACTOR_IN_A_ROLE_SENTENCE))
def test_an_actor_beside_a_role_still_owns_the_goal(text: str, owner: str) -> None:
    assert owner.lower() in (owner_of(text) or "").lower()
