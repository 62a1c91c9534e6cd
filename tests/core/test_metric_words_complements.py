"""The subject that changes, read past its complement; the scope counted in that complement (issue 12,
``goals/metric_clauses.py``).

- **a complement between the subject and its verb**: "the reading score for grades 3 and 4 will
  increase", "the resolution rate for business customers should rise", "average spend per store visit
  to exceed $40": the subject is what changes, also when a date or period opens the sentence ("By
  2027, …", "Next year, …", "Tegen 2027 moet …"). A verb with an object of its own is done by the
  subject ("our team in Utrecht will grow revenue").
- **a purpose after the goal's clause** ("… to improve customer satisfaction", "… om de omzet te laten
  groeien", "… zodat …"): the reason, unless it carries the figures or the clause before is work.
- **a count of the things the goal covers**: "across our five warehouses", "in onze drie vestigingen",
  "in de drie afdelingen", "at the 12 locations" name the scope, no figure of what they count; "een op de
  vijf fietsen" is a share, not a scope.

The sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


def _metric_words(text: str) -> str | None:
    return smart_check(text, today=TODAY).parsed.metric_words


SUBJECTS_PAST_A_COMPLEMENT = [
    # text, the metric words
    ("By 2027, the reading score for grades 3 and 4 will increase from 22% to 30%.", "reading score"),
    ("Next year, the resolution rate for business customers should rise from 70% to 80%", "resolution rate"),
    ("By the end of Q3, the reply time for premium clients must drop below 2 hours", "reply time"),
    ("Average spend per store visit to exceed $40 in 2027", "average spend per store visit"),
    ("Tegen 2027 moet de bezettingsgraad op de drie locaties stijgen van 70% naar 80%", "bezettingsgraad"),
    ("Het aantal leden in de drie afdelingen moet stijgen van 800 naar 1.000.", "leden"),
    ("Het energieverbruik in onze drie vestigingen moet dalen met 15% in 2027", "energieverbruik"),
    ("Revenue at the 12 locations must grow from $2M to $2.5M", "revenue"),
    ("Our team in Utrecht will grow revenue by 10% in 2027", "revenue"),
]


@pytest.mark.parametrize(("text", "metric"), SUBJECTS_PAST_A_COMPLEMENT)
def test_the_subject_behind_its_complement_is_the_metric(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric, result.parsed
    assert result.verdicts["S"].passed


NOT_A_SCOPE = [
    # a count that is the goal's own figure, or a share, keeps its phrase
    ("Sell 300 bikes in our two shops this spring", "bikes"),
    ("Een op de vijf verkochte fietsen moet in 2027 een e-bike zijn", "verkochte fietsen"),
    ("Win 20 of the 30 tenders this year", "tenders"),
]


@pytest.mark.parametrize(("text", "metric"), NOT_A_SCOPE)
def test_a_count_that_is_no_scope_keeps_its_phrase(text: str, metric: str) -> None:
    assert _metric_words(text) == metric


SCOPES = [
    # the phrase a scope count stands before is never the metric
    ("Het energieverbruik in onze drie vestigingen moet dalen met 15% in 2027", "vestigingen"),
    ("Het aantal leden in de drie afdelingen moet stijgen van 800 naar 1.000.", "afdelingen"),
    ("Plastic use across our five warehouses must fall by 30% by 2028", "warehouses"),
]


@pytest.mark.parametrize(("text", "scope"), SCOPES)
def test_a_counted_scope_is_not_the_metric(text: str, scope: str) -> None:
    words = _metric_words(text)
    assert words is None or scope not in words.split()


PURPOSES = [
    # a purpose after the goal's clause: the reason when it has no figure and the clause before changes a measure
    ("Reduce delivery times for online orders to improve customer satisfaction", "delivery times"),
    ("Verhoog de conversieratio van de webshop om de omzet te laten groeien", "conversieratio"),
    ("Grow our newsletter list so that more readers see the spring sale", "newsletter list"),
    ("Verlaag de wachttijd aan de telefoon zodat klanten tevredener zijn", "wachttijd"),
    # the goal itself when it carries the figures, or the clause before is work
    ("We will work smarter to grow revenue by 20% this year", "revenue"),
    ("Hire three new designers by June to increase weekly design output by 30%", "design output"),
    ("We organiseren vier open dagen om 200 nieuwe leden te werven", "nieuwe leden"),
    ("Improve onboarding in order to increase activation from 40% to 55%", "activation"),
]


@pytest.mark.parametrize(("text", "metric"), PURPOSES)
def test_a_purpose_is_the_goal_only_when_it_carries_the_figures(text: str, metric: str) -> None:
    assert _metric_words(text) == metric
