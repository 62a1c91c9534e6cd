"""A comparative or a noun of fall gives the direction (issue 12, class "comparatives and falls").

"Een groter aanbod", "dat de groep leden groter wordt", "the queue gets shorter", "een afname van
het aantal X": a bare comparative said of what is measured, before it or as its predicate, and the
Dutch noun "afname", move the measure up or down just as "verhogen" or "reduce" do (DOMAIN.md: S
needs a metric and a direction, and the metric is whatever the goal measures). The phrase the
comparative is said of is the metric, also when a known metric is named elsewhere in the sentence.
The cases are written for these tests; none is a goal from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(("text", "direction", "metric"), [
    # a comparative before the noun it qualifies
    ("Wij bieden de wijk volgend jaar een groter aanbod van cursussen.", "increase", "aanbod"),
    ("In 2027 een kleiner tekort op de begroting van de club.", "decrease", "tekort"),
    ("Our aim is a smaller backlog of support tickets by June 2027.", "decrease", "backlog"),
    ("Our aim is a shorter queue at the help desk by June 2027.", "decrease", "queue"),
    # the noun of a fall, with what falls after "van"
    ("We streven naar een afname van het aantal no-shows met 20% in 2027.", "decrease", "no-shows"),
    ("De vereniging mikt op een afname van het aantal opzeggingen van 15 procent.", "decrease", "opzeggingen"),
])
def test_a_comparative_or_a_fall_gives_the_direction(text: str, direction: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction == direction
    assert result.parsed.metric_words is not None and metric in result.parsed.metric_words
    assert result.verdicts["S"].passed


@pytest.mark.parametrize(("text", "metric"), [
    # the subject whose predicate is the comparative, though a known metric stands before it
    ("Blij met alle donaties, maar we willen dat de kring vaste vrijwilligers groter wordt.", "vaste vrijwilligers"),
    ("Blij met de omzet, maar we willen dat de wachtrij aan de kassa korter wordt.", "wachtrij"),
    ("We are glad of the revenue, yet we want the queue of unanswered emails to get shorter.", "queue"),
])
def test_the_subject_of_a_comparative_predicate_is_the_metric(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words is not None and metric in result.parsed.metric_words
    assert result.verdicts["S"].passed


@pytest.mark.parametrize("text", [
    "We willen groter worden.",  # growing with nothing named that grows
    "Make the team bigger.",
])
def test_a_comparative_without_a_measure_is_not_specific(text: str) -> None:
    assert not smart_check(text, today=TODAY).verdicts["S"].passed


@pytest.mark.parametrize(("text", "metric"), [
    # a participle after "worden" is a passive, no comparative: the place before it stays a place
    ("Ook moet het bereik van de nieuwsbrief in de regio Utrecht worden uitgebreid.", "bereik"),
    ("The reach of our newsletter in the Leeds area should be extended.", "reach"),
])
def test_a_passive_is_no_comparative_predicate(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words is not None and metric in result.parsed.metric_words
