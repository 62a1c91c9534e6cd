"""A quoted goal and the person or body that says it (letter A, issue 12).

News reports quote a goal and then name who said it: "'De omzet moet dit jaar met 10 procent
stijgen', zegt directeur Jan Peeters". The speaker states the goal as their own, so they own it,
whatever the quoted sentence's subject. Without quotation marks, or with no one named after the
verb, the speaker reading does not apply. Written in our own words.
"""

from __future__ import annotations

import re

import pytest

from .test_owners import case_ids, owner_of

QUOTED_AND_ATTRIBUTED = [
    "'De omzet moet dit jaar met 10 procent stijgen', zegt directeur Jan Peeters.",
    "“Het aantal bezoekers moet tegen 2028 groeien naar 400.000”, aldus schepen Els Wouters.",
    "'Tegen 2030 moet het afval met een derde omlaag', vertelt burgemeester De Smet.",
    "‘Het marktaandeel moet in 2027 naar 12 procent’, aldus een woordvoerder van de keten.",
    "“Revenue should grow 10% this year,” said CEO Jane Doe.",
    "\"Churn must fall below 3% by June 2027,\" Priya Nair said.",
    "'Bookings will rise 15% by 2028', says the airline's chief executive, Tom Hale.",
]


@pytest.mark.parametrize("text", QUOTED_AND_ATTRIBUTED, ids=case_ids(QUOTED_AND_ATTRIBUTED))
def test_the_speaker_of_a_quoted_goal_owns_it(text: str) -> None:
    owner = owner_of(text)
    attribution = re.split(r"[’'\"”]\s*,?\s", text)[-1].lower()  # what follows the closing quote
    assert owner is not None and owner.lower().split()[-1] in attribution


NO_SPEAKER = [
    "De omzet moet dit jaar met 10 procent stijgen.",
    "'De omzet moet dit jaar met 10 procent stijgen.'",
    "“Revenue should grow 10% this year.”",
    "'Het aantal klachten moet in 2027 halveren', staat in het rapport.",
]


@pytest.mark.parametrize("text", NO_SPEAKER, ids=case_ids(NO_SPEAKER))
def test_a_goal_without_a_named_speaker_has_no_owner(text: str) -> None:
    assert owner_of(text) is None
