"""A subject that opens a later sentence of the goal (letter A, issue 12).

Goals often state the baseline first and the intent in a second sentence: "Churn was 8 % in 2026.
Management wants it below 5 % by June 2027." The subject that opens that sentence owns the goal,
even without an article; a metric that opens it owns nothing. Written in our own words.
"""

from __future__ import annotations

import pytest

from .test_owners import case_ids, owner_of

SECOND_SENTENCE_SUBJECT = [
    ("Churn was 8% in your last report. Management wants it below 5% by June 2027.", "management"),
    ("NPS sat at 31 in your 2026 survey. Leadership expects 45 by the end of 2027.", "leadership"),
    ("De wachttijd was vorig jaar 12 weken. Directie wil die in 2027 halveren.", "directie"),
    ("Het bereik was 40% in jouw laatste meting. Communicatie wil 60% in 2027.", "communicatie"),
    ("Membership fell in three of your regions. Club directors approved a plan to win 300 members by June 2027.",
     "club directors"),
]


@pytest.mark.parametrize("text, owner", SECOND_SENTENCE_SUBJECT, ids=case_ids(SECOND_SENTENCE_SUBJECT))
def test_the_subject_of_a_later_sentence_owns_the_goal(text: str, owner: str) -> None:
    assert (owner_of(text) or "").lower() == owner  # (no word of the sentence before)


METRIC_OPENS_IT = [
    "Sales were flat in your last year. Revenue must grow 10% in 2027.",
    "De omzet bleef in jouw regio vlak. Omzet moet in 2027 met 10% groeien.",
    "De omzet bleef in jouw regio vlak. Daarbij moet de marge in 2027 naar 12%.",
    "Revenue was flat in your region. After setting a 12% margin target for 2027, growth follows.",
    "Membership fell in your region. Grow membership by 10% in 2027.",
]


@pytest.mark.parametrize("text", METRIC_OPENS_IT, ids=case_ids(METRIC_OPENS_IT))
def test_a_metric_opening_the_later_sentence_owns_nothing(text: str) -> None:
    assert owner_of(text) is None
