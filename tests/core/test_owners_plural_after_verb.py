"""Particular organisations after a Dutch plural verb (letter A, issue 12).

When a Dutch sentence opens with a time or manner, its verb comes second and its subject third,
also in the plural: "Daarmee liggen de supermarkten op koers voor het doel …", "Dit jaar openen de
ziekenhuizen …". With their article they are particular ones and own the goal. A verb of being or
counting states the baseline, and people or things after the verb own nothing. Written in our own
words.
"""

from __future__ import annotations

import pytest

from .test_owners import case_ids, owner_of

PLURAL_SUBJECTS = [
    ("Daarmee liggen de ziekenhuizen op koers voor het doel om de wachttijd in 2027 te halveren.", "ziekenhuizen"),
    ("Dit jaar openen de supermarkten 20 nieuwe vestigingen in Limburg.", "supermarkten"),
    ("Volgend jaar verlagen de gemeenten de afvalheffing met 5 procent.", "gemeenten"),
    ("Met het nieuwe plan brengen de scholen het verzuim tegen 2028 terug tot 3 procent.", "scholen"),
]


@pytest.mark.parametrize("text, owner", PLURAL_SUBJECTS, ids=case_ids(PLURAL_SUBJECTS))
def test_particular_organisations_after_a_plural_verb_own_the_goal(text: str, owner: str) -> None:
    assert owner in (owner_of(text) or "").lower()


NO_PLURAL_OWNER = [
    "Op dit moment tellen de bedrijven 270 vestigingen; in 2028 moeten dat er 300 zijn.",
    "Nu gebruiken de huishoudens 125 liter per dag; in 2035 moet dat 100 liter zijn.",
    "Volgend jaar stijgen de kosten met 10%.",
    "Dit jaar dalen de wachttijden naar 4 weken.",
]


@pytest.mark.parametrize("text", NO_PLURAL_OWNER, ids=case_ids(NO_PLURAL_OWNER))
def test_a_baseline_or_a_thing_after_a_plural_verb_owns_nothing(text: str) -> None:
    assert owner_of(text) is None
