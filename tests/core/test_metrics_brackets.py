"""An aside in brackets is no part of the metric's name (issue 12, class "an aside in brackets").

"Directe uitstoot (scope 1 en 2)", "trial conversion (visitors starting a free trial)", "Customer
Effort Score (CES)": the words in brackets explain, qualify or abbreviate what the goal measures,
so the metric is named by the words outside them (DOMAIN.md: metric_words quote the goal's own
words for what it measures). A goal whose only figures stand in brackets says in them what it
measures, so its brackets are read as before.
The cases are written for these tests; none is a goal from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(("text", "metric"), [
    ("Lift trial conversion (visitors starting a free trial) from 3% to 5% by Q3 2027.", "trial conversion"),
    ("Raise our Customer Effort Score (CES) from 3.1 to 3.8 in 2027.", "customer effort score"),
    ("Cut direct emissions (scope 1 and 2) by 30% by 2030.", "direct emissions"),
    ("Directe uitstoot (scope 1 en 2) met 30% verlagen voor 2030.", "directe uitstoot"),
    ("De klantinspanningsscore (CES) verhogen van 3,1 naar 3,8 in 2027.", "klantinspanningsscore"),
    ("Nieuwe omzet (nieuwe klanten, upsell) moet in 2027 minimaal 40% van de totale omzet zijn.", "nieuwe omzet"),
    ("Het herhaalbezoek (bezoekers die binnen een maand terugkomen) verhogen van 20% naar 30% in 2027.",
     "herhaalbezoek"),
])
def test_the_metric_is_named_outside_its_brackets(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.verdicts["S"].passed


def test_figures_only_in_brackets_keep_what_the_brackets_name() -> None:
    result = smart_check("Launch the partner portal (target: 300 partner sign-ups).", today=TODAY)
    assert result.parsed.metric_words == "partner sign-ups"
