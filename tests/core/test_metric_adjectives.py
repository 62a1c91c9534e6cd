"""An English adjective in -ent/-ant said of the goal is no metric (issue 12, class "an adjective taken for
a noun"; DOMAIN.md S: the metric is what the goal measures).

"We want to be more present on TikTok", "be more transparent about our prices": adjectives in -ent/-ant
look like nouns, so the adjective was read as the metric and "more" as its increase, and S passed with
nothing measured. After "more"/"less" or a verb of being, with a preposition or nothing after it, such
a word is now an adjective; the nouns in -ment and -ent/-ant that goals count are left alone ("content",
"participants", "engagement", "clients"). The Dutch forms ("meer aanwezig op TikTok") already failed S.
Our own sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

SAID_OF_THE_GOAL = [
    "We want to be more present on TikTok in 2027",
    "Be more transparent about our prices in 2027",
    "Stay relevant for young people in 2027",
    "Our brand must become more relevant among students by 2028",
    "Wees in 2027 meer aanwezig op TikTok",
]


@pytest.mark.parametrize("text", SAID_OF_THE_GOAL)
def test_an_adjective_said_of_the_goal_is_no_metric(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words in (None, "aanwezig")
    assert not result.verdicts["S"].passed


NOUNS = [
    ("Increase the percentage of consistent posting weeks from 60% to 90% by June", "consistent"),
    ("Get more participants in our courses: from 200 to 300 in 2027", "participants"),
    ("Increase engagement on Instagram by 20% in 2027", "engagement"),
    ("More clients in Utrecht: grow from 40 to 60 clients by 2027", "clients"),
]


@pytest.mark.parametrize(("text", "metric"), NOUNS)
def test_the_nouns_in_ent_and_ant_a_goal_counts_stay(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.verdicts["S"].passed
