"""The subject of a clause opened by "that"/"dat" may be what changes (issue 12, class "the subject
of a clause that changes itself").

"Goede voorlichting moet ervoor zorgen dat de verspilling omlaag gaat": the means stands first,
the metric is the subject of the clause that "dat" opens, read as a clause opening of its own
(its own verb of change, its own level). The means before it is no metric.
The cases are written for these tests; none is a goal from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)

SUBORDINATE_SUBJECTS = [
    ("Goede voorlichting moet ervoor zorgen dat de verspilling omlaag gaat.", "verspilling", "decrease"),
    ("Een nieuwe aanpak moet ervoor zorgen dat het verzuim omlaag gaat.", "verzuim", "decrease"),
    ("Better onboarding must ensure that the drop-off in week one goes down.", "drop-off", None),
    ("Our plan is that the walk-in share at the branches keeps growing this year.", "walk-in share", None),
    ("We make sure that the churn drops below 3% by June 2027.", "churn", "at_most"),
    ("Wij willen dat het ledenaantal volgend jaar groeit.", "ledenaantal", "increase"),
]


@pytest.mark.parametrize(("text", "metric", "direction"), SUBORDINATE_SUBJECTS)
def test_the_subject_of_a_that_clause_is_the_metric(text: str, metric: str, direction: str | None) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    if direction is not None:
        assert result.parsed.direction == direction
    assert result.verdicts["S"].passed


@pytest.mark.parametrize(("text", "metric"), [
    ("Voor 2040 is afgesproken dat de warmtelevering 100 % duurzaam is.", "warmtelevering"),
    ("Het doel is dat de bezettingsgraad in 2027 op 85 procent ligt.", "bezettingsgraad"),
])
def test_a_level_in_a_that_clause_names_its_subject(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert not result.verdicts["S"].passed  # a bare level without a baseline leaves the way open
