"""Reading goals the way real marketers write them (DOMAIN.md, "Reading real sentences").

Each table is one class of sentence, in our own words, with several cases in both languages:
the metric is whatever the goal measures (known to the lexicon or not), owners are subjects
that act, baselines come in many shapes, numbers and deadlines are read as people write them.
``today`` is pinned so dates resolve the same on every run.
"""

from __future__ import annotations

import time
from datetime import date

import pytest

from xlsmart import smart_check

TODAY = date(2026, 12, 7)


def understood(text: str, **kwargs: object):
    result = smart_check(text, today=TODAY, **kwargs)
    return result, result.parsed


# --- S: any metric, named in the goal's own words ----------------------------------------------
# (text, the metric's words, the canonical metric the lexicon knows or None)
OPEN_METRICS = [
    ("Grow our email list from 4,000 to 6,000 contacts by June", "email list", "subscribers"),
    ("We want to lift the win rate from 18% to 24% this year", "win rate", "win rate"),
    ("Shorten the sales cycle from 90 to 60 days in 2027", "sales cycle", "sales cycle"),
    ("Reduce support response time to under 4 hours by Q3", "support response time", "response time"),
    ("Increase average session duration from 1:40 to 2:30 within six months", "average session duration",
     "session duration"),
    ("Double the pipeline to $2M before the end of the year", "pipeline", "pipeline"),
    ("Raise online donations by 25% during the spring appeal", "online donations", "donations"),
    ("Increase webinar attendance rate to 45% by March", "webinar attendance rate", None),
    ("Improve the referral rate among existing clients to 12% this year", "referral rate", None),
    ("We verhogen de sessieduur van 2 naar 3 minuten voor 1 juli", "sessieduur", "session duration"),
    ("Wij verbeteren de verkoopresultaten met 10% in 2027", "verkoopresultaten", "revenue"),
    ("Een omzetgroei van 8% realiseren in 2027", "omzetgroei", "revenue"),
    ("Het betrokkenheidspercentage op Instagram verhogen naar 5% binnen een half jaar",
     "betrokkenheidspercentage", "engagement"),
    ("Wij willen de herhaalaankopen met 15% laten stijgen dit jaar", "herhaalaankopen", "orders"),
    ("Verlaag het aantal retourzendingen van 9% naar 6% in Q2", "retourzendingen", None),
    ("We verkorten de levertijd van webshoporders naar 2 dagen binnen drie maanden", "levertijd", "lead time"),
]


@pytest.mark.parametrize("text, words, metric", OPEN_METRICS, ids=[case[0][:50] for case in OPEN_METRICS])
def test_the_metric_is_what_the_goal_measures_known_or_not(text: str, words: str, metric: str | None) -> None:
    result, goal = understood(text)
    assert goal.metric_words == words
    assert goal.metric == metric
    assert result.verdicts["S"].passed, result.verdicts["S"].reason


# Things that are not each other: each is recognised as itself, never as a neighbour.
DISTINCT = [
    ("Increase the engagement rate on LinkedIn to 4% by June", "engagement"),
    ("Improve customer retention from 70% to 78% in 2027", "retention"),
    ("Lift the newsletter open rate from 21% to 26% by Q2", "open rate"),
    ("Cut monthly churn from 3% to 2% by year end", "customer churn"),
    ("Halve the number of complaints about delivery in 2027", "complaints"),
    ("Reduce returns from 12% to 9% of orders by September", "returns"),
    ("Reach 20,000 newsletter subscribers by December", "subscribers"),
    ("Grow monthly active users from 40k to 55k in Q3", "active users"),
    ("Raise brand awareness among students from 22% to 30% this year", "brand awareness"),
    ("We verhogen het aantal abonnees van 800 naar 1.100 in 2027", "subscribers"),
    ("Wij verlagen het aantal klachten met 20% voor 1 juli", "complaints"),
    ("De naamsbekendheid moet stijgen van 30% naar 40% in 2027", "brand awareness"),
]


@pytest.mark.parametrize("text, metric", DISTINCT, ids=[case[0][:50] for case in DISTINCT])
def test_distinct_metrics_stay_distinct(text: str, metric: str) -> None:
    _, goal = understood(text)
    assert goal.metric == metric


@pytest.mark.parametrize("text, words", [
    ("Reduce support response time to under 4 hours by Q3", "support response time"),
    ("Increase our Instagram followers to 10,000 by June", "instagram followers"),
    ("Verhoog het aantal websitebezoekers met 25% binnen zes maanden", "websitebezoekers"),
])
def test_every_reason_that_names_the_metric_quotes_its_words(text: str, words: str) -> None:
    result, _ = understood(text)
    naming = [v.reason for v in result.verdicts.values() if words in v.reason.casefold()]
    assert naming, result.gaps()


ACTIVITIES = [
    "Publish 20 blog posts before the summer",
    "We will host three webinars per quarter",
    "Write two case studies every month",
    "Wij publiceren elke week 2 blogartikelen in 2027",
    "Het organiseren van 4 klantevenementen dit jaar",
    "Ons team plaatst wekelijks 3 posts op LinkedIn",
]


@pytest.mark.parametrize("text", ACTIVITIES)
def test_an_activity_is_not_a_metric(text: str) -> None:
    result, goal = understood(text)
    assert goal.metric_words is None
    assert not result.verdicts["S"].passed


