"""The head of what is measured, where a count word or a noun-verb opens the phrase (issue 12).

- A bare rate or share before "of" measures what follows it: "increase the rate of repeat
  customers by 10%" measures the repeat customers (as "the number of X" counts X); a compound
  rate is the name itself ("market share of X", "conversion rate of X").
- A word that is a noun or a verb ("aanvragen", "verkopen", "reach") opening a goal before
  "van"/"of" is the noun: "Aanvragen van buitenlandse studenten met 30% verhogen" measures the
  applications; work ("Launch of …", "Test van …") stays work.

The cases are written for these tests; none is a goal from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


def _metric_words(text: str) -> str | None:
    return smart_check(text, today=TODAY).parsed.metric_words


@pytest.mark.parametrize(("text", "metric"), [
    ("Increase the rate of returning visitors by 10% within six months.", "returning visitors"),
    ("Grow our share of repeat orders from 20% to 30% by June 2027.", "repeat orders"),
    ("Verhoog het aandeel van terugkerende klanten naar 40% in 2027.", "terugkerende klanten"),
])
def test_a_bare_rate_measures_what_follows(text: str, metric: str) -> None:
    words = _metric_words(text)
    assert words is not None and metric in words


@pytest.mark.parametrize(("text", "metric"), [
    ("Keep our market share of frozen snacks above 12% in 2027.", "market share"),
    ("Raise the conversion rate of the checkout page from 2% to 3%.", "conversion rate"),
])
def test_a_compound_rate_is_the_name(text: str, metric: str) -> None:
    words = _metric_words(text)
    assert words is not None and metric in words


@pytest.mark.parametrize(("text", "metric"), [
    ("Aanvragen van buitenlandse studenten met 30% verhogen in 2027.", "aanvragen"),
    ("Verkopen van tweedehands fietsen verdubbelen in 2028.", "verkopen"),
    ("Reach of our Instagram posts up by 25% this quarter.", "reach"),
])
def test_a_noun_verb_opening_the_goal_is_the_noun(text: str, metric: str) -> None:
    words = _metric_words(text)
    assert words is not None and words.split()[0] == metric


def test_work_opening_the_goal_stays_work() -> None:
    assert not smart_check("Launch of three new product pages in 2027.", today=TODAY).verdicts["S"].passed
