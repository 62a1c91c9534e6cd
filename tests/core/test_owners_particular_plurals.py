"""Particular organisations, counted or paired, own the goal (DOMAIN.md, "Reading real sentences",
A: a company or organisation as the subject): issue 12, class "a plural with a word that picks out
which ones".

A bare plural names a kind, nobody in particular ("Retailers aim to …", "Ziekenhuizen willen …"),
and a bare count as well ("Three teams will …"); with an article before the count, or "both" /
"beide", the text means particular ones ("De drie ziekenhuizen willen …", "Both retailers aim
…"), as "de supers beloven …" already did. Our own lines, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("De drie ziekenhuizen willen samen de wachttijden met 20% verkorten in 2027.", "De drie ziekenhuizen"),
    ("The two hospitals want to cut waiting times by 20% by 2027.", "The two hospitals"),
    ("Both retailers aim to lift online sales by 15% in 2027.", "Both retailers"),
    ("Beide supermarkten willen in 2027 10% minder voedsel verspillen.", "Beide supermarkten"),
    ("De vijf bibliotheken hopen in 2027 20% meer leden te trekken.", "De vijf bibliotheken"),
    ("Retailers aim to lift online sales by 15% in 2027.", None),
    ("Ziekenhuizen willen de wachttijden in 2027 met 20% verkorten.", None),
    ("Three teams will raise their NPS by 5 points in 2027.", None),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_particular_organisations_own_the_goal_and_a_kind_does_not(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason
