"""A term of office as the goal's period (issue 12, class "a term of office"; DOMAIN.md T: a
period is a deadline).

"before the end of Parliament", "in this parliament", "deze zittingsperiode", "binnen de
ambtstermijn" name the term an elected body sits, as "deze kabinetsperiode" and "de legislatuur"
already did. Our own sentences, both languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2027, 2, 1)

DUE = [
    ("We will get waiting times down to 18 weeks before the end of Parliament", date(2032, 2, 1)),
    ("Cut waiting lists by 20% in this parliament", date(2032, 2, 1)),
    ("We willen deze zittingsperiode 2.000 woningen extra bouwen", date(2031, 2, 1)),
    ("Het college wil deze ambtstermijn het aantal bezoekers met 10% verhogen", date(2031, 2, 1)),
]


@pytest.mark.parametrize(("text", "deadline"), DUE)
def test_a_term_of_office_is_the_period(text: str, deadline: date) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline == deadline
    assert result.verdicts["T"].passed


def test_a_parliament_as_an_actor_is_no_period() -> None:
    assert smart_check("The European Parliament wants 40% renewables", today=TODAY).parsed.deadline is None
