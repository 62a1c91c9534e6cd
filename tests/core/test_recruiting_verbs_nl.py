"""Issue 12, class "Dutch and Flemish verbs of recruiting": to recruit a count is to acquire it,
so the count goes up (DOMAIN.md S: a metric and a direction). Flemish hires by "aanwerven" (in
every form: infinitive, subordinate "aanwerft", participle "aangeworven"; the split "werft … aan"
was already read), and plans borrow "acquireren", "rekruteren", "onboarden"; "ronselen" is the
plain Dutch. The verb is no part of the metric: what is recruited is."""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 1, 1)


@pytest.mark.parametrize(("text", "metric"), [
    ("We willen tegen eind 2026 20 verpleegkundigen aanwerven.", "verpleegkundigen"),
    ("De club hoopt dat ze in 2026 30 spelers aanwerft.", "spelers"),
    ("Tegen juni 2026 zijn 12 monteurs aangeworven.", "monteurs"),
    ("Eerste 5 testklanten acquireren vóór Q2 2026", "testklanten"),
    ("Het salesteam acquireert in Q3 2026 25 klanten.", "klanten"),
    ("De afdeling rekruteert tegen eind 2026 15 vrijwilligers.", "vrijwilligers"),
    ("Tegen eind 2026 150 stewards rekruteren.", "stewards"),
    ("In Q2 2026 40 klanten onboarden.", "klanten"),
    ("De vereniging wil voor de zomer van 2026 60 leden ronselen.", "leden"),
])
def test_recruiting_a_count_raises_it(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction == "increase"
    assert result.parsed.metric_words == metric
    assert "S" not in result.failed


@pytest.mark.parametrize("text", [
    "We willen tegen eind 2026 20 verpleegkundigen aanwerven.",
    "Acquire 5 pilot customers by Q1 2026.",
    "Het HR-team werft in 2026 twintig verpleegkundigen aan.",
])
def test_the_recruiting_goal_reads_the_same_in_both_languages_and_forms(text: str) -> None:
    assert smart_check(text, today=TODAY).parsed.direction == "increase"


@pytest.mark.parametrize("text", [
    "Het aantal aanwervingen daalt tegen eind 2026 tot 10.",  # the noun of hiring is a measure with its own verb
    "We willen het verloop tegen 2027 verminderen tot 5%.",
])
def test_a_goal_with_its_own_direction_keeps_it(text: str) -> None:
    assert smart_check(text, today=TODAY).parsed.direction == "decrease"