@pytest.mark.parametrize("text, metric", [
    ("Generate 200 qualified leads through LinkedIn ads by March", "qualified leads"),
    ("Sell 3,600 pairs of running shoes in 2027", "pairs"),
    ("Acquire 500 new customers before the end of Q2", "new customers"),
    ("Wij willen 50 nieuwe partners binnenhalen in 2027", "nieuwe partners"),
    ("Sign 12 new distributors this year", "new distributors"),
])
def test_acquisition_verbs_with_a_count_are_an_increase(text: str, metric: str) -> None:
    result, goal = understood(text)
    assert goal.metric_words == metric
    assert result.verdicts["S"].passed and result.verdicts["M"].passed


# --- A: organisations, brands, departments and people as the subject -----------------------------
OWNERS = [
    ("Coolblue wil de omzet in België met 20% laten groeien in 2027", "Coolblue"),
    ("De Lijn wil tegen 2030 het aantal reizigers met een kwart verhogen", "De Lijn"),
    ("Tegen 2030 wil De Lijn het aantal reizigers met een kwart verhogen", "De Lijn"),
    ("Het museum wil in 2027 60.000 bezoekers ontvangen", "Het museum"),
    ("Volgend jaar wil de gemeente 500 nieuwe leden werven", "de gemeente"),
    ("The marketing dept will increase inbound leads by 15% in Q2", "dept"),
    ("Acme Corp aims to double its online revenue by 2028", "Acme Corp"),
    ("Sarah will grow the partner pipeline to $1.2M by September", "Sarah"),
    ("The company's goal is to reach 10,000 paying users by 2027", "company"),
]


@pytest.mark.parametrize("text, owner", OWNERS, ids=[case[0][:50] for case in OWNERS])
def test_an_organisation_or_person_as_subject_owns_the_goal(text: str, owner: str) -> None:
    result, goal = understood(text)
    assert goal.actor == owner
    assert result.verdicts["A"].passed


NOBODY = [
    "Increase newsletter sign-ups by 20% by June",  # imperative
    "Grow your email list to 5,000 subscribers this year",  # the reader
    "Verhoog je omzet met 15% binnen een jaar",
    "Je wilt meer afspraken met klanten inplannen in 2027",
    "Let's say you want to grow revenue by 10% this year",
    "Revenue must grow by 10% in 2027",  # the metric is the subject
    "De conversieratio wordt verhoogd naar 3% in 2027",  # passive
    "To increase web traffic by 30% within six months",  # infinitive
]


@pytest.mark.parametrize("text", NOBODY)
def test_imperatives_passives_the_reader_and_the_metric_own_nothing(text: str) -> None:
    result, goal = understood(text)
    assert goal.actor is None, goal.actor
    assert not result.verdicts["A"].passed


# --- R: baselines and targets ---------------------------------------------------------------------
BASELINES = [
    ("Grow the open rate to 30% (currently 24%) by June", 24, 30, True),
    ("Increase NPS to 45, currently 38, by the end of Q2", 38, 45, True),
    ("Verhoog de conversie naar 3% (nu 2,1%) in 2027", 2.1, 3, True),
    ("We willen van de huidige 40 leads per maand naar 55 in 2027", 40, 55, True),
    ("Grow trial sign-ups from current 300 a week to 400 by May", 300, 400, True),
    ("Reach 12,000 members by December, up from 9,500 today", 9500, 12000, True),
    ("Increase demo requests to 90 per month by Q3. We currently get 40 a month.", 40, 90, False),
    ("Verhoog het aantal donateurs naar 5.000 in 2027. Nu hebben we er 2.000.", 2000, 5000, False),
]


@pytest.mark.parametrize("text, baseline, target, realistic", BASELINES, ids=[case[0][:50] for case in BASELINES])
def test_baselines_are_read_in_the_shapes_people_write(text: str, baseline: float, target: float,
                                                       realistic: bool) -> None:
    result, goal = understood(text)
    assert (goal.baseline, goal.target) == (pytest.approx(baseline), pytest.approx(target))
    assert result.verdicts["R"].passed is realistic, result.verdicts["R"].reason


@pytest.mark.parametrize("text, realistic", [
    ("Cut churn from 8% to under 3% by year end", False),  # -62.5 %, a ceiling all the same
    ("Keep cost per lead below €20 (now €45) in 2027", False),
    ("Get NPS to at least 60 from 20 by June", False),
    ("Bring churn from 8% to under 6% by year end", True),
    ("We willen meer dan verdrievoudigen: de omzet moet in 2027 groeien", False),
    ("More than triple our webinar registrations by the end of the year", False),
])
def test_realism_bounds_hold_for_ceilings_floors_and_rough_factors(text: str, realistic: bool) -> None:
    result, _ = understood(text)
    assert result.verdicts["R"].passed is realistic, result.verdicts["R"].reason


# At the bounds (+100 %, -50 %) a goal is still realistic; a hair beyond, it is not. "dan"/"then"
# before a factor is no "more than": "…, dan verdubbelt jouw omzet" is exactly +100 %.
AT_THE_BOUNDS = [
    ("Increase the conversion rate from 1% to 2% by end of 2027", True),
    ("Increase the conversion rate from 1.1% to 2.2% by end of 2027", True),
    ("Increase the conversion rate from 1% to 2.01% by end of 2027", False),
    ("Increase the conversion rate from 1% to 1.99% by end of 2027", True),
    ("Verhoog de conversieratio van 0,7% naar 1,4% voor eind 2027", True),
    ("Verhoog de conversieratio van 0,7% naar 1,41% voor eind 2027", False),
    ("Reduce churn from 9.8% to 4.9% by end of 2027", True),
    ("Reduce churn from 9.8% to 4.8% by end of 2027", False),
    ("Verlaag het verloop van 0,3% naar 0,15% voor eind 2027", True),
    ("Verlaag het verloop van 0,3% naar 0,14% voor eind 2027", False),
    ("Bring churn from 7% to at most 3.5% by end of 2027", True),  # a ceiling, exactly -50 %
    ("Bring churn from 7% to under 3.4% by end of 2027", False),
    ("Grow sign-ups from 1,500 to at least 3,000 by end of 2027", True),  # a floor, exactly +100 %
    ("Grow sign-ups from 1,500 to at least 3,001 by end of 2027", False),
    ("We willen dat ten minste 2% van de bezoekers koopt in plaats van slechts 1%, dan verdubbelt de omzet in 2027",
     True),
    ("If 2% of visitors buy instead of 1%, then sales double in 2027", True),
    ("We willen de omzet meer dan verdubbelen in 2027", False),
    ("We want to more than double sales in 2027", False),
]


