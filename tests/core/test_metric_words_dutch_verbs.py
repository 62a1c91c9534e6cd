"""A Dutch finite verb after its subject ends the subject's name (issue 12, class "a Dutch verb
after its subject").

Dutch writes a name's nouns as one compound ("bezoekersaantal", "nieuwsbriefabonnees"), so a word
after a noun in the same run, when the noun is no adjective's and an article or possessive follows,
is the verb of the clause: "Veel webshops halen een conversie van 3%". The metric words never carry
that verb. English has its own shape of the same class (a participle after a noun, "posts
published"), read elsewhere. The cases are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)

VERB_AFTER_SUBJECT = [
    # text, the verb that must not be in the metric words
    ("De club rekent op 10 procent meer leden, onderstreept de voorzitter.", "onderstreept"),
    ("Het theater mikt op 20 procent meer bezoekers, bevestigt een woordvoerster.", "bevestigt"),
    ("Veel gemeenten ramen deze uitgaven op hoogstens 5 miljoen euro.", "ramen"),
    ("Veel ondernemers schatten hun groei op minstens 10 procent.", "schatten"),
]


@pytest.mark.parametrize(("text", "verb"), VERB_AFTER_SUBJECT)
def test_a_dutch_verb_after_a_noun_is_not_part_of_the_metric(text: str, verb: str) -> None:
    words = smart_check(text, today=TODAY).parsed.metric_words
    assert words is None or verb not in words.split(), words


ADJECTIVE_AND_NOUN = [
    # an adjective before its noun keeps the two together, inflected or not
    ("Verhoog het aantal gekwalificeerde leads met 20% voor de komende zomer", "gekwalificeerde leads"),
    ("Verminder niet-recyclebaar afval met 30% voor het einde van het jaar", "niet-recyclebaar afval"),
    ("Verhoog de maandelijkse omzet met 10% de komende drie maanden", "maandelijkse omzet"),
]


@pytest.mark.parametrize(("text", "name"), ADJECTIVE_AND_NOUN)
def test_an_adjective_and_its_noun_stay_one_name(text: str, name: str) -> None:
    assert smart_check(text, today=TODAY).parsed.metric_words == name
