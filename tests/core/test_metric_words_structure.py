"""What a goal measures, read from the structure of its phrases (issue 12), not from one shape:

- an English possessive owns what follows it and is never the metric ("the brewery's plan to
  increase production");
- a measure of a thing heads the metric ("the value of X", "our use of X", "2 million pounds of X",
  "de waarde van X"): the thing alone is not what changes;
- a number attaches to the noun after it, so a lone word right before a count that names its own
  noun is the verb that governs the count ("recycle at least 70% of office waste", "Verwerk minimaal
  90% van het afval");
- the word right after a subject pronoun is its verb, never a name ("We aspire to …"), and a Dutch word
  in -en after "te", a modal or "blijft" that ends its phrase is an infinitive ("zal leiden tot 120
  extra arbeidsplaatsen"); the object of "om … te" + verb changes when figures from one to another
  follow ("om de verhouding … te verschuiven van 60:40 naar 80:20");
- an English verb with its particle that opens the goal ("Turn over hotel rooms …") is no name;
- a body part in an idiom ("in de hand houden", "aan de hand van") says how, never what;
- "own" after a preposition names a kind of goods ("a reduction in own label plastic trays"), after a
  possessive it is no part of the name ("our own newsletter subscribers");
- a noun in -ing before "by" and a figure ends the phrase ("food packaging by 2027"), and "times"
  after a noun is the plural of time ("delivery times"), not a factor.

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
    ("The expansion is part of the brewery's plan to increase production between 50,000 and 60,000 barrels "
     "in 2027, up from 40,000 barrels in 2026.", "production"),
    ("Our client's goal is 20% more visits by 2027.", "visits"),
    ("Part of the firm’s plan is to increase bookings by 20% in 2027.", "bookings"),
])
def test_a_possessive_owns_what_follows(text: str, metric: str) -> None:
    words = _read(text).parsed.metric_words
    assert words is not None and metric in words and "'s" not in words.split()[-1]


@pytest.mark.parametrize(("text", "metric"), [
    ("Grow the value of our wholesale business to €12 million by 2028.", "value of our wholesale business"),
    ("Cut our use of single-use cups by half within two years.", "use of single-use cups"),
    ("Collect 2 million pounds of clothing for reuse in 2027.", "pounds of clothing"),
    ("Verhoog de waarde van de gemiddelde bestelling met 15% in 2027.", "waarde van de gemiddelde bestelling"),
])
def test_a_measure_of_a_thing_heads_the_metric(text: str, metric: str) -> None:
    result = _read(text)
    assert result.parsed.metric_words == metric
    assert result.verdicts["S"].passed


@pytest.mark.parametrize(("text", "metric"), [
    ("recycle at least 70% of office waste by 2027", "office waste"),
    ("Ship at least 95% of orders within 24 hours by 2027.", "orders"),
    ("Verwerk minimaal 90% van het afval via recycling in 2027.", "afval"),
    ("Lever minstens 40% van de maaltijden plantaardig in 2027.", "maaltijden"),
])
def test_the_verb_of_a_count_is_not_the_metric(text: str, metric: str) -> None:
    result = _read(text)
    words = result.parsed.metric_words
    assert words is not None and metric in words and text.split()[0].lower() not in words.split()
    assert result.verdicts["S"].passed


@pytest.mark.parametrize(("text", "metric"), [
    ("Goal 2: 500 new members by 2027", "new members"),  # a heading's number, not a count it governs
    ("Radio 7 Classics moet 3,5 procent marktaandeel halen in 2027.", "marktaandeel"),
])
def test_a_heading_or_name_before_a_bare_number_is_no_verb(text: str, metric: str) -> None:
    assert _read(text).parsed.metric_words == metric


@pytest.mark.parametrize(("text", "metric"), [
    ("We aspire to double repeat bookings by 2028.", "repeat bookings"),
    ("They promise to halve food waste by 2030.", "food waste"),
    ("Wij streven naar 20% meer leden in 2027.", "leden"),
])
def test_the_word_after_a_subject_pronoun_is_its_verb(text: str, metric: str) -> None:
    assert _read(text).parsed.metric_words == metric


@pytest.mark.parametrize(("text", "metric"), [
    ("a 30% cut in food packaging by 2027", "food packaging"),
    ("Increase marketing spending by 10% next year.", "marketing spending"),
    ("Reduce delivery times by 20% before the end of 2027.", "delivery times"),
    ("Shorten response times for support tickets to 2 hours by Q3 2027.", "response times"),
])
def test_a_noun_in_ing_or_times_ends_the_phrase(text: str, metric: str) -> None:
    assert _read(text).parsed.metric_words == metric


def test_a_factor_keeps_times_out_of_the_metric() -> None:
    words = _read("Grow newsletter subscribers three times over by 2028.").parsed.metric_words
    assert words is not None and "times" not in words.split()


@pytest.mark.parametrize(("text", "metric"), [
    ("De uitbreiding zal leiden tot 120 extra arbeidsplaatsen in 2028.", "arbeidsplaatsen"),
    ("Het nieuwe beleid moet leiden tot 500 extra kinderopvangplaatsen in 2028.", "kinderopvangplaatsen"),
    ("Wij werken om de verhouding tussen vaste en tijdelijke contracten te verschuiven van 60:40 naar 80:20 "
     "in 2028.", "verhouding"),
])
def test_a_dutch_infinitive_is_no_name(text: str, metric: str) -> None:
    assert _read(text).parsed.metric_words == metric


def test_an_infinitive_before_its_noun_describes_it() -> None:
    words = _read("Verhoog het aantal te verhuren woningen naar 400 in 2028.").parsed.metric_words
    assert words is not None and "woningen" in words


@pytest.mark.parametrize(("text", "metric"), [
    ("Help the shelter raise $2 million during the spring appeal in 2027.", "$2 million"),
    ("We willen in 2027 € 3 miljoen ophalen voor het nieuwe hospice.", "€ 3 miljoen"),
])
def test_money_raised_is_quoted_with_its_scale(text: str, metric: str) -> None:
    assert _read(text).parsed.metric_words == metric


@pytest.mark.parametrize(("text", "metric"), [
    ("Turn over hotel rooms within 20 minutes by June 2027.", "hotel rooms"),
    ("Attendance up 10% by 2027.", "attendance"),  # a noun before its change stays the metric
])
def test_a_verb_with_its_particle_opens_no_name(text: str, metric: str) -> None:
    assert _read(text).parsed.metric_words == metric


@pytest.mark.parametrize(("text", "metric"), [
    ("a 40% reduction in own label plastic trays from a 2019 baseline by 2030", "plastic trays"),
    ("Grow our own newsletter subscribers to 5,000 by 2027.", "newsletter subscribers"),
])
def test_own_as_a_kind_of_goods(text: str, metric: str) -> None:
    result = _read(text)
    assert result.parsed.metric_words == metric and result.verdicts["S"].passed


@pytest.mark.parametrize("text", [
    "Het bestuur wil de uitbreiding in de hand houden.",
    "Aan de hand van de enquête willen we beter worden.",
])
def test_a_body_part_idiom_is_no_metric(text: str) -> None:
    words = _read(text).parsed.metric_words
    assert words is None or "hand" not in words.split()