@pytest.mark.parametrize("text, realistic", AT_THE_BOUNDS, ids=[case[0][:50] for case in AT_THE_BOUNDS])
def test_realism_at_just_under_and_just_over_the_bounds(text: str, realistic: bool) -> None:
    result, _ = understood(text)
    assert result.verdicts["R"].passed is realistic, result.verdicts["R"].reason


@pytest.mark.parametrize("text", [
    "Reach 1,200 leads by June compared with 1,000 last year",
    "We willen 1.200 leads in 2027 tegenover 1.000 in 2026",
])
def test_a_comparison_is_a_reference_not_the_target(text: str) -> None:
    _, goal = understood(text)
    assert goal.target == 1200
    assert goal.baseline == 1000


# --- numbers -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, target", [
    ("Keep customer satisfaction at 85-90% in 2027", 90),
    ("Reach 18-25-year-olds with 40,000 impressions in June", 40000),
    ("Bereik 40.000 jongeren van 18-25 jaar in juni", 40000),
    ("We willen een miljard euro omzet in 2030", 1e9),
    ("Wij werven honderdduizend nieuwe abonnees in 2027", 100_000),
    ("Get twenty-five new reviews by March", 25),
    ("Wij zoeken vijftigduizend leden voor eind 2027", 50_000),
    ("Cut average handling time to 3:30 by Q2", 3.5),
])
def test_numbers_as_written(text: str, target: float) -> None:
    _, goal = understood(text)
    assert goal.target == pytest.approx(target)
    assert goal.baseline is None or goal.baseline >= 0


def test_a_range_is_never_a_negative_number() -> None:
    for text in ("Lift the close rate to 20-25% this year", "Verhoog de marge naar 30-35% in 2027"):
        _, goal = understood(text)
        assert goal.target > 0 and goal.relative_change is None


# --- T: deadlines --------------------------------------------------------------------------------------
DEADLINES = [
    ("Grow sign-ups by 20% in November", date(2027, 11, 30)),
    ("Launch-ready: 300 pre-orders by May", date(2027, 5, 31)),
    ("Increase leads by 15% by year end", date(2026, 12, 31)),
    ("Grow revenue by 10% this financial year", date(2026, 12, 31)),
    ("Increase leads by 20% during a six-month campaign", date(2027, 6, 7)),
    ("Verhoog de omzet met 10% tussen januari en juni", date(2027, 6, 30)),
    ("De Lijn wil binnen dit en vier jaar 10% meer reizigers", date(2030, 12, 7)),
    ("We verhogen de omzet met 5% per maand tot eind 2027", date(2027, 12, 31)),
    ("Get 40 new customers per month within the next six months", date(2027, 6, 7)),
    ("Generate 500 leads between 2027 and 2028", date(2028, 12, 31)),
    ("Sell 1,000 tickets June 1-30", date(2027, 6, 30)),
]


@pytest.mark.parametrize("text, deadline", DEADLINES, ids=[case[0][:50] for case in DEADLINES])
def test_deadlines_as_written(text: str, deadline: date) -> None:
    result, goal = understood(text)
    assert goal.deadline == deadline
    assert result.verdicts["T"].passed


@pytest.mark.parametrize("text", [
    "Grow revenue 12% compared to Q1 of last year",
    "We verhogen de omzet met 10% per jaar",
    "Increase monthly revenue by 5%",
    "Meer leads dan in 2025",
])
def test_a_rate_or_comparison_is_no_deadline(text: str) -> None:
    result, goal = understood(text)
    assert goal.deadline is None
    assert not result.verdicts["T"].passed


# --- directions ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, direction", [
    ("De wachttijd moet in 2027 gereduceerd zijn tot 3 dagen", "decrease"),
    ("Het verloop wordt teruggebracht naar 4% in 2027", "decrease"),
    ("We brengen de doorlooptijd terug naar 5 dagen in 2027", "decrease"),
    ("Het aantal klachten terugdringen met 30% in 2027", "decrease"),
    ("Wij bouwen de advertentiekosten af met 20% in 2027", "decrease"),
    ("De omzet moet verhoogd worden naar 2 miljoen in 2027", "increase"),
    ("We willen de grens van 10.000 abonnees doorbreken in 2027", "increase"),
])
def test_dutch_participles_and_separable_verbs_read_the_right_way_round(text: str, direction: str) -> None:
    _, goal = understood(text)
    assert goal.direction == direction


# --- bad input stays bounded ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "increase leads " * 7_000,  # ~100,000 characters
    "12 45 3,5 9.000 " * 6_000,  # only numbers
    "1-1-2027 31 december 2027 Q3 " * 3_000,  # only dates
    "We willen meer leads and grow revenue by 20% binnen zes maanden before Q3 " * 1_200,  # mixed
    "85-90 18-25 1:30 " * 5_000,
])
def test_hostile_text_gets_a_result_with_reasons_quickly(text: str) -> None:
    started = time.process_time()
    result = smart_check(text, today=TODAY)
    assert len(result.verdicts) == 5 and all(v.reason for v in result.verdicts.values())
    assert time.process_time() - started < 5.0  # CPU seconds: a bound against a hang, not a speed figure


