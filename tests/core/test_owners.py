"""Who owns a goal (the SMART letter A), one class of real sentence per table.

Each table is a class met in real goals (DOMAIN.md, "Reading real sentences"), in our own words
and in both languages where the class exists: a noise phrase that is no actor must not be read
as the owner, and a name that looks like some other word must be. ``today`` is pinned so dates
resolve the same on every run.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


def owner_of(text: str) -> str | None:
    result = smart_check(text, today=TODAY)
    assert result.verdicts["A"].passed == (result.parsed.actor is not None)
    return result.parsed.actor


def _ids(cases: list) -> list[str]:
    return [(case if isinstance(case, str) else case[0])[:50] for case in cases]


# --- a noun after "per" is a unit, never the subject ---------------------------------------------
PER_UNIT = [
    "De gemiddelde lastendruk per huishouden stijgt met hooguit 2% in 2027",
    "Het aantal klachten per vestiging daalt naar 10 per maand in 2027",
    "Revenue per employee grows by 12% next year",
    "Average order value per customer increases to $80 by June",
]


@pytest.mark.parametrize("text", PER_UNIT, ids=_ids(PER_UNIT))
def test_a_unit_after_per_owns_nothing(text: str) -> None:
    assert owner_of(text) is None


# --- a speaker named after the goal reports it; before it, the speaker states its own plan -------
SPEAKERS = [
    ("Om het doel te halen moet het tempo omhoog tot 35.000 woningen per jaar, zei Aedes eerder.", None),
    ("Het aantal bezoekers moet in 2027 stijgen naar 80.000, zegt de woordvoerder.", None),
    ("Bij de jaarcijfers zei Alfen voor 2027 te mikken op een omzet van 600 miljoen euro.", "Alfen"),
    ("Vorige week zei het bedrijf dat het in 2027 de omzet met 10% wil verhogen.", "het bedrijf"),
]


@pytest.mark.parametrize("text, owner", SPEAKERS, ids=_ids(SPEAKERS))
def test_a_speaker_after_the_goal_is_no_owner(text: str, owner: str | None) -> None:
    assert owner_of(text) == owner


# --- a name that is also a common word, right before a verb of intent -----------------------------
NAMES_THAT_ARE_WORDS = [
    ("Athletics brand On plans to double net sales by 2026", "On"),
    ("For the long term, On hopes to grow net sales by 20% a year by 2030", "On"),
    ("Target will remodel 100 stores this year and open 20 new ones by 2027", "Target"),
    ("In response, Target has set a goal of $15 billion in sales by 2030", "Target"),
    ("After a slow year, Next wants to grow online sales by 8% in 2027", "Next"),
]


@pytest.mark.parametrize("text, owner", NAMES_THAT_ARE_WORDS, ids=_ids(NAMES_THAT_ARE_WORDS))
def test_a_name_that_is_also_a_word_owns_the_goal(text: str, owner: str) -> None:
    assert owner_of(text) == owner


NOT_NAMES = [
    "Target will be reached by the end of 2027 with 500 new leads",  # the goal noun, passive
    "Target: 20% more leads by June 2027",
    "Mid-Year Campaign aims to double monthly donors by June 2027",  # a goal noun in a title
    "Growth will come from 20% more leads by June 2027",
]


@pytest.mark.parametrize("text", NOT_NAMES, ids=_ids(NOT_NAMES))
def test_a_goal_noun_with_a_capital_is_no_name(text: str) -> None:
    assert owner_of(text) is None
