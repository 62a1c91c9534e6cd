"""A body named by what it supports owns its goal (DOMAIN.md, "Reading real sentences", A: a named
organisation as the subject). Issue 12, class "the Friends of X".

"De leden van de vereniging hebben …", "the president of the company set …" joined the body with
what it belongs to; "De Vrienden van de Bieb willen …" and "Friends of the Library want …" did not,
so the subject was cut to "de Bieb" after "van" and nobody owned the goal. A friends' or
supporters' association is named by what it supports, as members are by their body. Our own
sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    "De Vrienden van het Stadsmuseum willen in 2027 300 nieuwe donateurs werven.",
    "De Vrienden van de Bibliotheek willen het ledental in 2027 met 10% verhogen.",
    "The Friends of the Botanic Garden want to raise donations by 20% in 2027.",
    "Supporters of the Club aim to sell 2,000 raffle tickets this season.",
]


@pytest.mark.parametrize("text", CASES)
def test_the_friends_of_a_body_own_the_goal(text: str) -> None:
    verdict = smart_check(text, today="2026-12-07").verdicts["A"]
    assert verdict.passed, verdict.reason
