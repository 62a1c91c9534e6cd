""""boven verwachting", "above expectations" compare a result, they bound no target (issue 12,
class "a result against expectations"; DOMAIN.md S: a direction word says which way the metric
should go).

"Dit is boven verwachting. We hadden op 1,2 miljoen gerekend" read "boven" as a floor on the
target, so S passed with no direction in the goal. A bound with a figure ("above 50", "boven de
8") stays a bound. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)


@pytest.mark.parametrize("text", [
    "Dit is boven verwachting. We rekenden voor dit jaar op 40.000 bezoekers",
    "Sales ran above expectations; we aim for 2,000 units next year",
    "De verkoop lag ver boven de verwachtingen; volgend jaar willen we 3.000 stuks halen",
    "Our results went beyond expectations, we plan on 900 members in 2028",
])
def test_a_result_against_expectations_gives_no_direction(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.direction not in ("at_least", "at_most", "increase")
    assert not result.verdicts["S"].passed


@pytest.mark.parametrize("text", [
    "Keep the NPS above 50",
    "Het rapportcijfer moet boven de 8 blijven",
])
def test_a_bound_with_a_figure_stays_a_bound(text: str) -> None:
    assert smart_check(text, today=TODAY).parsed.direction in ("at_least", "keep")


@pytest.mark.parametrize("text", [
    "De club denkt volgend jaar 2 miljoen euro aan sponsoring over te houden",
    "Na de actie willen we 500 euro voor het goede doel over te houden",
])
def test_left_over_is_no_level_kept(text: str) -> None:
    # issue 12, class "left over": "over te houden" is what remains (a profit), nothing held level
    assert smart_check(text, today=TODAY).parsed.direction != "keep"


def test_keeping_a_level_still_keeps() -> None:
    assert smart_check("We willen de klanttevredenheid op 8,5 houden", today=TODAY).parsed.direction == "keep"
