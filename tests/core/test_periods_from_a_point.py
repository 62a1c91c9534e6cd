"""Periods written without "within N months" (DOMAIN.md, "Reading real sentences", T): issue 12,
class "a period counted from a point, or a named part of a year".

In our own words, in both languages: a stretch counted from now ("one year from now", "zes
maanden vanaf vandaag"), from the start of the year ("nine months into the year"), the middle
or the start of a year ("by midyear", "halverwege het jaar", "begin 2028"), a span of years
("in de jaren 2027 tot en met 2029", "2027 t/m 2029"), a year named as the goal's own ("2028
wordt het jaar waarin …"), the course of a year ("in de loop van 2028"), a compound year
after "dit" ("dit jubileumjaar"), a period named before ("the end of that same year", "binnen
diezelfde termijn van drie jaar"), a decade, a weekend, a season after a possessive and a
campaign or plan with its length glued on ("month-long", "three-year growth plan"). ``today`` is pinned so the dates resolve the same on every run.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


def parsed(text: str):
    return smart_check(text, today=TODAY).parsed


PERIODS = [
    # counted from now
    ("One year from now we want 40 five-star reviews", date(2027, 12, 7)),
    ("Six months from today the shop should have 900 subscribers", date(2027, 6, 7)),
    ("Zes maanden vanaf vandaag willen we 250 nieuwe donateurs hebben", date(2027, 6, 7)),
    ("Over een jaar vanaf nu heeft de club 30% meer leden", date(2027, 12, 7)),
    # counted from the start of the year
    ("Raise repeat orders by 8% three months into the year", date(2026, 3, 31)),
    ("Lift renewals 5% by a deadline six months into the fiscal year", date(2026, 6, 30)),
    # the middle or the start of a year
    ("Grow the newsletter by 15% by midyear", date(2027, 6, 30)),
    ("Halverwege het jaar moet de webshop 20% meer bestellingen verwerken", date(2027, 6, 30)),
    ("By the middle of the year our team wants 60 signed partners", date(2027, 6, 30)),
    ("De nieuwe winkel moet begin 2028 zeshonderd klanten per week trekken", date(2028, 3, 31)),
    ("Early 2028 we will reach 1,000 paying users", date(2028, 3, 31)),
    # a span of years: its last year
    ("De uitgeverij wil in de jaren 2027 tot en met 2029 jaarlijks 4% groeien", date(2029, 12, 31)),
    ("Omzet 6% hoger in 2027 t/m 2029", date(2029, 12, 31)),
    # a year named as the goal's own
    ("2028 wordt het jaar waarin we 10 nieuwe vestigingen openen", date(2028, 12, 31)),
    ("Make 2028 the year we double our trial sign-ups", date(2028, 12, 31)),
    ("2029 will be the year our NPS reaches 60", date(2029, 12, 31)),
    # the course of a year; a compound year after "dit"
    ("Het energiebedrijf sluit in de loop van 2028 wekelijks 300 huizen aan", date(2028, 12, 31)),
    ("In the course of 2028 we want 15% fewer returns", date(2028, 12, 31)),
    ("In dit jubileumjaar wil de vereniging 200 nieuwe leden werven", date(2026, 12, 31)),
    ("Komend schooljaar willen we het verzuim met 10% verlagen", date(2027, 12, 31)),
    # an end, a middle or a stretch said by pointing at a period named before, or at a decade
    ("Grow bookings by 12% by the end of that same year", date(2026, 12, 31)),
    ("Tegen het einde van datzelfde jaar willen we 300 nieuwe leden", date(2026, 12, 31)),
    ("Binnen diezelfde termijn van drie jaar willen we 2 miljoen bezoekers halen", date(2029, 12, 7)),
    ("By the middle of this decade we want 2 million app users", date(2025, 6, 30)),
    ("Double our donors by the end of the decade", date(2029, 12, 31)),
    # a season after a possessive, a weekend, a campaign or plan whose length is glued to it
    ("Our fall goal is 15% more visitors to the gallery", date(2027, 11, 30)),
    ("Dit weekend willen we 500 kaartjes verkopen", date(2026, 12, 13)),
    ("During this month-long campaign we want 400 sign-ups", date(2027, 1, 7)),
    ("A three-year growth plan targets 15% more revenue", date(2029, 12, 7)),
    # "more than 50%" is a bound on the number: the date after it stays the deadline
    ("Reach more than 40% retention by June 30", date(2027, 6, 30)),
    ("Minstens 60% van de klanten betaalt digitaal, meer dan 20% tegen 1 mei", date(2027, 5, 1)),
]


@pytest.mark.parametrize("text, deadline", PERIODS, ids=[case[0][:50] for case in PERIODS])
def test_a_period_counted_from_a_point(text: str, deadline: date) -> None:
    assert parsed(text).deadline == deadline


# --- look-alikes that are no deadline ----------------------------------------------------------
NOT_PERIODS = [
    "Our Mid-Year Campaign aims to double monthly donors",
    "De midden-jaar actie moet het aantal donateurs verdubbelen",
    "We grow into the market with more leads",
    "Nu hebben we 300 leden en we willen er meer",
    # a time past, and a year as a yardstick
    "In de vijf jaar geleden opgestelde agenda staat 10 procent meer leden",
    "Het percentage moet weer dalen naar het niveau van vóór 2015",
    "Keep our costs at the level of 2019",
]


@pytest.mark.parametrize("text", NOT_PERIODS, ids=[text[:50] for text in NOT_PERIODS])
def test_a_look_alike_gives_no_deadline(text: str) -> None:
    assert parsed(text).deadline is None


# --- the numbers beside such a period keep their roles ------------------------------------------
def test_a_span_s_first_year_is_no_target() -> None:
    goal = parsed("Omzet 6% hoger in 2027 t/m 2029")
    assert goal.target is None and goal.relative_change == pytest.approx(0.06)


def test_from_today_is_no_baseline_cue() -> None:
    goal = parsed("Wij willen zes maanden vanaf vandaag 200 leden hebben")
    assert goal.baseline is None and goal.target == 200


def test_the_count_of_months_into_the_year_is_no_target() -> None:
    goal = parsed("Increase membership 10% by a deadline nine months into the year")
    assert goal.target is None and goal.relative_change == pytest.approx(0.10)


def test_a_time_past_is_no_count() -> None:
    goal = parsed("In de vijf jaar geleden opgestelde agenda staat 10 procent meer leden")
    assert goal.target != 5 and goal.relative_change == pytest.approx(0.10)
