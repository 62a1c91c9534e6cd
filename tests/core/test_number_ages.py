"""Ages written with a word between their ends are no baseline and no target (issue 12, class "an
age span in words"; DOMAIN.md "Ranges": an age range is not a target; M: ages are no target).

"18-25-year-olds" already read as ages; "jongeren van 12 tot 18 jaar", "children between 4 and 12
years old", "people aged 12 to 18" were two numbers of their own, so the lower became a baseline and
the upper a target (M passed with no target, R judged a "growth" from 12 to 18). A count beside the
span stays the target, and a span of time or a from-to pair of the measure is not an age. Our own
sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

NO_TARGET = [
    "We want to reach more young people aged 12 to 18 by 2027.",
    "We want more children between 4 and 12 years old in the club.",
    "We willen jongeren van 12 tot 18 jaar beter bereiken in 2027.",
    "De club wil meer jeugdleden van 6 tot en met 17 jaar laten sporten.",
    "Wij willen meer kinderen tussen de 4 en 12 jaar in het zwembad.",
    "Our aim is to get more pupils from 10 to 14 years old reading.",
]


@pytest.mark.parametrize("text", NO_TARGET)
def test_an_age_span_is_no_target(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert (result.parsed.baseline, result.parsed.target) == (None, None)
    assert not result.verdicts["M"].passed


WITH_A_COUNT = [
    ("Reach 5,000 people aged 25 to 34 in 2027.", 5000.0),
    ("We willen 500 kinderen van 6 t/m 12 jaar laten zwemmen in 2027.", 500.0),
    ("We want 300 new members between 18 and 25 years old by June.", 300.0),
]


@pytest.mark.parametrize(("text", "target"), WITH_A_COUNT)
def test_a_count_beside_the_ages_stays_the_target(text: str, target: float) -> None:
    result = smart_check(text, today=TODAY)
    assert target in (result.parsed.target, result.parsed.absolute_change)
    assert result.parsed.baseline is None
    assert result.verdicts["M"].passed


NOT_AGES = [
    ("Increase members from 12 to 18 by 2027.", 12.0, 18.0),
    ("Verhoog het aantal leden van 12 tot 18 in 2027.", 12.0, 18.0),
    ("Grow the team from 20 to 30 people within 2 to 3 years.", 20.0, 30.0),
]


@pytest.mark.parametrize(("text", "baseline", "target"), NOT_AGES)
def test_a_pair_of_the_measure_is_no_age(text: str, baseline: float, target: float) -> None:
    result = smart_check(text, today=TODAY)
    assert (result.parsed.baseline, result.parsed.target) == (baseline, target)
