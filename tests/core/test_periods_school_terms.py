"""Terms of a school year as deadlines (DOMAIN.md, "Reading real sentences", T): issue 12, class
"a student's goal runs over a block or a semester".

Student learning goals name the term they run over: "dit blok", "tijdens dit onderwijsblok", "aan
het einde van dit blok", "this semester", "by the end of the semester". Each is a period (a block
is about a quarter of a year, a semester half of one), so T passes; the number that names a term
("blok 4", "semester 2") is no target. Our own sentences, both languages; ``today`` is pinned.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)

TERM_DEADLINES = [
    ("Tijdens dit blok wil ik minstens drie klantinterviews houden", date(2027, 3, 7)),
    ("Ik wil dit blok mijn gemiddelde cijfer verhogen naar een 7,5", date(2027, 3, 7)),
    ("Aan het einde van dit blok wil ik 40 volgers op mijn portfolio-site hebben", date(2027, 3, 7)),
    ("Vóór het einde van dit lesblok wil ik tien oefentoetsen gemaakt hebben", date(2027, 3, 7)),
    ("Dit semester wil ik mijn studiepunten verhogen naar 30", date(2027, 6, 7)),
    ("Volgend semester wil ik mijn presentatiescore verhogen naar 8", date(2027, 12, 7)),
    ("This semester I will raise my quiz average to 85%", date(2027, 6, 7)),
    ("By the end of the semester our club wants 60 paying members", date(2027, 6, 7)),
    ("During this trimester we will grow newsletter sign-ups to 400", date(2027, 4, 7)),
]


@pytest.mark.parametrize(("text", "deadline"), TERM_DEADLINES)
def test_a_term_of_the_school_year_is_a_deadline(text, deadline):
    result = smart_check(text, today=TODAY)
    assert result.verdicts["T"].passed, result.verdicts["T"].reason
    assert result.parsed.deadline == deadline


TERM_NAMES = [
    "Aan het einde van dit blok (blok 3) lees ik elk verslag na voordat ik het inlever",
    "In semester 2 ga ik beter plannen",
    "Voor het einde van blok 2 werk ik mijn aantekeningen bij",
]


@pytest.mark.parametrize("text", TERM_NAMES)
def test_the_number_that_names_a_term_is_no_target(text):
    result = smart_check(text, today=TODAY)
    assert result.parsed.target is None
    assert not result.verdicts["M"].passed


def test_a_term_with_no_this_or_next_before_it_stays_a_word():
    # "een blok kaas", "the semester system": a block or semester not under way is no deadline
    result = smart_check("We willen 20% meer blok kaas verkopen", today=TODAY)
    assert result.parsed.deadline is None


# Issue 12, class "one term counted out": "in one growing season", "binnen één seizoen", "within a
# single semester" are one term from now, like "within one year"; the "one" is no target.
ONE_TERM = [
    ("Lift wheat yields by 8% in one growing season", date(2027, 12, 7)),
    ("Binnen één seizoen wil de club 150 nieuwe jeugdleden", date(2027, 12, 7)),
    ("Within a single semester I will raise my average grade to 7", date(2027, 6, 7)),
]


@pytest.mark.parametrize(("text", "deadline"), ONE_TERM)
def test_one_term_counted_out_is_a_deadline(text, deadline):
    result = smart_check(text, today=TODAY)
    assert result.parsed.deadline == deadline
    assert result.parsed.target != 1.0