# --- more shapes met in real goals ---------------------------------------------------------------------
@pytest.mark.parametrize("text, realistic", [
    ("We want to more than double our online sales by 2028", False),  # beyond +100 %, if only just
    ("Wij willen de omzet meer dan verdubbelen in 2027", False),
    ("Generate twice as much revenue from events this year", True),  # +100 %: at the bound
    ("Reduce paper use by one-third by 2027", True),
    ("Verlaag het papierverbruik met een kwart in 2027", True),
    ("Het marktaandeel is nu 8 procent: in 2030 moet dat 15 procent zijn, bijna een verdubbeling", True),
    ("De omzet steeg vorig jaar tot 135 miljoen euro; in 2027 moet die 500 miljoen euro zijn", False),
])
def test_factors_shares_and_figures_now_are_judged_for_realism(text: str, realistic: bool) -> None:
    result, _ = understood(text)
    assert result.verdicts["R"].passed is realistic, result.verdicts["R"].reason


@pytest.mark.parametrize("text, target, percent", [
    ("Minstens de helft van alle eiwitten moet plantaardig zijn in 2027", 50, True),
    ("Make sure the majority of our customers buy online by 2027", 50, True),
    ("Cut complaints by 12 per cent in 2027", None, False),
])
def test_shares_in_words(text: str, target: float | None, percent: bool) -> None:
    _, goal = understood(text)
    assert goal.target == (pytest.approx(target) if target is not None else None)
    assert goal.percent is percent or goal.relative_change == pytest.approx(-0.12)


@pytest.mark.parametrize("text, deadline", [
    ("2027: 250 miljoen euro omzet, 5% ebitda", date(2027, 12, 31)),
    ("Increase bookings by 20% for the summer season", date(2027, 8, 31)),
    ("Verhoog de omzet met 10% voor de zomer", date(2027, 8, 31)),
    ("Maximise retained earnings by the end of week 16", date(2026, 4, 19)),
    ("I have about five weeks left to hit my fundraising goal of $8,500", date(2027, 1, 11)),
    ("Get 1,000 followers within the next couple of months", date(2027, 2, 7)),
    ("Grow followers by 10% between September and December 2027", date(2027, 12, 31)),
])
def test_more_deadlines_as_written(text: str, deadline: date) -> None:
    _, goal = understood(text)
    assert goal.deadline == deadline


@pytest.mark.parametrize("text, metric_words", [
    ("Radio 2 moet 12 procent marktaandeel halen in 2027", "marktaandeel"),
    ("Eliminate 65,000 tonnes of packaging by 2030", "tonnes of packaging"),
    ("KR2: Median time-to-first-value drops from 4.2 days to 2.0 days", "median time-to-first-value"),
    ("Met online campagnes werft het Rode Kruis dit jaar 5.000 nieuwe leden", "nieuwe leden"),
    ("Abandon rate: ≤ 5% during staffed hours", "abandon rate"),
    ("Aim for a 15% increase in average post engagement", "post engagement"),
])
def test_the_metric_in_harder_sentences(text: str, metric_words: str) -> None:
    _, goal = understood(text)
    assert goal.metric_words == metric_words


@pytest.mark.parametrize("text, owner", [
    ("If a company wants to increase its sales from $1M to $2M in 2027", None),  # an example
    ("One small company had planned for their sales to grow by $5,000 a month", None),
    ("“Ons streven is 10 procent groei”, vertelt directeur Monique Sweep.", "Ons"),
    ("Met online campagnes werft het Rode Kruis dit jaar 5.000 nieuwe leden", "het Rode Kruis"),
    ("Alibaba is aiming for one billion active consumers by the end of 2027", "Alibaba"),
    ("The president of the new company set a sales goal of $34 million in five years", "The president of the new company"),
])
def test_owners_in_harder_sentences(text: str, owner: str | None) -> None:
    _, goal = understood(text)
    assert goal.actor == owner


# --- T: named days, terms, abbreviations, spans and ranges of a period --------------------------
@pytest.mark.parametrize("text, deadline", [
    ("Increase the email list by 200 names by Memorial Day", date(2027, 5, 31)),
    ("Sell 500 gift cards before Black Friday 2027", date(2027, 11, 26)),
    ("Verkoop 20% meer kerstpakketten voor de kerst", date(2026, 12, 25)),
    ("Win 300 nieuwe leden vóór Pasen", date(2027, 3, 28)),
    ("Lift the average ticket by 5% from Thanksgiving through New Year's Day", date(2027, 1, 1)),
    ("Het kabinet wil deze kabinetsperiode 200.000 extra forenzen op de fiets", date(2030, 12, 7)),
    ("Miss under 5% of the sessions I plan over the next 30D", date(2027, 1, 6)),
    ("Grow revenue by 20% in the next 4 to 5 years", date(2031, 12, 7)),
    ("Verhoog de omzet met 10% binnen 3 of 4 maanden", date(2027, 4, 7)),
    ("Double the number of members in the next decade", date(2036, 12, 7)),
    ("For 2025-26 the council aims to welcome 1.3 million more visitors", date(2026, 12, 31)),
    ("Het museum gaf zichzelf vijf jaar de tijd om 45.000 bezoekers per jaar te trekken", date(2031, 12, 7)),
    ("Earn $100 in profit in my first month blogging", date(2027, 1, 7)),
])
def test_named_days_terms_and_spans_are_deadlines(text: str, deadline: date) -> None:
    _, goal = understood(text)
    assert goal.deadline == deadline


