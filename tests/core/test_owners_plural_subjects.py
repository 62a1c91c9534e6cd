"""A plural subject with its Dutch plural verb owns the goal (DOMAIN.md, "Reading real sentences",
A: named people, teams and organisations as the subject). Issue 12, class "a plural verb after its
subject".

"De twee winkels verhogen hun omzet …", "Acme en Globex verdubbelen in 2027 het aantal …", "Lisa
en Tom verhogen de …": a Dutch direction verb in the plural looks like an infinitive, so only the
singular ("verhoogt") was read as finite and these named nobody. Standing after its subject with
its object right after it, the plural is the finite verb; an infinitive ends its clause after its
object ("de omzet verhogen met 10 %"), and a means before the verb ("De campagnes verhogen …")
names nobody. Our own sentences.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

CASES = [
    # (text, owner read)
    ("De twee winkels verhogen hun omzet in 2027 met 10%.", "De twee winkels"),
    ("Acme en Globex verdubbelen in 2027 het aantal vestigingen.", "Globex"),
    ("Lisa en Tom verhogen de nieuwsbriefinschrijvingen met 30% voor juni 2027.", "Tom"),
    ("De salesteams verdubbelen in 2027 het aantal deals.", "salesteams"),
    # an infinitive after its object, a means before the verb: nobody
    ("De omzet verhogen met 10% in 2027.", None),
    ("Samen de omzet verhogen in 2027 met 10%.", None),
    ("De campagnes verhogen de omzet in 2027 met 10%.", None),
    ("Klanten verhogen de omzet in 2027 met 10%.", None),
]


@pytest.mark.parametrize(("text", "owner"), CASES)
def test_a_plural_subject_with_its_plural_verb_owns_the_goal(text: str, owner: str | None) -> None:
    result = smart_check(text)
    assert result.parsed.actor == owner
    assert result.verdicts["A"].passed is (owner is not None), result.verdicts["A"].reason
