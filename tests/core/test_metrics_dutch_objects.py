"""The metric is the object, not the subject, of a Dutch clause (issue 12, batch 8).

Dutch puts the finite verb second and the main verb last; what changes stands between them.
Read from the structure, class by class:

- an adverb that opens the clause ("Tegelijkertijd", "Daarom") pushes the subject after the
  finite verb, so the phrase there is who acts, not what is measured;
- when a bare subject and an object with an article both stand before the final verb
  ("moeten inwoners het waterverbruik verlagen"), the object is measured;
- a complement with "aan" belongs to its noun ("het aanbod aan woningen vergroten");
- a bound that is a preposition before an article ("onder de vlag van", "below the industry
  average") names a place or a reference, never the measure.

The cases are written for these tests; none is a goal from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


def _metric_words(text: str) -> str | None:
    return smart_check(text, today=TODAY).parsed.metric_words


OBJECT_NOT_SUBJECT = [
    ("De gemeente wil dat bewoners het waterverbruik per dag met 10 liter verlagen.", "waterverbruik"),
    ("Volgens de minister moeten huishoudens in 2030 het gasverbruik met 25 procent terugbrengen.", "gasverbruik"),
    ("De bakkerij gaat het glutenvrije assortiment volgend jaar verdubbelen.", "assortiment"),
    ("Het ziekenhuis wil dat artsen de wachttijd voor een operatie verkorten.", "wachttijd"),
    ("De vereniging wil ook het totale aanbod aan cursussen vergroten.", "aanbod"),
]


@pytest.mark.parametrize(("text", "metric"), OBJECT_NOT_SUBJECT)
def test_the_object_is_measured(text: str, metric: str) -> None:
    words = _metric_words(text)
    assert words is not None and metric in words


# The phrase after the verb of an inverted clause, or after a bound used as a preposition, is
# never the metric; with nothing else measured, S fails.
NO_METRIC_HERE = [
    "Tegelijkertijd wil de keten in de komende jaren dertig nieuwe filialen openen onder de vlag van een dochter.",
    "Daarom gaat het bedrijf volgend jaar twee fabrieken bouwen boven de rivier.",
    "Under the new brand, the group will open 40 shops next year.",
]


@pytest.mark.parametrize("text", NO_METRIC_HERE)
def test_no_metric_from_the_subject_or_a_place(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert not result.verdicts["S"].passed
    assert result.parsed.metric_words not in ("keten", "bedrijf", "vlag", "rivier", "brand", "group")


# Neighbours: a subject that changes by itself, an object right after the modal, a place with an
# article after the measure, and a real bound before a number keep their reading.
KEEP_READING = [
    ("Het aantal klachten moet in 2027 met 30% dalen.", "klachten"),
    ("Wij willen de omzet het komende jaar verhogen met 15%.", "omzet"),
    ("We willen de tevredenheid in de regio verbeteren.", "tevredenheid"),
    ("Keep churn below 3% each month this year.", "churn"),
    ("Onze kosten per lead moeten onder de 20 euro blijven.", "kosten per lead"),
]


@pytest.mark.parametrize(("text", "metric"), KEEP_READING)
def test_neighbours_keep_their_metric(text: str, metric: str) -> None:
    words = _metric_words(text)
    assert words is not None and metric in words
