"""A subject with a relative clause between it and its verb of wanting (DOMAIN.md, "Reading real
sentences", A: an organisation or a group of them as the subject). Issue 12, class "a relative
clause before the verb of wanting".

"De dmo's willen het bezoek verhogen" named its owner; "De dmo's, die samen een landelijke dekking
bereiken, willen …" did not: the relative clause's subject had to look like an organisation by its
ending or its capitals, a stricter test than the same subject gets without the clause. Before a
verb of wanting or aiming only someone stands, so the subject the clause describes owns the goal;
clauses of up to eleven words are read. Our own sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, whether A passes)
    ("De musea, die samen een museumkaart uitgeven, willen het bezoek in 2027 met 10% verhogen.", True),
    ("De vijf bibliotheken, die door samen te werken een groter publiek bereiken, willen 2.000 nieuwe leden.", True),
    ("The cinemas, which share one booking system, want to grow ticket sales by 15% in 2027.", True),
    ("De prijzen, die al jaren stijgen, moeten in 2027 met 10% omlaag.", False),
]


@pytest.mark.parametrize(("text", "owned"), CASES)
def test_a_relative_clause_before_the_verb_of_wanting(text: str, owned: bool) -> None:
    verdict = smart_check(text, today="2026-12-07").verdicts["A"]
    assert verdict.passed is owned, verdict.reason
