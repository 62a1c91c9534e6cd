"""The frame around the metric's head phrase (issue 12, ``goals/metric_frames.py``).

Two classes, each in several shapes and both languages; the sentences are written for these tests:

- **a label that opens the line**: "SMART goal:", "SDR goal:", "Key Result 1:", "KR2:",
  "Doelstelling 3:" name the kind of line, or whose it is. Where the rest of the line names a metric
  of its own, the label is never the metric; where it names none, the label's words are.
- **a heading that names the only measure**: "Time to first value: reduce from 10 to 5 days", "Actieve
  partners: Q1 ≥ 4": where nothing else in the line names a metric, the words before the colon do; a
  sentence ("Our plan was simple:") or a label of the kind of line ("Voorbeeld:", "Meetbaar:") does not.
- **a share, an average and what they are of**: a bare "share"/"aandeel" is quoted with what it is a
  share of ("share of the dutch market"), a possessive before it says whose and is left out; an
  average count is quoted with its average ("average number of comments"). A measure that names
  itself ("market share", "marktaandeel") is left as it is.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


def _metric_words(text: str) -> str | None:
    return smart_check(text, today=TODAY).parsed.metric_words


LABELLED_LINES = [
    # text, the metric words, a word of the label that must not be in them
    ("SMART goal: hire two designers by June to increase weekly design output by 30%", "design output", "smart"),
    ("SDR goal: book 25 discovery calls a month", "discovery calls", "sdr"),
    ("Sales goal: close 30 deals this quarter", "deals", "sales"),
    ("Key Result 1: ensure that more than 70% of invoices are paid on time", "invoices", "key"),
    ("Marketing objective: grow newsletter subscribers by 15%", "newsletter subscribers", "marketing"),
    ("Support team KR2: cut unresolved tickets from 400 to 250", "unresolved tickets", "team"),
    ("Verkoopdoel: 40 nieuwe abonnementen afsluiten voor juni", "nieuwe abonnementen", "verkoopdoel"),
    ("Doelstelling 2: het aantal vrijwilligers verhogen naar 120", "vrijwilligers", "doelstelling"),
    ("Teamdoel 2027: de wachttijd aan de kassa verkorten tot 4 minuten", "wachttijd", "teamdoel"),
    ("Hoofddoel: 20% meer donateurs in 2027", "donateurs", "hoofddoel"),
]


@pytest.mark.parametrize(("text", "metric", "label"), LABELLED_LINES)
def test_a_label_that_opens_the_line_is_not_the_metric_when_the_line_names_one(
        text: str, metric: str, label: str) -> None:
    words = _metric_words(text)
    assert words is not None and metric in words, words
    assert label not in words.split(), words


LABELS_THAT_ARE_THE_METRIC = [
    # the rest of the line is only a figure: the words before the label are what it measures
    ("Revenue goal: $5M by Q4", "revenue"),
    ("Churn goal: below 3% by year end", "churn"),
    ("Omzetdoel 2027: € 2,4 miljoen", "omzet"),
    ("Ledenaantal doel: 1.500", "ledenaantal"),
]


@pytest.mark.parametrize(("text", "head"), LABELS_THAT_ARE_THE_METRIC)
def test_a_label_is_the_metric_when_the_line_names_no_other(text: str, head: str) -> None:
    words = _metric_words(text)
    assert words is not None and head in words.split(), words


FRAMES = [
    # text, the metric words exactly
    ("Increase our share of the Dutch market from 5% to 8% by 2028", "share of the dutch market"),
    ("Grow the region's share of online sales from 13% to 20%", "share of online sales"),
    ("Lift the brand's share of category searches to 25%", "share of category searches"),
    ("Verhoog ons aandeel van de Belgische markt van 4% naar 6%", "aandeel van de belgische markt"),
    ("Het aandeel van de webshop in de omzet moet stijgen naar 30 procent", "aandeel van de webshop"),
    ("Double my average number of comments per post this year", "average number of comments"),
    ("Increase the average number of orders per customer by 10%", "average number of orders per customer"),
    ("Het gemiddelde aantal bezoeken per klant moet stijgen naar 3", "gemiddelde aantal bezoeken per klant"),
]


@pytest.mark.parametrize(("text", "metric"), FRAMES)
def test_a_share_or_an_average_is_quoted_with_what_it_frames(text: str, metric: str) -> None:
    assert _metric_words(text) == metric


MEASURES_OF_THEIR_OWN = [
    # a compound that is a measure by itself, a share written as a figure, a total: no frame is added
    ("Increase market share of product A by 10% in 2027", "market share"),
    ("Ons marktaandeel moet groeien naar 12% in 2027", "marktaandeel"),
    ("Increase the total number of members from 800 to 1,000", "members"),
    ("Het aantal leden moet stijgen van 800 naar 1.000", "leden"),
]


@pytest.mark.parametrize(("text", "metric"), MEASURES_OF_THEIR_OWN)
def test_a_measure_of_its_own_takes_no_frame(text: str, metric: str) -> None:
    assert _metric_words(text) == metric


HEADINGS_WITHOUT_A_LABEL = [
    # a KPI line whose heading before the colon is all that names a measure: the heading is the metric
    ("Time to first value: reduce from 10 days to 5 days by Q3", "time to first value"),
    ("Hours saved: 200+/month", "hours saved"),
    ("Actieve partners: Q1 ≥ 4, Q2 ≥ 6", "actieve partners"),
    ("Break-even punt: maand 6", "break-even punt"),
]


@pytest.mark.parametrize(("text", "metric"), HEADINGS_WITHOUT_A_LABEL)
def test_a_heading_that_names_the_only_measure_is_the_metric(text: str, metric: str) -> None:
    assert _metric_words(text) == metric


NO_HEADING_OF_A_MEASURE = [
    # a sentence before the colon, or a label of the kind of line, names no measure
    "Our plan was simple: grow by 20%",
    "Voorbeeld: we willen het verdubbelen",
    "Meetbaar: ten minste één sprint per blok afronden",
    "Example: double it by June",
    "Goal: below 5% by June",
]


@pytest.mark.parametrize("text", NO_HEADING_OF_A_MEASURE)
def test_a_sentence_or_a_label_before_the_colon_is_no_metric(text: str) -> None:
    assert _metric_words(text) is None