# --- a bare percentage after what a verb changes is the change ---------------------------------
@pytest.mark.parametrize("text, change, target", [
    ("Increase leads 10% by June", 0.10, None),
    ("Verhoog de omzet 15% in 2027", 0.15, None),
    ("Reduce the cost per lead 20% this quarter", -0.20, None),
    ("Grow newsletter signups 25 percent year over year", 0.25, None),
    ("Increase the conversion rate 2% by June", None, 2.0),  # after a rate: a level
    ("Increase the share of women to 40%", None, 40.0),
])
def test_a_bare_percentage_after_the_metric_is_a_change(text: str, change: float | None, target: float | None) -> None:
    _, goal = understood(text)
    assert goal.relative_change == (pytest.approx(change) if change is not None else None)
    assert goal.target == target


# --- harder names: a rate of a vague word, "average number of", nouns that are verbs too -------
@pytest.mark.parametrize("text, metric_words", [
    ("Achieve an onboarding success rate of 85% by June", "onboarding success rate"),
    ("Raise the completion rate of the course to 60%", "completion rate"),
    ("Double my average number of engagements on LinkedIn per week", "average number of engagements"),
    ("Verhoog het gemiddelde aantal bestellingen per klant naar 3", "gemiddelde aantal bestellingen per klant"),
    ("you will get 30 hits a day by November", "hits"),
    ("Grow deal wins by 20% this year", "deal wins"),
])
def test_rates_averages_and_nouns_that_are_verbs_name_the_metric(text: str, metric_words: str) -> None:
    _, goal = understood(text)
    assert goal.metric_words == metric_words


@pytest.mark.parametrize("text, target", [
    ("Het museum gaf zichzelf vijf jaar om het jaardoel van 45.000 bezoekers te halen; nu komen er 17.000", 45000.0),
    ("I have five weeks left to hit my fundraising goal of $8,500 after raising $2,000", 8500.0),
    ("Onze omzetdoelstelling van 2 miljoen euro halen we in 2027", 2_000_000.0),
    ("The company aims for sales of €5 billion by 2025, compared to its previous target of €4 billion", 5e9),
])
def test_the_number_a_goal_noun_names_is_the_target(text: str, target: float) -> None:
    _, goal = understood(text)
    assert goal.target == target


# --- owners named once for two clauses, names with numbers, "heeft … als doel" -----------------
@pytest.mark.parametrize("text, owner", [
    ("Greggs sells 140m sausage rolls a year and has set an objective to increase that to 150m next year", "Greggs"),
    ("Adidas is to invest €1 billion as it sets out to double its online sales by 2025", "Adidas"),
    ("Radio 6 heeft 0,4 procent marktaandeel als doel.", "Radio 6"),
    ("Op zijn website noemt het bedrijf meer dan 5000 filialen in heel Europa als doel.", "het bedrijf"),
    ("Om toegelaten te worden tot de NPO heeft de omroep vijftigduizend leden nodig.", "de omroep"),
    ("Revenue fell and the board has set a target of 10% growth for 2027", "the board"),
    ("Sales grew last year and will grow 10% more in 2027", None),
    ("New Balance, the footwear maker based in Boston, has announced a goal of $7 billion in sales by 2027", "New Balance"),
    ("De derde provider met een eigen netwerk, T-Mobile, streeft naar een dekking van 80 procent eind dit jaar.",
     "T-Mobile"),
    ("Revenue, which fell last year, will grow 10% in 2027", None),
])
def test_owners_across_clauses_and_with_numbers(text: str, owner: str | None) -> None:
    _, goal = understood(text)
    assert goal.actor == owner


# --- a negated rise is a ceiling, a negated fall a floor ------------------------------------------
@pytest.mark.parametrize("text, direction, target", [
    ("Your spam complaint rate shouldn't go higher than 0.3 percent", "at_most", 0.3),
    ("Cost per lead must not exceed €40 this year", "at_most", 40.0),
    ("Het ziekteverzuim mag niet boven de 5% uitkomen in 2027", "at_most", 5.0),
    ("Customer satisfaction should not fall below 90% this year", "at_least", 90.0),
    ("De klanttevredenheid mag nooit onder de 8 komen", "at_least", 8.0),
])
def test_negated_directions_are_bounds(text: str, direction: str, target: float) -> None:
    _, goal = understood(text)
    assert (goal.direction, goal.target) == (direction, target)


# --- a from→to pair is read whole; a target is in the baseline's unit ----------------------------
@pytest.mark.parametrize("text, baseline, target", [
    ("Increase my podcast listeners from 1000 to 2000 within the next six months", 1000.0, 2000.0),
    ("Grow the newsletter from 1,500 to 2,050 subscribers this year", 1500.0, 2050.0),
    ("Britain is in the top ten for its welcome and is aiming for 40 million visitors by 2030 (it was 31 million in 2024)",
     31_000_000.0, 40_000_000.0),
])
def test_a_pair_and_its_unit_hold_together(text: str, baseline: float, target: float) -> None:
    _, goal = understood(text)
    assert (goal.baseline, goal.target) == (baseline, target)


def test_years_from_and_to_stay_a_period() -> None:
    _, goal = understood("Grow revenue from 2025 to 2027 by 10%")
    assert (goal.baseline, goal.target, goal.deadline) == (None, None, date(2027, 12, 31))


# --- the subject that changes, through time words, places, "set to" and intensifiers -----------
@pytest.mark.parametrize("text, metric_words", [
    ("I hope that our congregation will grow this year", "congregation"),
    ("International presence on campus set to rise from 8.3 per cent to 10 per cent by 2027", "international presence"),
    ("Doelstelling is om een zo hoog mogelijke sportparticipatie na te streven", "sportparticipatie"),
    ("Wij willen de loopafstanden van de reizigers heel erg terug brengen", "loopafstanden"),
])
def test_the_subject_that_changes_is_the_metric(text: str, metric_words: str) -> None:
    _, goal = understood(text)
    assert goal.metric_words == metric_words


