"""Words before a verb that only look like its subject (letter A, issue 12).

An adjective after "so", "zo", "too" describes a noun ("An airline so young expects …", "Een
bedrijf zo klein verwacht …"): no name, and the indefinite noun names nobody in particular. A goal
noun right before a comma ends a phrase ("To reach the general targets, the budget will …"): it is
no verb whose subject acts. A name after such a phrase still owns the goal. Written in our own
words.
"""

from __future__ import annotations

import pytest

from .test_owners import case_ids, owner_of

NOT_SUBJECTS = [
    "An airline so young expects to carry 10 million passengers in 2027.",
    "A brand too small wants 20% more reach by June 2027.",
    "Een bedrijf zo klein verwacht in 2027 20% meer klanten.",
    "Een winkel zeer jong wil tegen 2028 15% meer omzet.",
    "To help reach the general targets, the ad budget will be raised to 7% of sales by 2027.",
    "Binnen de huidige plans, the churn rate must be cut to 4% by 2027.",
]


@pytest.mark.parametrize("text", NOT_SUBJECTS, ids=case_ids(NOT_SUBJECTS))
def test_a_describing_word_or_a_noun_before_a_comma_owns_nothing(text: str) -> None:
    assert owner_of(text) is None


NAMES_STILL_READ = [
    ("For its long-term targets, Veldmans hopes to grow sales by 20% a year until 2028.", "veldmans"),
    ("Acme targets a 10% rise in sales by 2027.", "acme"),
    ("The airline, so young, expects 10 million passengers in 2027.", "airline"),
]


@pytest.mark.parametrize("text, owner", NAMES_STILL_READ, ids=case_ids(NAMES_STILL_READ))
def test_a_name_or_an_actor_is_still_read(text: str, owner: str) -> None:
    assert owner in (owner_of(text) or "").lower()
