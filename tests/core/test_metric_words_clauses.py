"""Which clause and which words of a goal can hold its metric (issue 12), by structure:

- a partitive count ("five of the", "10 of our") picks members of a set: it is no figure of the noun
  it completes ("the owners of three of the hotels"), nor of the set after a preposition ("in 4 of
  our regions"); a count that is won ("Win 20 of the 30 tenders") still counts;
- the base of a share is no metric where a phrase before the share is what it measures ("Make repeat
  orders 40% of total sales"); with no such phrase the share measures what follows ("cover 30% of our
  home market");
- a side clause names the goal's metric only where the goal's own clause does not: a purpose or a means
  that opens a Dutch goal ("Om … te halen, wil X dat …", "Door X te verlagen, willen we Y verhogen") and a condition kept "while"/"terwijl" it is reached;
- a fraction alone is a size ("met een vijfde omlaag", "by one third"), and a Dutch verb in -eert
  after its subject ("de provincie investeert in …") is a verb, neither is a name;
- what a rate is per ("per 50 leerlingen", "1 arts per 2.000 inwoners") is its denominator, no metric, and
  a Dutch adjective without its -e after a noun ("400 oplaadpunten publiek beschikbaar") is no head;
- a goal is not what it measures: a Dutch compound of a goal word names its metric only by a known
  metric or a quality in -heid before it ("omzetdoelstelling", "veiligheidsdoelstelling").

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
    ("The owners of three of the city's hotels have pledged to cut energy use by 30% by 2028.", "energy use"),
    ("Open pop-up stands in 4 of our regions to lift online sales by 15% in 2027.", "online sales"),
    ("Win 20 of the 30 tenders we bid on in 2027.", "tenders"),
])
def test_a_partitive_count_picks_members(text: str, metric: str) -> None:
    assert _metric_words(text) == metric


@pytest.mark.parametrize(("text", "metric"), [
    ("Add 400 new subscribers by June 2027 while keeping churn below 3%.", "new subscribers"),
    ("Book 300 new demos in 2027 while holding the cost per lead under €40.", "new demos"),
    ("Het aantal bezoekers moet in 2027 met 10% stijgen, terwijl de kosten gelijk blijven.", "bezoekers"),
])
def test_a_condition_kept_while_is_a_side_clause(text: str, metric: str) -> None:
    assert _metric_words(text) == metric


@pytest.mark.parametrize(("text", "metric"), [
    # the purpose names the metric where the goal's own clause is work
    ("Om de wachtlijst te verkorten starten we in 2027 een project met vrijwilligers.", "wachtlijst"),
    # two sentences: "while" in the first is no side clause of the second
    ("Last year we sold 900 tickets, while 1,000 were planned. In 2027 we want 1,200 ticket sales.", "ticket sales"),
])
def test_a_side_clause_names_the_metric_where_the_goal_does_not(text: str, metric: str) -> None:
    words = _metric_words(text)
    assert words is not None and metric in words


@pytest.mark.parametrize(("text", "metric"), [
    ("De reistijd moet met een vijfde omlaag tegen 2030.", "reistijd"),
    ("Cut energy costs by one third by 2028.", "energy costs"),
    ("De provincie investeert in 2.000 extra fietsenstallingen.", "fietsenstallingen"),
    ("De gemeente realiseert tegen 2028 minstens 300 nieuwe laadpalen.", "nieuwe laadpalen"),
])
def test_a_fraction_or_a_verb_in_eert_is_no_name(text: str, metric: str) -> None:
    assert _metric_words(text) == metric


@pytest.mark.parametrize(("text", "metric"), [
    ("Onze omzetdoelstelling voor 2027 is 2 miljoen euro.", "omzet"),
    ("De veiligheidsdoelstelling is dat 98% van de ritten zonder incident verloopt in 2027.", "veiligheid"),
])
def test_a_goal_compound_names_its_measure(text: str, metric: str) -> None:
    assert _metric_words(text) == metric


@pytest.mark.parametrize("text", [
    "De Lissabon-doelstelling van 3% halen we in 2030.",
    "Wij willen onze klimaatdoelen in 2030 halen.",
])
def test_a_goal_compound_of_no_measure_is_no_metric(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words is None and not result.verdicts["S"].passed


@pytest.mark.parametrize(("text", "metric"), [
    ("Per 50 leerlingen 1 extra laptop tegen 2027.", "laptop"),
    ("Om de norm van 1 arts per 2.000 inwoners te halen, willen we in 2028 zo'n 40 nieuwe huisartsen aantrekken.",
     "nieuwe huisartsen"),
])
def test_what_a_rate_is_per_is_no_metric(text: str, metric: str) -> None:
    assert _metric_words(text) == metric


@pytest.mark.parametrize(("text", "noun"), [
    ("Tegen 2027 willen we dat er 400 oplaadpunten publiek beschikbaar zijn.", "oplaadpunten"),
    ("In 2028 moeten 90 speeltuinen vrij toegankelijk zijn.", "speeltuinen"),
])
def test_an_adjective_after_its_noun_is_no_head(text: str, noun: str) -> None:
    words = _metric_words(text)
    assert words is not None and noun in words


def test_a_means_that_opens_the_goal_is_a_side_clause() -> None:
    text = "Door de advertentiekosten met 10 procent te verlagen, willen we de winstmarge in 2027 met 3 procent verhogen."
    assert _metric_words(text) == "winstmarge"


@pytest.mark.parametrize(("text", "metric"), [
    ("Make repeat orders 40% of total sales by 2027.", "repeat orders"),
    ("By 2027 we will cover 30% of our home market.", "home market"),
])
def test_the_base_of_a_share(text: str, metric: str) -> None:
    assert _metric_words(text) == metric
