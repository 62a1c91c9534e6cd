"""Adding, trends and savings, read the right way round (issue 12, batch 8).

- A verb of adding gives the direction only to what it governs: the metric or a count ("add 500
  subscribers", "voeg 20 nieuwe partners toe"). Adding a thing that is put in place ("add a chatbot
  to the site") is work; a level named elsewhere stays a level, its direction open.
- A trend said to go up or down gives the direction of what it is a trend in ("de opwaartse trend
  in het aantal donateurs doorzetten", "continue the downward trend in complaints"); the trend and
  the verb that continues it are no metric.
- "X procent van het gasverbruik schelen" is a saving: down.

The cases are written for these tests; none is a goal from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


def _read(text: str):
    return smart_check(text, today=TODAY)


@pytest.mark.parametrize(("text", "metric"), [
    ("Add 500 newsletter subscribers by June 2027.", "subscribers"),
    ("Add more paying members to our club this year.", "members"),
    ("We voegen in 2027 20 nieuwe partners toe aan het netwerk.", "partners"),
])
def test_adding_a_count_or_the_metric_is_an_increase(text: str, metric: str) -> None:
    result = _read(text)
    assert result.parsed.direction == "increase"
    assert result.parsed.metric_words is not None and metric in result.parsed.metric_words
    assert result.verdicts["S"].passed


@pytest.mark.parametrize("text", [
    "Add a booking widget to the website (target: 300 bookings).",
    "Add the feedback bot to our Slack workspace (see KR: 40 installs).",
])
def test_adding_a_thing_leaves_the_level_open(text: str) -> None:
    result = _read(text)
    assert result.parsed.direction != "increase"
    assert not result.verdicts["S"].passed


@pytest.mark.parametrize(("text", "direction", "metric"), [
    ("Wij willen in 2027 de opwaartse trend in het aantal donateurs doorzetten.", "increase", "donateurs"),
    ("De neerwaartse trend in het aantal klachten moet dit jaar doorgaan.", "decrease", "klachten"),
    ("We want to keep the upward trend in trial sign-ups going this year.", "increase", "sign-ups"),
    ("Continue the downward trend in support tickets through 2027.", "decrease", "support tickets"),
    ("De maatregelen moeten 10 procent van het gasverbruik schelen.", "decrease", "gasverbruik"),
])
def test_trends_and_savings_give_the_direction(text: str, direction: str, metric: str) -> None:
    result = _read(text)
    assert result.parsed.direction == direction
    words = result.parsed.metric_words
    assert words is not None and metric in words and "trend" not in words and "doorzetten" not in words


# "down"/"up" as the particle of a verb of writing or finding, split from it by the object ("write
# that goal down", "look the figures up"), says no direction; "bring churn down" still does.
@pytest.mark.parametrize("text", [
    "Picture 50 loyal clients a year from now and write that goal down.",
    "Jot your revenue target of $80,000 down before the planning meeting.",
    "Look the conversion numbers up every Monday.",
])
def test_writing_down_is_no_decrease(text: str) -> None:
    assert smart_check(text, today=TODAY).parsed.direction not in ("decrease", "increase")


@pytest.mark.parametrize(("text", "direction"), [
    ("Bring churn down to 3% by the end of 2027.", "decrease"),
    ("Write more case studies to push demo requests up by 20%.", "increase"),
])
def test_a_real_particle_still_gives_the_direction(text: str, direction: str) -> None:
    assert smart_check(text, today=TODAY).parsed.direction == direction
