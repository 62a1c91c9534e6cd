"""Where a phrase stands says whether it is the metric (issue 12, ``goals/metric_places.py``):

- a percentage "for"/"voor" a phrase is that phrase's level ("95% for on-time delivery"); money "for"
  something is its purpose ("$25,000 for the shelter"), no metric;
- the subject of a Dutch clause opened by "dat" changes when a verb of change closes the clause and no
  object stands between ("verwacht dat de ledenwerving … met 15 procent groeit"); with an object the
  object changes ("dat de gemeente de parkeertarieven … verlaagt");
- a value alone is measured ("De waarde moet verdubbeld zijn", "Double the value"), and so is recycled
  content, a known sustainability measure ("contain at least 30% recycled content");
- a Dutch quantitative "er" with a number counts the plural named before it ("… te weinig trainers.
  We hebben er nu acht"), where the goal names nothing else; "waarvan er 2" is some of a count;
- a phrase followed by a comparison is what is compared ("Het ziekteverzuim lager dan het landelijk
  gemiddelde");
- "level of" and a figure closes the name before it ("a sales level of 8,000 units"), where "the level
  of X" opens X;
- the count a means brings is measured, not the aim before "by" ("reduce the hunger gap by distributing
  2 million meals"); work as the means counts no result ("by planting 2,000 trees"), and a figure right
  after "by" is the aim's own change;
- "over time" says how, it is no metric;
- a relative clause right after the phrase that says how it compares makes it the metric ("een
  fietsgebruik te hebben dat een kwart hoger ligt", "an audience that is 10% bigger").

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
    ("Our service charter targets are 95% for on-time delivery and 98% for accuracy.", "on-time delivery"),
    ("De ambitie is 90% voor klanttevredenheid in 2027.", "klanttevredenheid"),
])
def test_a_percentage_for_a_phrase_is_its_level(text: str, metric: str) -> None:
    assert _metric_words(text) == metric


def test_money_for_something_is_its_purpose() -> None:
    assert _metric_words("We raised $25,000 for the shelter last year.") != "shelter"


@pytest.mark.parametrize(("text", "metric"), [
    ("De directie verwacht dat de ledenwerving de komende twee jaar met 15 procent groeit.", "ledenwerving"),
    ("Wij verwachten dat het ziekteverzuim in 2027 met een kwart daalt.", "ziekteverzuim"),
    ("Het bestuur wil dat de gemeente de parkeertarieven met 10% verlaagt in 2027.", "parkeertarieven"),
])
def test_the_subject_of_a_dutch_clause_of_change(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric and result.verdicts["S"].passed


@pytest.mark.parametrize(("text", "metric"), [
    ("De waarde moet in 2028 verdubbeld zijn tot 4 miljoen euro.", "waarde"),
    ("Double the value by 2028.", "value"),
    ("Our bottles will contain at least 30% recycled content by 2027.", "recycled content"),
    ("a 40% reduction in single-use packaging from a 2020 baseline by 2030", "single-use packaging"),
])
def test_a_value_recycled_content_and_a_noun_in_ing_are_measured(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric and result.verdicts["S"].passed


@pytest.mark.parametrize(("text", "metric"), [
    ("We merken dat we te weinig trainers hebben. We hebben er nu acht en willen naar twaalf in 2027.", "trainers"),
    ("De club heeft een tekort aan vrijwilligers: er zijn er nu 40, in 2027 willen we er 60.", "vrijwilligers"),
])
def test_dutch_er_with_a_number_counts_the_plural_before(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words is not None and metric in result.parsed.metric_words
    assert result.verdicts["S"].passed


def test_some_of_a_count_is_no_count_of_its_own() -> None:
    assert _metric_words("We openen 6 nieuwe filialen, waarvan er 2 in Gent.") is None


@pytest.mark.parametrize(("text", "metric"), [
    ("Het ziekteverzuim lager dan het landelijk gemiddelde in 2027", "ziekteverzuim"),
    ("Wachttijd korter dan twee weken in 2027", "wachttijd"),
    ("Churn lower than 4% by the end of 2027", "churn"),
])
def test_a_phrase_before_a_comparison_is_compared(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric and result.verdicts["S"].passed


@pytest.mark.parametrize(("text", "metric"), [
    ("By the end of 2027 the shop will have reached a sales level of 8,000 units.", "sales level"),
    ("A margin level of €250,000 is the aim for 2027.", "margin level"),
])
def test_a_level_of_a_figure_closes_the_name(text: str, metric: str) -> None:
    assert _metric_words(text) == metric


@pytest.mark.parametrize(("text", "metric"), [
    ("Reduce the hunger gap by distributing 2 million meals in 2027.", "meals"),
    ("Improve park coverage by planting 2,000 trees by 2030.", "park coverage"),
    ("Boost online revenue by €2 million in 2027.", "online revenue"),
])
def test_the_count_a_means_brings(text: str, metric: str) -> None:
    assert _metric_words(text) == metric


def test_over_time_is_no_metric() -> None:
    text = "The group's target is to, over time, lift dividend per share with an average of at least 6% per year."
    words = _metric_words(text)
    assert words is not None and "dividend" in words


@pytest.mark.parametrize(("text", "metric"), [
    ("To increase use of shared bikes by commuters in the city centre.", "use of shared bikes"),
    ("Het energieverbruik in onze kantoren moet, vergeleken met 2019, in 2030 met 40 procent en in 2040 met "
     "70 procent zijn verminderd.", "energieverbruik"),
])
def test_the_verb_of_change_reaches_its_object_or_subject(text: str, metric: str) -> None:
    """A verb of change before a measure ("increase use of X") governs the measure; a Dutch modal after
    the subject leaves its verb of change to the end of the goal, however far."""
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric and result.verdicts["S"].passed


@pytest.mark.parametrize(("text", "metric"), [
    ("Ons doel is om in 2028 een fietsgebruik te hebben dat een kwart hoger ligt dan in 2024.", "fietsgebruik"),
    ("By the end of 2027 we aim for an audience that is 10% bigger than in 2026.", "audience"),
])
def test_a_relative_clause_of_change(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric and result.verdicts["S"].passed
