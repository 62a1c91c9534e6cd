"""A subject never spans a comma (letter A, issue 12, class "a subject across a comma").

"After its merger, Acme wants …" named "its merger, Acme" as the owner: the comma ends the fronted
phrase, and the subject is what follows it. A phrase that a second comma closes is an apposition
("Joost ter Horst, oprichter van …, verwacht") is left to the readers of appositions. Written in
our own words.
"""

from __future__ import annotations

import pytest

from .test_owners import case_ids, owner_of

AFTER_THE_COMMA = [
    ("Two years after its launch, Acme is looking to double revenue by 2027.", "acme"),
    ("After its merger, Acme wants to reach 300 clients by 2027.", "acme"),
    ("Since its founding, Bright Home Cleaning is aiming to reach 300 clients by 2027.", "bright home cleaning"),
    ("After the merger, the group wants to reach 300 clients by 2027.", "the group"),
    ("Na de fusie, wil Acme 300 klanten bereiken tegen 2027.", "acme"),
]


@pytest.mark.parametrize("text, owner", AFTER_THE_COMMA, ids=case_ids(AFTER_THE_COMMA))
def test_the_subject_starts_after_the_comma(text: str, owner: str) -> None:
    assert (owner_of(text) or "").lower() == owner


NOBODY = [
    "Despite a slow year, sales will rise 10% by 2027.",
    "Na een moeilijk jaar, moet de omzet met 10% stijgen tegen 2027.",
]


@pytest.mark.parametrize("text", NOBODY, ids=case_ids(NOBODY))
def test_a_measure_after_the_comma_owns_nothing(text: str) -> None:
    assert owner_of(text) is None
