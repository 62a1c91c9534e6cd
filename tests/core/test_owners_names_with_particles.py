"""A person named with a surname particle, an apposition after the name, then the verb (DOMAIN.md,
"Reading real sentences", A: a named person as the subject). Issue 12, class "a name with a
particle before its apposition".

"Anna Jansen, directeur van …, wil …" was read as a named subject; "Emile van den Bosch, hoofd
Marketing bij …, verwacht …" was not, because the lower-case "van den" broke the name. Dutch and
German surname particles (van, de, den, der, ter, ten, von) now join the capitalised words of the
name. Our own sentences, both languages.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("Pieter van den Berg, hoofd sales bij Drukkerij Noord, verwacht dit jaar 15% meer orders.", "Pieter van den Berg"),
    ("Ludwig von Berg, head of sales at Acme, plans to double leads by June.", "Ludwig von Berg"),
    ("Sanne van der Linden, marketeer bij het museum, wil in 2027 20% meer bezoekers.", "Sanne van der Linden"),
    ("Joost ter Horst, oprichter van Bakkerij Zuid, verwacht in 2027 25% meer klanten.", "Joost ter Horst"),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_a_name_with_a_particle_owns_the_goal(text: str, owner: str) -> None:
    result = smart_check(text, today="2026-12-07")
    assert result.parsed.actor is not None and result.parsed.actor.startswith(owner)  # the whole name, not cut
    assert result.verdicts["A"].passed, result.verdicts["A"].reason
