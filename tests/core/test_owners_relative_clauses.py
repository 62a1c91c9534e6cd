"""A relative clause after the opening noun phrase (DOMAIN.md, "Reading real sentences", A): issue
12, class "the subject of a relative clause does not own the goal".

"Het aantal bestellingen dat klanten online plaatsen stijgt …": the "dat" follows the sentence's
opening noun phrase with no verb before it, so it opens a relative clause that describes what is
counted; its subject ("klanten") acts in the description, not in the goal. The main verb's subject
is the opening phrase: a metric (no owner) or an organisation ("Het bedrijf dat … oprichtte wil …").
A "dat" after a verb ("Het bestuur verwacht dat …") still opens what is said. Our own lines.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

OWNERS = [
    # (text, the owner's head noun, or None)
    ("Het aantal bestellingen dat klanten online plaatsen stijgt in 2027 met 15%", None),
    ("Het aantal zendingen dat DHL in Gent sorteert, groeit in 2028 met 20%", None),
    ("Het volume dat boeren aan de coöperatie leveren moet in 2029 met 5% dalen", None),
    ("Het bureau dat Sanne in 2019 oprichtte wil in 2027 40 nieuwe klanten", "bureau"),
    ("Het theater dat vorig jaar de deuren opende wil 60.000 bezoekers in 2027", "theater"),
    ("Het bestuur verwacht dat de vereniging in 2027 500 leden telt", "bestuur"),
]


@pytest.mark.parametrize(("text", "owner"), OWNERS)
def test_the_subject_of_a_relative_clause_is_no_owner(text, owner):
    result = smart_check(text)
    actor = result.parsed.actor
    assert actor is None if owner is None else actor.lower().split()[-1] == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason
