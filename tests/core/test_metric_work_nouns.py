"""Work named as a noun is no metric (issue 12, class "the launch of N things"; DOMAIN.md S: "An
activity is not a metric").

"Launch 3 campaigns" was already work, and so was "the opening of six stores"; but "the launch of 3 new
campaigns", "de lancering van twee nieuwe producten", "the introduction of 3 new flavours", "the
implementation of 2 new tools" named the work itself as the metric, and the count of new things made it
an increase, so S passed. The noun of the work (launch, lancering, introduction, introductie,
installation, installatie, implementation, implementatie, publication, publicatie) is now work like
opening and construction: never what is measured. What is measured around the work still is ("increase
sales after the launch", "app installations"). Our own sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

WORK = [
    "The launch of 3 new campaigns in Q2",
    "De lancering van twee nieuwe producten in 2027",
    "The introduction of 3 new flavours by June",
    "De introductie van vier nieuwe menu's in 2027",
    "The implementation of 2 new CRM tools in 2027",
    "De installatie van 500 laadpalen voor 2028",
    "The publication of 20 case studies this year",
    "De publicatie van 12 whitepapers in 2027",
]


@pytest.mark.parametrize("text", WORK)
def test_work_named_as_a_noun_is_no_metric(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words is None
    assert not result.verdicts["S"].passed


MEASURED = [
    ("Increase app installations by 20% in 2027", "app installations"),
    ("Verhoog het aantal installaties van de app met 30% in 2027", "installaties"),
    ("Increase sales after the launch by 15% in Q3", "sales"),
    ("Na de lancering de omzet met 10% verhogen in 2027", "omzet"),
    ("Increase the adoption rate of the new CRM from 40% to 70% after the implementation by Q4", "adoption rate"),
]


@pytest.mark.parametrize(("text", "metric"), MEASURED)
def test_what_is_measured_around_the_work_still_is(text: str, metric: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.metric_words == metric
    assert result.verdicts["S"].passed
