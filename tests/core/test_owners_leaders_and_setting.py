"""The people who lead organisations, and bodies that set a target (DOMAIN.md, "Reading real
sentences", A): issue 12, classes "the bosses of the organisations act" and "establishing a
target owns it".

"The bosses of five supermarkets have promised to …", "De bestuurders van drie clubs willen …":
the subject is the people who act for the organisations named after "of"/"van", with counts,
articles and a possessive between, so there is an owner. "Acme established a target of …" adopts
the target, as "set", "announced" and "approved" do. A Dutch sentence that opens with an adverb of
cause ("Hierdoor wil het museum …") has its subject after the verb. Our own lines.
"""

from __future__ import annotations

import pytest

from xlsmart import smart_check

OWNED = [
    ("The bosses of four big bakeries have promised to halve flour waste by 2030", "bosses"),
    ("The heads of the two regional hospitals pledged to cut waiting times by 20% by 2028", "heads"),
    ("De bestuurders van drie amateurclubs willen in 2027 20% meer jeugdleden", "bestuurders"),
    ("The Westfield Trust established a target of 4,000 members for 2027", "trust"),
    ("Riverside Hospital established a goal of a 5% operating margin in 2028", "hospital"),
    ("Hierdoor wil het museum in 2027 15% meer bezoekers trekken", "museum"),
]


@pytest.mark.parametrize(("text", "word"), OWNED)
def test_leaders_and_setting_bodies_own_the_goal(text, word):
    result = smart_check(text)
    assert result.verdicts["A"].passed, result.verdicts["A"].reason
    assert word in result.parsed.actor.lower()


def test_sales_of_stores_is_no_owner():
    # "of" after a metric is no group of people acting
    assert smart_check("Sales of the three stores will grow 10% by 2027").parsed.actor is None


TRADES = [
    ("Hierdoor kan de Goudse kaasmakerij haar omzet in 2027 met 30% verhogen", "kaasmakerij"),
    ("De bakkerij wil in 2027 20% meer broden verkopen", "bakkerij"),
    ("Met de nieuwe kade wil de rederij in 2028 40 extra afvaarten per week", "rederij"),
]


@pytest.mark.parametrize(("text", "word"), TRADES)
def test_a_trade_named_by_its_workshop_is_an_organisation(text, word):
    # (Dutch names a business by its workshop: "-makerij", "bakkerij", "rederij", "fabriek")
    result = smart_check(text)
    assert result.verdicts["A"].passed, result.verdicts["A"].reason
    assert result.parsed.actor.lower().split()[-1] == word