@pytest.mark.parametrize("text, target, direction", [
    ("Tell me instead that you want twenty new customers in the next year", 20.0, "increase"),
    ("I want to hit 1,000 downloads per episode in 30 days by appearing as a guest on ten new podcasts", 1000.0, "reach"),
])
def test_the_goal_verb_governs_the_target(text: str, target: float, direction: str) -> None:
    _, goal = understood(text)
    assert (goal.target, goal.direction) == (target, direction)


# --- Dutch: complements between the subject and its verb, "ernaar", "in vier jaar tijd" ------------
@pytest.mark.parametrize("text, metric_words", [
    ("De waardering van onze dienstverlening door onze inwoners is gestegen van een 6,4 naar een 6,8", "waardering"),
    ("Leegstand van winkels en kantoren wordt actief tegengegaan.", "leegstand"),
    ("We streven ernaar ons klantenbestand voor betaalrekeningen verder te vergroten", "klantenbestand"),
    ("De regio heeft de ambitie om in vier jaar tijd 5 procent te groeien in overnachtingen", "overnachtingen"),
])
def test_dutch_subjects_past_their_complements(text: str, metric_words: str) -> None:
    _, goal = understood(text)
    assert goal.metric_words == metric_words


# --- a purpose clause after the count says what the goal is for, not which way it goes ------------
@pytest.mark.parametrize("text, direction", [
    ("De luchthaven wil in 2026 zo'n 700.000 passagiers verwerken, om van daaruit door te groeien", "reach"),
    ("The club set a target of 10,000 for average attendance in order to scale up", "reach"),
    ("Reach 10,000 subscribers so that revenue grows", "reach"),
    ("Tegen 2030 is het doel om de uitstoot te halveren", "decrease"),
    ("We willen 500 nieuwe leden werven om te groeien", "increase"),
])
def test_a_purpose_clause_gives_no_direction(text: str, direction: str) -> None:
    _, goal = understood(text)
    assert goal.direction == direction


@pytest.mark.parametrize("text, metric_words", [
    ("NPS (Net Promoter Score) up 50 over previous quarter", "nps"),
    ("Increase Customer Satisfaction (CSAT) to 90% by June", "customer satisfaction"),
    ("Increase daily audience interactions by 20%", "audience interactions"),
])
def test_an_acronym_and_its_spelling_name_one_metric(text: str, metric_words: str) -> None:
    _, goal = understood(text)
    assert goal.metric_words == metric_words


# --- money raised for a cause: the money is what is measured, not the cause ----------------------
@pytest.mark.parametrize("text, metric_words", [
    ("Raise $25,000 for the shelter at our spring gala", "$25,000"),
    ("Haal € 50.000 op voor het goede doel", "€ 50.000"),
])
def test_money_raised_for_a_cause_is_the_metric(text: str, metric_words: str) -> None:
    _, goal = understood(text)
    assert goal.metric_words == metric_words


# --- edges of months and years, fiscal years, named-day spans, "doelstelling voor 2020" ----------
@pytest.mark.parametrize("text, deadline", [
    ("China Mobile aims to deploy 50,000 5G sites by end-December.", date(2026, 12, 31)),
    ("Reach 20% of the subscriber base on 5G by end-2027", date(2027, 12, 31)),
    ("Launch the loyalty app by mid-2027 with 5,000 members", date(2027, 6, 30)),
    ("Quadruple revenue outside North America by fiscal 2028", date(2028, 12, 31)),
    ("Attain more than $1 billion in productivity benefits by its 2028 financial year", date(2028, 12, 31)),
    ("$40,000 in seasonal giving between Thanksgiving and New Year's Eve", date(2026, 12, 31)),
    ("Niet meer dan 420 verkeersdoden per jaar, dat is de doelstelling voor 2028 van de minister", date(2028, 12, 31)),
    ("Verkoop 10% meer voor 2028", date(2027, 12, 31)),
])
def test_edges_fiscal_years_and_spans(text: str, deadline: date) -> None:
    _, goal = understood(text)
    assert goal.deadline == deadline


@pytest.mark.parametrize("text, target", [
    ("Get 10 000 pageviews a month by June", 10_000.0),
    ("Groei van 1 250 000 naar 1 500 000 bezoeken in 2027", 1_500_000.0),
    ("In Q3 2027 we want 500 leads", 500.0),
])
def test_thousands_grouped_with_spaces(text: str, target: float) -> None:
    _, goal = understood(text)
    assert goal.target == target


# --- building a measure grows it; opening stores is work; "more" before a quality is no direction --
@pytest.mark.parametrize("text, metric_words, direction", [
    ("Build my email list to 2,000 subscribers", "email list", "increase"),
    ("Build awareness of the store by 10 percent", "awareness", "increase"),
    ("Mijn doelstelling is autoriteit opbouwen op LinkedIn", "autoriteit", "increase"),
    ("Build a new website by June", None, None),
    ("Kohl's said it aims to open 100 new stores over the next four years", None, "reach"),  # new stores are work: no metric, a level
    ("We gaan het bezoekersaantal zeker continueren", "bezoekersaantal", "keep"),
    ("In 2027 wil het bedrijf de voedselverspilling al met 20 procent tegen gaan", "voedselverspilling", "decrease"),
    ("The government set a goal of welcoming 40 million visitors this year", "visitors", "increase"),
    ("Verkoop verhogen", "verkoop", "increase"),
])
def test_building_opening_and_keeping(text: str, metric_words: str | None, direction: str | None) -> None:
    _, goal = understood(text)
    assert (goal.metric_words, goal.direction) == (metric_words, direction)


