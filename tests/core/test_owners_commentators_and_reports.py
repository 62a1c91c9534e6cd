"""Who comments on a measure, or reports it, owns no goal (DOMAIN.md, "Reading real sentences", A:
an actor as the subject of the goal; a metric as the subject is what changes). Issue 12, classes
"a commentator by title", "a reported measure without an article" and "a clause before the main one".

- "Analyst Mary Chen said …", "econoom Jan Smit verwacht …": a title that comments on others'
  results before a name, or the role alone, speaks about others (plural kinds, "analysts expect",
  were nobody already; a chief executive who says so still owns the goal).
- "X said online sales would grow …", "X zei dat de online verkoop zou groeien": a reported clause
  whose subject is a measure, with or without an article, is a report, as "said the total number
  of … will go up" was; "said the company would grow revenue" keeps the company.
- "Nu de stad groeit, stijgt de vraag …", "As the city grows, demand will rise …": the subject of a
  clause before the main one, up to its comma, is not the goal's.
Our own sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("Analyst Mary Chen said online sales would grow 12% in 2027.", None),
    ("Analiste Mary Chen zei dat de online verkoop in 2027 met 12% zou groeien.", None),
    ("Econoom Piet Smit verwacht dat de bestedingen in 2027 met 2% groeien.", None),
    ("Mary Chen said online sales would grow 12% in 2027.", None),
    ("CEO Dana Lee said the company would grow revenue by 12% in 2027.", "CEO Dana Lee"),
    ("Nu de stad groeit, stijgt de vraag naar woningen in 2030 met 20%.", None),
    ("As the city grows, demand for homes will rise 20% by 2030.", None),
    ("Nu de stad groeit, wil de gemeente in 2030 20% meer woningen bouwen.", "de gemeente"),
    ("As the city grows, the council wants to build 20% more homes by 2030.", "the council"),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_a_commentator_a_report_or_another_clause_owns_nothing(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason
