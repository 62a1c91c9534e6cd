"""Intent stated as a demand or with "going to" (letter A, issue 12).

"The city demands that …", "De provincie eiste dat …", "Marketing is going to deliver …": the
subject of such a verb owns the goal as it would with "wants" or "will". A metric as the subject of
"is going to" is what changes and owns nothing. Written in our own words.
"""

from __future__ import annotations

import pytest

from .test_owners import case_ids, owner_of

DEMANDS_AND_GOING_TO = [
    ("Rotterdam demands that truck traffic in the centre be cut by 30 percent by 2028.", "rotterdam"),
    ("The union demanded that overtime drop by 20% by June 2027.", "union"),
    ("De provincie eiste dat het aantal vergunningen tegen 2028 met 10 procent daalt.", "provincie"),
    ("Marketing is going to deliver 40 qualified leads a month by Q3 2027.", "marketing"),
    ("The support team is going to halve response times by June 2027.", "team"),
    ("Our agency is going to win 12 new clients in 2027.", "our"),
]


@pytest.mark.parametrize("text, owner", DEMANDS_AND_GOING_TO, ids=case_ids(DEMANDS_AND_GOING_TO))
def test_a_demand_or_going_to_states_intent(text: str, owner: str) -> None:
    assert owner in (owner_of(text) or "").lower()


WHAT_CHANGES = [
    "Revenue is going to grow 10% by 2027.",
    "Het aantal klachten is going to drop below 50 in 2027.",
    "Churn is going to fall to 4% by June 2027.",
    "Doubling revenue would mean going from $3 million to $6 million by 2027.",
]


@pytest.mark.parametrize("text", WHAT_CHANGES, ids=case_ids(WHAT_CHANGES))
def test_a_metric_going_to_change_owns_nothing(text: str) -> None:
    assert owner_of(text) is None