def test_more_before_a_quality_gives_no_direction() -> None:
    _, goal = understood("The Times plans to reach 15 million subscribers by 2027, a goal that will help it become even "
                         "more profitable")
    assert goal.direction == "reach"


@pytest.mark.parametrize("text, owner", [
    ("Suga Yoshihide expressed a goal of attracting 60 million foreign tourists in 2030.", "Suga Yoshihide"),
    ("De gemeente formuleerde de doelstelling om 500 woningen te bouwen", "De gemeente"),
    ("The report outlined a target of 500 leads", None),
    ("It is hoped the move will boost the income to £35 billion by 2030", None),
])
def test_who_sets_a_goal_owns_it_but_a_document_does_not(text: str, owner: str | None) -> None:
    _, goal = understood(text)
    assert goal.actor == owner


def test_a_period_is_no_rhythm_of_work() -> None:
    _, goal = understood("Flink is van plan om in een jaar tijd zo'n 10 nieuwe vestigingen te openen.")
    assert (goal.target, goal.deadline) == (10.0, date(2027, 12, 7))


# --- Dutch subjects that act on an object, verbs far from their object, halves, labels -----------
@pytest.mark.parametrize("text, metric_words, direction", [
    ("Gent zal de uitstoot van zijn wagenpark tegen 2030 verminderen met 40 procent", "uitstoot", "decrease"),
    ("Coolblue wil de omzet in 2027 verdubbelen", "omzet", "increase"),
    ("Het kabinet moet de kinderarmoede in 2030 ten minste halveren", "kinderarmoede", "at_least"),
    ("Kinderarmoede moet in 2030 gehalveerd zijn", "kinderarmoede", "decrease"),
    ("In 2030 willen we de uitstoot van broeikasgassen bijna halveren", "uitstoot", "decrease"),
    ("Dat neemt niet weg dat de regering blijft streven naar een werkzaamheidsgraad van 80 procent",
     "werkzaamheidsgraad", "reach"),
])
def test_dutch_objects_and_their_verbs(text: str, metric_words: str, direction: str) -> None:
    _, goal = understood(text)
    assert (goal.metric_words, goal.direction) == (metric_words, direction)


@pytest.mark.parametrize("text, baseline, target, change", [
    ("From selling 3 houses a month to selling 6 houses a month by the end of 2027", 3.0, 6.0, None),
    ("De ambitie is de helft minder voedselverspilling in 2030", None, None, -0.5),
    ("We willen de helft meer leden in 2028", None, None, 0.5),
    ("Operationele doelstelling 1: daling van de verkeersemissies met 10%", None, None, -0.1),
    ("KR 2: grow MQLs to 500 by Q3", None, 500.0, None),
])
def test_gerund_pairs_halves_and_numbered_labels(text: str, baseline: float | None, target: float | None,
                                                 change: float | None) -> None:
    _, goal = understood(text)
    assert (goal.baseline, goal.target) == (baseline, target)
    assert goal.relative_change == (pytest.approx(change) if change is not None else None)


def test_a_plan_named_for_a_year_is_due_that_year() -> None:
    _, goal = understood("Our goal 2027: 500 new members")
    assert goal.deadline == date(2027, 12, 31)


@pytest.mark.parametrize("text, owner", [
    ("From selling 3 houses a month to selling 6 by the end of 2027 because people deserve a home they can love", None),
    ("Koplopers krijgen voorrang bij financiering en Rabobank verdubbelt de omvang van de dienstverlening", "Rabobank"),
    ("Niet meer dan 420 verkeersdoden per jaar, dat is de doelstelling voor 2020 van minister Bellot", "minister Bellot"),
])
def test_owners_of_factor_verbs_goal_nouns_and_not_of_reasons(text: str, owner: str | None) -> None:
    _, goal = understood(text)
    assert goal.actor == owner


@pytest.mark.parametrize("text, metric_words", [
    ("From making $3,000 a month to making $5,000 a month in chiropractic services by 2028", "chiropractic services"),
    ("From selling 20 books a month to selling 40 books a month by the end of 2027", "books"),
    ("Post 9 book reviews.", None),
])
def test_a_rate_between_the_number_and_its_noun(text: str, metric_words: str | None) -> None:
    _, goal = understood(text)
    assert goal.metric_words == metric_words


def test_now_having_a_total_is_a_baseline() -> None:
    _, goal = understood("The chain now has a total of 450,000 online subscriptions and is halfway to its goal of "
                         "900,000 by 2027.")
    assert (goal.baseline, goal.target, goal.direction) == (450_000.0, 900_000.0, "increase")


@pytest.mark.parametrize("text, metric_words", [
    ("We will raise $100,000 to provide 500 families with healthy meals this winter.", "$100,000"),
    ("Our small nonprofit will raise $10,000 in unrestricted gifts by December 31, 2027", "unrestricted gifts"),
    ("Tussen 2022 en 2030 willen we nog eens 7.000 nieuwe woningen realiseren", "nieuwe woningen"),
])
def test_money_raised_and_homes_built_are_measures(text: str, metric_words: str) -> None:
    _, goal = understood(text)
    assert goal.metric_words == metric_words


def test_a_nonprofit_is_no_profit() -> None:
    _, goal = understood("Our nonprofit will raise $10,000 in unrestricted gifts by June")
    assert goal.metric != "margin"


@pytest.mark.parametrize("text, owner", [
    ("The company said it is aiming to reach 10 million subscribers by 2027", "The company"),
    ("Taiwan Mobile president Jamie Lin told Taipei Times it aims for 20 per cent of its subscribers on 5G by end-2027",
     "Taiwan Mobile president Jamie Lin"),
    ("It also plans to double its fleet to over 160 aircraft.", None),
    ("It is expected to grow 10% this year", None),
])
def test_it_owns_a_goal_only_through_whoever_said_it(text: str, owner: str | None) -> None:
    _, goal = understood(text)
    assert goal.actor == owner


@pytest.mark.parametrize("text", [
    "Proximus wil in de komende twee jaar 65.000 adressen verbinden.",
    "De provider zegt vanaf eind 2022 jaarlijks tien procent van alle woningen en bedrijven op glasvezel te willen aansluiten.",
    "KPN zegt dat het in de loop van 2027 gemiddeld 6500 huishoudens per week aansluit op het eigen glasvezelnetwerk.",
])
def test_connecting_a_count_acquires_it(text: str) -> None:
    _, goal = understood(text)
    assert goal.direction == "increase"


@pytest.mark.parametrize("text, owner", [
    ("De Belgische supermarktketen Delhaize opent dit jaar 40 nieuwe winkels.", "De Belgische supermarktketen Delhaize"),
    ("In 2027 werkt Zaanstad verder aan de ontwikkeling van de diverse gebieden.", "Zaanstad"),
    ("De gemeente werkt samen met inwoners aan een toekomstbestendige stad.", "De gemeente"),
    ("Tata Motors is setting ambitious sales targets for electric vehicles", "Tata Motors"),
    ("Klantvriendelijkheid werkt door in de omzet", None),
])
def test_a_named_organisation_that_acts_owns_the_goal(text: str, owner: str | None) -> None:
    _, goal = understood(text)
    assert goal.actor == owner


# --- Dutch goal lines written as nouns, bounds written as signs, subjects after an inverted "moet" --
@pytest.mark.parametrize("text, metric_words, direction", [
    ("Vergroting van het ledental (met 15 in 2027)", "ledental", "increase"),
    ("Stabilisatie van het ledental", "ledental", "keep"),
    ("Basisschoolleerlingen: > 2000", "basisschoolleerlingen", "at_least"),
    ("In 2030 moet de CO2-uitstoot van de zorg 49% minder zijn dan in 1990.", "co2-uitstoot", "decrease"),
])
def test_dutch_noun_lines_signs_and_inverted_subjects(text: str, metric_words: str, direction: str) -> None:
    _, goal = understood(text)
    assert (goal.metric_words, goal.direction) == (metric_words, direction)


def test_a_bound_sign_before_a_number_makes_it_no_year() -> None:
    _, goal = understood("Basisschoolleerlingen: > 2000")
    assert (goal.target, goal.deadline) == (2000.0, None)


@pytest.mark.parametrize("text, deadline", [
    ("Tata Motors aims to surpass 1 lakh units by FY28.", date(2028, 12, 31)),
    ("Grow revenue 10% in FY2027", date(2027, 12, 31)),
    ("We are committed to the 2028 goal of 5,000 members", date(2028, 12, 31)),
])
def test_fiscal_years_and_goals_named_for_a_year(text: str, deadline: date) -> None:
    _, goal = understood(text)
    assert goal.deadline == deadline


@pytest.mark.parametrize("text", [
    "Go from 0 percent to 5 percent of the health care market share in two years",
    "Verhoog het aantal leads van 0 naar 50 in 2027",
])
def test_growth_from_zero_is_beyond_any_bound(text: str) -> None:
    result, _ = understood(text)
    assert not result.verdicts["R"].passed
    assert "zero" in result.verdicts["R"].reason or "nul" in result.verdicts["R"].reason


def test_keeping_zero_is_realistic() -> None:
    result, _ = understood("Keep complaints at 0, down from 0 last year, in 2027")
    assert "zero" not in result.verdicts["R"].reason


@pytest.mark.parametrize("text, metric_words", [
    ("Wij streven naar een minimale score van een 7.", "score"),
    ("In 2030 moet de CO2 emissie in Nederland al bijna de helft lager zijn dan in 1990.", "co2 emissie"),
    ("We moeten onze efficiëntie jaarlijks met gemiddeld 5 tot 6 procent verbeteren.", "efficiëntie"),
])
def test_lone_scores_comparatives_and_rhythms_before_the_number(text: str, metric_words: str) -> None:
    _, goal = understood(text)
    assert goal.metric_words == metric_words


@pytest.mark.parametrize("text, baseline, deadline", [
    ("De bedoeling is om in een periode van vijf jaar door te groeien naar honderd winkels.", None, date(2031, 12, 7)),
    ("Grow leads by 20% over a 3-month time frame", None, date(2027, 3, 7)),
])
def test_a_period_of_n_years_is_no_baseline(text: str, baseline: float | None, deadline: date) -> None:
    _, goal = understood(text)
    assert (goal.baseline, goal.deadline) == (baseline, deadline)


def test_a_change_that_happened_is_not_the_goals() -> None:
    _, goal = understood("In 2025 turnover rose 17 % to 818 million euro, with 1 billion euro as the goal for next year.")
    assert goal.relative_change != pytest.approx(0.17)
    assert (goal.baseline, goal.target) == (818_000_000.0, 1_000_000_000.0)


@pytest.mark.parametrize("text", [
    "Tijdens de volgende legislatuur moeten er zes nieuwe wijkparken van telkens minstens 1 ha bijkomen",
    "Met dit weekend willen de theaters nieuwe bezoekers verleiden naar voorstellingen te komen",
])
def test_a_time_is_no_owner(text: str) -> None:
    _, goal = understood(text)
    assert goal.actor is None or goal.actor.split()[-1].lower() not in ("legislatuur", "weekend")
