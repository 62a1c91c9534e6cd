"""Names listed before "and other companies" own the goal (letter A, issue 12).

"Ford, GE and other major companies pledged to …", "Ahold en andere supermarkten willen …": the
subject is the named organisations with others of their kind; the kind alone ("Other companies
pledged …") names nobody in particular, and a metric listed with others owns nothing. Written in
our own words.
"""

from __future__ import annotations

import pytest

from .test_owners import case_ids, owner_of

LISTED = [
    ("Unilever, Danone and other large brands pledged to halve plastic use by 2030.", "danone"),
    ("Nike and other major retailers committed to cut emissions by 30% by 2030.", "nike"),
    ("Ahold en andere supermarkten willen in 2027 30% minder plastic gebruiken.", "ahold"),
    ("KPN, Proximus en andere aanbieders beloven tegen 2028 95% glasvezeldekking.", "proximus"),
]


@pytest.mark.parametrize("text, owner", LISTED, ids=case_ids(LISTED))
def test_the_listed_names_own_the_goal(text: str, owner: str) -> None:
    assert owner in (owner_of(text) or "").lower()


KIND_ONLY = [
    "Other companies pledged to cut emissions by 50% by 2030.",
    "Andere supermarkten willen in 2027 30% minder plastic gebruiken.",
    "Sales and other revenue should grow 10% in 2027.",
]


@pytest.mark.parametrize("text", KIND_ONLY, ids=case_ids(KIND_ONLY))
def test_a_kind_or_a_metric_alone_owns_nothing(text: str) -> None:
    assert owner_of(text) is None
