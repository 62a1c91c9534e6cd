"""What people in general think is nobody's goal, "we" in it included (DOMAIN.md, "Reading real
sentences", A: a generic subject names nobody): issue 12, class "what some people think".

"Sommigen denken dat we in 2030 10 procent online bestellen", "Many expect that we will buy 20 %
more online by 2027": the forecast is everyone's, and "we" is everyone, not the writer's team. The
writer's own "we" keeps its owner ("We think we can grow 10 % in 2027"). Our own lines, both
languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("Sommigen denken dat we in 2030 zo'n 10 procent van onze boodschappen online bestellen.", None),
    ("Velen verwachten dat we in 2027 20% meer online kopen.", None),
    ("Many expect that we will buy 20% more online by 2027.", None),
    ("Experts zeggen dat we in 2030 de helft minder vlees eten.", None),
    ("We think we can grow revenue by 10% in 2027.", "We"),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_an_opinion_of_anyone_has_no_owner(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason
