"""Which way a goal should go, class by class: S passes only when the text names a direction for
what it measures (DOMAIN.md, "Reading real sentences"; tests/core/corpus/README.md).

Each table is one class of sentence where real goals showed S passing although the direction was
left open (issue 12). The cases are written for these tests, in both languages where the class
exists, and none of them is a goal from the corpus. Each class also keeps its neighbours: the
sentences that must still pass S are listed beside the ones that must fail it.
"""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


def _specific(text: str) -> bool:
    return smart_check(text, today=TODAY).verdicts["S"].passed


# A noun that looks like a verb of acquiring ("land", "win", "close") names a thing after an
# article or a preposition: a bare level beside it stays a level, its direction open.
NOUN_NOT_ACQUIRING = [
    "Tegen 2029 wil de provincie 60% coöperatief eigendom van windturbines op land.",
    "Het netbedrijf wil in 2028 glasvezel naar 2 miljoen adressen, zo'n 40 procent van het land.",
    "De coöperatie streeft naar 35% lokaal eigendom van zonneparken op land in 2030.",
    "The utility aims for 45% community ownership of wind farms on land by 2031.",
]
STILL_ACQUIRING = [
    "We will land 12 new enterprise clients by the end of Q3.",
    "Het salesteam wil in 2027 het binnenhalen van 40 nieuwe klanten realiseren.",
    "The board set a goal of attracting 5,000 new members in 2028.",
    "Onze doelstelling voor 2027 is het werven van 300 nieuwe donateurs.",
]


@pytest.mark.parametrize("text", NOUN_NOT_ACQUIRING)
def test_a_noun_that_looks_like_an_acquiring_verb_leaves_the_direction_open(text: str) -> None:
    assert not _specific(text)


@pytest.mark.parametrize("text", STILL_ACQUIRING)
def test_a_verb_of_acquiring_or_its_gerund_still_says_increase(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.verdicts["S"].passed, result.verdicts["S"].reason
    assert result.parsed.direction == "increase"


# A bound word after a share to reach limits the measure ("hooguit een kwartier" per ride,
# "at most 10 minutes" per call), not the share: the share is a bare level and S fails. A bound
# before the share is the goal's own floor or ceiling, and S passes.
BOUND_ON_THE_MEASURE = [
    "Afgesproken is dat 90 procent van de pakketten hooguit twee dagen onderweg mag zijn.",
    "In 2027 moet 85% van de klachten binnen maximaal vijf werkdagen zijn afgehandeld.",
    "By 2028, 90% of support tickets are answered in at most 4 hours.",
    "Our goal: 75% of trial users log in at least three days a week by June 2027.",
]
BOUND_ON_THE_TARGET = [
    "Afgesproken is dat minstens 90 procent van de pakketten binnen twee dagen wordt bezorgd.",
    "By 2028, at least 90% of support tickets are answered within 4 hours.",
    "In 2027 moet het verloop onder de 8% blijven.",
    "Keep the churn rate below 3% through 2027.",
]


@pytest.mark.parametrize("text", BOUND_ON_THE_MEASURE)
def test_a_bound_on_the_measure_leaves_the_share_a_bare_level(text: str) -> None:
    assert not _specific(text)


@pytest.mark.parametrize("text", BOUND_ON_THE_TARGET)
def test_a_bound_on_the_target_still_gives_the_direction(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.verdicts["S"].passed, result.verdicts["S"].reason
    assert result.parsed.direction in ("at_least", "at_most")


# Planting and certifying are work done, like publishing posts: what they count is no metric.
PLANTING_AND_CERTIFYING = [
    "We will plant 2,500 trees along the river by 2028.",
    "The council plans to plant 40,000 new trees over the next ten years.",
    "De gemeente wil in 2027 5.000 bomen aanplanten in nieuwe wijken.",
    "By 2029 we certify 30 of our warehouses as carbon neutral.",
]


@pytest.mark.parametrize("text", PLANTING_AND_CERTIFYING)
def test_planting_and_certifying_are_work_not_a_metric(text: str) -> None:
    assert not _specific(text)


# A zero to reach with no baseline and no direction word is a bare level like any other; a verb
# that brings it down, or a baseline, still gives the direction.
BARE_ZERO = [
    "Zero workplace accidents in 2028.",
    "Our aim: 0 data breaches by the end of next year.",
    "De gemeente streeft naar 0 ongevallen op schoolroutes in 2030.",
    "Nul klachten over de bezorging in het eerste kwartaal van 2027.",
]
ZERO_WITH_A_DIRECTION = [
    "Reduce workplace accidents to zero by 2028.",
    "Bring data breaches down from 4 to 0 by the end of next year.",
    "De gemeente wil het aantal ongevallen op schoolroutes terugbrengen naar 0 in 2030.",
    "Verlaag het aantal klachten over de bezorging van 40 naar nul in 2027.",
]


@pytest.mark.parametrize("text", BARE_ZERO)
def test_a_bare_zero_leaves_the_direction_open(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert not result.verdicts["S"].passed
    assert result.parsed.target == 0


@pytest.mark.parametrize("text", ZERO_WITH_A_DIRECTION)
def test_a_zero_with_a_direction_word_or_baseline_passes(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.verdicts["S"].passed, result.verdicts["S"].reason
    assert result.parsed.direction == "decrease"


# A direction word inside an idiom or a plan's name says nothing of the goal's metric: "onder
# andere/meer" is "among others", no ceiling; "a growth plan" names the plan; "chalk up" and "shut
# down" are phrasal verbs; "niet meer" is "no longer"; "meer moeite doen" is effort, not a measure.
IDIOM_OR_NAME = [
    "De club wil onder andere 500 jeugdleden hebben in 2028.",
    "Het museum mikt onder meer op 250.000 bezoekers in 2027.",
    "The airline unveiled a growth plan targeting 2 million members by 2029.",
    "Our five-year growth strategy: 500 franchise partners by 2030.",
    "The chain aims to chalk up 2 million loyalty members within three years.",
    "Zero production lines shut down for repairs in 2027.",
    "De gemeente wil in 2028 dat 60% van de daken die niet meer gebruikt worden zonnepanelen heeft.",
    "Scholen moeten meer moeite doen om in 2027 op 95 procent aanwezigheid uit te komen.",
    "Retailers must do more to make sure 40% of packaging is reusable by 2029.",
    "In 2027 we make sure 98% of orders ship on the day they are placed.",
    "Keep in touch with 200 past clients every quarter of 2027.",
    "Keep in mind that 30% of our buyers order from abroad in 2027.",
]
DIRECTION_BESIDE_AN_IDIOM_OR_NAME = [
    "De club wil onder andere het aantal jeugdleden verhogen naar 500 in 2028.",
    "Het verloop moet onder de 5% blijven in 2027.",
    "Under the new growth plan we will grow revenue by 20% in 2027.",
    "Our growth strategy aims to increase franchise partners from 300 to 500 by 2030.",
    "Bring support tickets down from 400 to 300 a month by June 2027.",
    "We willen in 2028 niet meer dan 5% uitval in het eerste jaar.",
    "Scholen moeten in 2027 meer leerlingen naar het hoger onderwijs begeleiden: van 30% naar 40%.",
    "Ramp up weekly demo requests from 40 to 60 by the end of Q2.",
    "Keep the share of repeat buyers at 30% in 2027.",
]


@pytest.mark.parametrize("text", IDIOM_OR_NAME)
def test_a_direction_word_in_an_idiom_or_a_plan_name_gives_no_direction(text: str) -> None:
    assert not _specific(text)


@pytest.mark.parametrize("text", DIRECTION_BESIDE_AN_IDIOM_OR_NAME)
def test_a_real_direction_beside_an_idiom_or_a_plan_name_still_counts(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.verdicts["S"].passed, result.verdicts["S"].reason


# "N keer in de week", "N times in the month" say how often each one does it, as "per week"
# does: a frequency is no factor to grow by, so it cannot give the goal a direction or a change.
FREQUENCY_NOT_FACTOR = [
    "We willen dat in 2028 70 procent van de leden minstens twee keer in de week traint.",
    "In 2027 sport 60% van de jongeren ten minste drie keer in de week.",
    "Our aim for 2028: 65% of members attend at least 4 times in the month.",
]
FACTOR = [
    ("Increase sign-ups 3 times by the end of 2027.", 2.0),
    ("Het aantal leden moet in 2028 twee keer zo groot zijn als nu.", 1.0),
]


@pytest.mark.parametrize("text", FREQUENCY_NOT_FACTOR)
def test_a_frequency_is_no_factor_and_gives_no_direction(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.parsed.relative_change is None
    assert not result.verdicts["S"].passed


@pytest.mark.parametrize(("text", "change"), FACTOR)
def test_a_factor_without_a_period_after_it_is_still_a_change(text: str, change: float) -> None:
    assert smart_check(text, today=TODAY).parsed.relative_change == change


# Keeping to a goal ("we houden vast aan de doelstelling van …", "we keep our target of …") commits
# to the goal; it does not say the metric should stay where it is. The level in the goal is bare.
KEEPING_TO_A_GOAL = [
    "Wij houden vast aan ons doel van 300 vrijwilligers in 2028.",
    "De club houdt de doelstelling van 800 leden in 2029 vast.",
    "We keep our target of 500 members for 2027.",
    "We maintain the goal of 40,000 visitors in 2028.",
]
KEEPING_A_LEVEL = [
    "Keep the churn rate at 3% in 2027, in line with our annual target.",
    "Houd het verloop onder de 5% conform de doelstelling voor 2027.",
    "We behouden in 2027 een klanttevredenheid van minimaal 8.",
]


@pytest.mark.parametrize("text", KEEPING_TO_A_GOAL)
def test_keeping_to_a_goal_gives_no_direction(text: str) -> None:
    assert not _specific(text)


@pytest.mark.parametrize("text", KEEPING_A_LEVEL)
def test_keeping_a_level_still_gives_a_direction(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.verdicts["S"].passed, result.verdicts["S"].reason


# New homes, stores or hotels are built or opened: work done, like publishing posts, not a
# measure that grows by itself. A count of new customers, members or subscribers still grows.
NEW_BUILDINGS = [
    "De provincie wil tot 2030 jaarlijks 4.000 nieuwe woningen in de regio.",
    "Op de planning voor 2028 staan 25 nieuwe winkels in Wallonië.",
    "The group targets 120 new hotels across Europe by 2029.",
    "By 2028, 15 new schools in the northern districts.",
    "Voor 2029 staan 12 nieuwe Lidl-supermarkten op de planning.",
]
NEW_MEMBERS = [
    "Op de planning voor 2028 staat het werven van 250 nieuwe leden voor de club.",
    "Gain 500 new subscribers to the newsletter by the end of Q3 2027.",
    "In 2027 willen we 40 nieuwe klanten binnenhalen in Wallonië.",
]


@pytest.mark.parametrize("text", NEW_BUILDINGS)
def test_new_buildings_are_work_and_give_no_direction(text: str) -> None:
    assert not _specific(text)


@pytest.mark.parametrize("text", NEW_MEMBERS)
def test_a_count_of_new_members_or_customers_still_grows(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.verdicts["S"].passed, result.verdicts["S"].reason
    assert result.parsed.direction == "increase"


# A clause that says what the goal leads to ("which will reduce …", "waardoor … vermindert",
# "focusing on increasing …") speaks of another thing: after the goal's count it gives no
# direction to the goal's own level.
CONSEQUENCE_CLAUSE = [
    "By 2028, 40% of our buses run on electricity, which will reduce emissions in the city centre.",
    "We want 5,000 members by 2027, focusing on growing the youth section.",
    "In 2027 moet 30% van de daken groen zijn, waardoor de hittestress in de wijk vermindert.",
]
DIRECTION_BEFORE_THE_CLAUSE = [
    "Reduce fuel costs by 20% by 2028, which will free budget for new routes.",
    "Verhoog het ledental met 10% in 2027, waardoor de contributie-inkomsten stijgen.",
    "Grow newsletter subscribers from 2,000 to 3,000 by June 2027, focusing on growing referrals.",
]


@pytest.mark.parametrize("text", CONSEQUENCE_CLAUSE)
def test_a_consequence_clause_gives_the_goal_no_direction(text: str) -> None:
    assert not _specific(text)


@pytest.mark.parametrize("text", DIRECTION_BEFORE_THE_CLAUSE)
def test_the_goals_own_direction_before_a_consequence_clause_counts(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.verdicts["S"].passed, result.verdicts["S"].reason


# Verbs that win or book what they count are acquisition verbs (DOMAIN.md): with a count, an increase.
MORE_ACQUIRING = [
    "Garner 500 new reviews on Google by the end of 2027",
    "The library wants to garner 1,000 signatures by June 2027",
    "Upsell 50 existing customers to the premium plan by Q4 2027",
    "Orange wil in 2027 10 procent van de markt veroveren",
    "We willen in 2027 15% marktaandeel veroveren",
    "De club wil in 2027 300 nieuwe leden winnen",
    "We willen in 2027 2% marktaandeel winnen",
]


@pytest.mark.parametrize("text", MORE_ACQUIRING)
def test_winning_booking_and_conquering_a_count_is_an_increase(text: str) -> None:
    result = smart_check(text, today=TODAY)
    assert result.verdicts["S"].passed, result.verdicts["S"].reason
    assert result.parsed.direction == "increase"


@pytest.mark.parametrize("text", ["Schedule 40 sales meetings in Q3 2027",
                                  "The SDR team will schedule 60 demos by the end of Q2 2027"])
def test_scheduling_a_count_is_an_increase(text: str) -> None:
    assert smart_check(text, today=TODAY).parsed.direction == "increase"  # (what "meetings" measure: S's own question)


# "zo groot/klein/kort/weinig mogelijk": as far as it goes, up or down.
AS_FAR_AS_POSSIBLE = [
    ("We willen het bereik van onze nieuwsbrief in 2027 zo groot mogelijk maken", "increase"),
    ("We willen de wachttijd in 2027 zo klein mogelijk maken", "decrease"),
    ("De wachttijd aan de kassa moet in 2027 zo kort mogelijk zijn", "decrease"),
    ("We willen in 2027 zo weinig mogelijk klachten over de levering", "decrease"),
]


@pytest.mark.parametrize("text, direction", AS_FAR_AS_POSSIBLE)
def test_as_large_or_as_small_as_possible_says_the_way(text: str, direction: str) -> None:
    assert smart_check(text, today=TODAY).parsed.direction == direction


# A verb that names the rate ("close rate", "win rate") acquires nothing: a bare level to reach
# leaves the direction open (DOMAIN.md); "from"/"raise" still give it.
RATE_LEVELS = [
    "100% close rate on all opportunities in Q3 2027",
    "Reach a 100% close rate by Q3 2027",
    "Achieve a 35% win rate by the end of 2027",
    "Een closing rate van 40% in 2027",
]


@pytest.mark.parametrize("text", RATE_LEVELS)
def test_a_level_of_a_rate_named_by_a_verb_is_no_increase(text: str) -> None:
    assert smart_check(text, today=TODAY).parsed.direction != "increase"


@pytest.mark.parametrize("text", [
    "Raise our close rate from 20% to 30% by Q3 2027",
    "Verhoog de win rate van 20% naar 25% in 2027",
])
def test_a_rate_named_by_a_verb_still_rises_when_the_text_says_so(text: str) -> None:
    assert smart_check(text, today=TODAY).parsed.direction == "increase"
