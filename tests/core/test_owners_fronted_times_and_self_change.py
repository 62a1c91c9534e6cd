"""A day before a Dutch verb, a reflexive after "set", friends of a named place, and a measure that
changes by itself (DOMAIN.md, "Reading real sentences", A: an organisation as the subject; a
metric as the subject is what changes). Issue 12, classes found on a second fresh set of our own
sentences labelled before xlsmart saw them.

- "Maandag kondigde Heineken aan …", "Gisteren maakte Jumbo bekend …": a day or a time opens a
  Dutch sentence as "In 2027" does, so the name after the verb is its subject.
- "The Friends of Kew Gardens have set themselves the target of …": a reflexive after "set" keeps
  it a verb ("set itself a target" was read); friends of a place without an article join it.
- "Met betere routes daalt de levertijd …": before a verb by which a measure changes by itself
  (stijgt, daalt, groeit, rises, falls) only an organisation or a name acts ("Het bedrijf groeit",
  "Acme groeit"); a means or a measure does not.
Our own sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("Maandag kondigde Heineken aan de CO2-uitstoot tegen 2030 met 30% te verminderen.", "Heineken"),
    ("Gisteren maakte Jumbo bekend in 2027 20 nieuwe winkels te openen.", "Jumbo"),
    ("The Friends of Kew Gardens have set themselves the target of 10,000 members by 2027.",
     "The Friends of Kew Gardens"),
    ("De Vrienden van Artis willen in 2027 10.000 leden.", "De Vrienden van Artis"),
    ("Met betere routes daalt de levertijd in Q3 2027 naar 24 uur.", None),
    ("Door de nieuwe app stijgt het aantal boekingen in 2027 met 15%.", None),
    ("Het bedrijf groeit in 2027 met 10% naar 550 medewerkers.", "Het bedrijf"),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_times_reflexives_friends_and_self_change(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason
