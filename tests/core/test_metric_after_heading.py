"""Issue 12, class "a category heading over a figure of change": in "Impact: 25-35% meer directe
calls" the words before the colon name the line's category; what the figure of change (with its
comparative or its sign) counts right after the colon is the metric (DOMAIN.md S). A heading that
is the measure itself, with a plain level or a figure compared to a time, keeps its reading."""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 1, 1)


@pytest.mark.parametrize(("text", "metric", "direction"), [
    ("Impact: 25-35% meer directe calls", "directe calls", "increase"),
    ("Klantbeleving: 30% minder retourzendingen tegen eind 2026", "retourzendingen", "decrease"),
    ("Operationele efficiëntie: -20% handmatig werk door slimme workflows.", "handmatig werk", "decrease"),
    ("Kostenbeheersing: 10-15% lagere verzendkosten via een nieuwe vervoerder", "verzendkosten", "decrease"),
    ("Efficiency: 20% less manual work by Q3 2026", "manual work", "decrease"),
    ("Impact: 25% more inbound calls", "inbound calls", "increase"),
    ("Quality: -30% support tickets within a year", "support tickets", "decrease"),
])
def test_the_figure_after_a_category_heading_names_the_metric(text: str, metric: str, direction: str) -> None:
    parsed = smart_check(text, today=TODAY).parsed
    assert parsed.metric_words == metric
    assert parsed.direction == direction


@pytest.mark.parametrize(("text", "metric"), [
    ("Conversie: +2% t.o.v. vorig jaar", "conversie"),  # a comparison, no phrase after the figure
    ("Retentie: +5% vs Q1", "retentie"),
    ("Omzet: 20% van de markt in 2026", "omzet"),  # a plain share, no change: the heading is the measure
    ("Churn rate: -10% by December 2026", "churn rate"),
])
def test_a_heading_that_is_the_measure_keeps_it(text: str, metric: str) -> None:
    assert smart_check(text, today=TODAY).parsed.metric_words == metric
