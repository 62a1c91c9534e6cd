"""Numbers as marketers type them: Dutch and English separators, currency, percentages, words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xlsmart import smart_check
from xlsmart.core.numbers import parse_digits, parse_number, parse_quantity, require_number


@pytest.mark.parametrize(
    "text, value",
    [
        ("10.000", 10_000), ("10,000", 10_000), ("10,2", 10.2), ("10.2", 10.2),
        ("1.200", 1200), ("1,200", 1200), ("1.250,50", 1250.5), ("1,250.50", 1250.5),
        ("1.000.000", 1_000_000), ("1,000,000", 1_000_000), ("0,125", 0.125), ("0.125", 0.125),
        ("-12,5", -12.5), ("45", 45),
    ],
)
def test_parse_digits(text: str, value: float) -> None:
    assert parse_digits(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text, value, percent, currency",
    [
        ("€ 45", 45, False, "€"), ("€45,50", 45.5, False, "€"), ("$1,250", 1250, False, "$"),
        ("10,2%", 10.2, True, None), ("10.2 %", 10.2, True, None), ("25 procent", 25, True, None),
        ("12 percent", 12, True, None), ("45 euro", 45, False, "€"), ("€ 2 miljoen", 2_000_000, False, "€"),
        ("15k", 15_000, False, None), ("zes", 6, False, None), ("twelve", 12, False, None),
        ("anderhalf", 1.5, False, None), ("  1.200  ", 1200, False, None),
    ],
)
def test_parse_quantity(text: str, value: float, percent: bool, currency: str | None) -> None:
    quantity = parse_quantity(text)
    assert quantity is not None
    assert quantity.value == pytest.approx(value)
    assert (quantity.percent, quantity.currency) == (percent, currency)


@pytest.mark.parametrize("text", ["", "   ", "n/a", "lots", "een", "a", "1.2.3,4,5", "€", "%", "10 %%", "1" * 80])
def test_not_a_number(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize("value", [None, True, False, float("nan"), [1, 2], {"a": 1}])
def test_values_that_hold_no_number(value: object) -> None:
    assert parse_number(value) is None


def test_require_number_raises_on_text_and_passes_empty() -> None:
    assert require_number(None, "cost") is None
    assert require_number("  ", "cost") is None
    assert require_number("1.200", "cost") == 1200
    with pytest.raises(ValueError, match="cost"):
        require_number("lots", "cost")


# --- round trips ------------------------------------------------------------------------------


def _grouped(whole: int, sep: str) -> str:
    return f"{whole:,}".replace(",", sep)


def format_like_a_marketer(value: float, decimals: int, lang: str) -> str:
    """``value`` with thousands separators and ``decimals`` decimals, the Dutch or English way."""
    thousands, decimal = (".", ",") if lang == "nl" else (",", ".")
    sign = "-" if value < 0 else ""
    text = f"{abs(value):.{decimals}f}"
    whole, _, fraction = text.partition(".")
    body = _grouped(int(whole), thousands)
    return sign + body + (decimal + fraction if decimals else "")


@given(st.integers(min_value=-10**12, max_value=10**12), st.sampled_from(["nl", "en"]))
def test_integers_round_trip(value: int, lang: str) -> None:
    text = format_like_a_marketer(value, 0, lang)
    assert parse_number(text) == value


@given(
    st.integers(min_value=0, max_value=10**9),
    st.integers(min_value=1, max_value=99),
    st.sampled_from(["nl", "en"]),
)
def test_two_decimal_amounts_round_trip(whole: int, cents: int, lang: str) -> None:
    value = whole + cents / 100
    text = format_like_a_marketer(value, 2, lang)
    assert parse_number(text) == pytest.approx(value, abs=1e-6)


@given(
    st.integers(min_value=0, max_value=10**7),
    st.integers(min_value=1, max_value=99),
    st.sampled_from(["nl", "en"]),
    st.sampled_from(["€", "€ ", "$"]),
)
def test_money_round_trips(whole: int, cents: int, lang: str, sign: str) -> None:
    value = whole + cents / 100
    quantity = parse_quantity(sign + format_like_a_marketer(value, 2, lang))
    assert quantity is not None
    assert quantity.value == pytest.approx(value, abs=1e-6)
    assert quantity.currency == sign.strip()


@given(st.integers(min_value=0, max_value=1000), st.integers(min_value=1, max_value=9),
       st.sampled_from(["nl", "en"]), st.sampled_from(["%", " %"]))
def test_percentages_round_trip(whole: int, tenth: int, lang: str, mark: str) -> None:
    value = whole + tenth / 10
    quantity = parse_quantity(format_like_a_marketer(value, 1, lang) + mark)
    assert quantity is not None and quantity.percent
    assert quantity.value == pytest.approx(value)


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False))
def test_numbers_pass_through(value: float) -> None:
    assert parse_number(value) == value


@given(st.text(max_size=80))
def test_any_text_gives_a_number_or_none(text: str) -> None:
    result = parse_number(text)
    assert result is None or isinstance(result, float)


# --- numbers in goals: what counts as the target (issue 12, DOMAIN.md "Reading real sentences", M) ---
# Class "a count of no quantity": a question's or standard's number ("question #1", "SOC 2") and a
# count of generic nouns ("maar één ding", "three ways") are no target. Class "a goal label before
# its target": "Doel: 5 reviews" counts reviews, "Doelstelling 1: meer leads" numbers a goal. Class
# "a change in units": "500 more subscribers", "3 kilo minder verpakking".
NO_TARGET = [
    "Please don't answer question #1 with: I want more clients.",
    "Vraag 3 gaat over hoe we meer leads krijgen",
    "Obtain SOC 2 Type II certification",
    "Pass the SOC 1 audit with our security team",
    "Als marketeer wil je maar één ding: meer leads",
    "Three ways to grow your email list faster",
    "Drie manieren om de omzet te verhogen",
    "Doelstelling 1: meer leads uit de webshop",
]


@pytest.mark.parametrize("text", NO_TARGET, ids=[text[:50] for text in NO_TARGET])
def test_a_count_of_no_quantity_is_no_target(text: str) -> None:
    result = smart_check(text)
    assert result.parsed.target is None and result.parsed.absolute_change is None
    assert not result.verdicts["M"].passed


LABELLED_TARGETS = [
    ("Doel: 5 reviews binnen 1 week", 5),
    ("Goal: 40 demos booked this quarter", 40),
    ("Doel: 12 aanmeldingen per webinar", 12),
]


@pytest.mark.parametrize("text, target", LABELLED_TARGETS, ids=[case[0][:50] for case in LABELLED_TARGETS])
def test_a_goal_label_before_its_target(text: str, target: float) -> None:
    assert smart_check(text).parsed.target == target


CHANGES_IN_UNITS = [
    ("We want 500 more subscribers this year", 500, None),
    ("Elke klant moet gemiddeld 3 kilo minder verpakking gebruiken", 3, None),
    ("Verkoop dit jaar 200 extra abonnementen", 200, None),
    ("Serve 40 fewer late orders per week", 40, None),
    # where it stands, then the units to add: the baseline, and the change over it (+25 %)
    ("Op dit moment hebben we 80 vrijwilligers, maar daar moeten er 20 extra bij", 20, 80),
]


@pytest.mark.parametrize("text, change, baseline", CHANGES_IN_UNITS, ids=[case[0][:50] for case in CHANGES_IN_UNITS])
def test_a_change_in_units(text: str, change: float, baseline: float | None) -> None:
    result = smart_check(text)
    assert result.parsed.absolute_change == change
    assert result.parsed.baseline == baseline
    assert result.verdicts["M"].passed and result.verdicts["R"].passed


# Class "a number that names, not counts": a list number opening the goal ("5.3 Attract …",
# "Vier: het aandeel …") and the count in "year three" / "jaar 1" are no target. Class "a level
# after a goal noun or a 'to'": "Het streefdoel voor 2027 was 800 leden" and "stijgen naar het
# rapportcijfer 8" give the target; "an additional $200 a month" is a change in units.
NUMBERS_THAT_NAME = [
    "5.2 Attract new sponsors to the festival",
    "Vier: het aandeel vrouwelijke leden moet omhoog",
    "3 Increase the number of repeat visitors",
    "Become the best-rated bakery in town by the end of year two",
    "In jaar 1 willen we meer klanten",
]


@pytest.mark.parametrize("text", NUMBERS_THAT_NAME, ids=[text[:50] for text in NUMBERS_THAT_NAME])
def test_a_number_that_names_is_no_target(text: str) -> None:
    goal = smart_check(text).parsed
    assert goal.target is None and goal.absolute_change is None


LEVELS_GIVEN = [
    ("Het streefdoel voor 2027 was 800 leden", 800),
    ("The target for next year is 1,200 subscribers", 1200),
    ("We willen de waardering laten stijgen naar het rapportcijfer 8", 8),
    ("Raise staff engagement to a score of 75", 75),
    ("500 leads in Q3 from the new landing page", 500),
]


@pytest.mark.parametrize("text, target", LEVELS_GIVEN, ids=[case[0][:50] for case in LEVELS_GIVEN])
def test_a_level_after_a_goal_noun_or_to_is_the_target(text: str, target: float) -> None:
    goal = smart_check(text).parsed
    assert goal.target == target and goal.baseline is None


def test_an_additional_amount_is_a_change_in_units() -> None:
    goal = smart_check("I want to earn an additional $200 a month from my shop this year").parsed
    assert goal.absolute_change == 200


# Class "an age is no target": a single age after "aged"/"leeftijd" or "older/ouder than" says who
# is counted, as an age range already did ("18-25-year-olds").
AGES = [
    ("Communicate the launch to women aged 20+ via print and radio", None),
    ("Informeer alle leden vanaf leeftijd 12 over het nieuwe rooster", None),
    ("Bereik 2.000 klanten ouder dan 65", 2000),
    ("Reach 5,000 women aged 20+ by June", 5000),
    ("Sign up 300 members younger than 30", 300),
]


@pytest.mark.parametrize("text, target", AGES, ids=[case[0][:50] for case in AGES])
def test_an_age_is_no_target(text: str, target: float | None) -> None:
    assert smart_check(text).parsed.target == target


# Class "a distance that bounds the scope": "binnen een straal van 10 km", "tot een afstand van
# 7,5 kilometer", "within a 10 km radius" say where the goal applies; a distance that is the
# measure ("verkort de gemiddelde rit tot 5 km") stays the target.
DISTANCES = [
    ("Houd de concurrentiepositie voor ritten tot een afstand van 7,5 kilometer", None),
    ("Reach our customers within a 10 km radius of the shop more often", None),
    ("Win 200 klanten binnen een straal van 10 km", 200),
    ("Sell 80 memberships to people within 5 miles of the gym", 80),
    ("Verkort de gemiddelde rit tot 5 km", 5),
]


@pytest.mark.parametrize("text, target", DISTANCES, ids=[case[0][:50] for case in DISTANCES])
def test_a_distance_that_bounds_the_scope_is_no_target(text: str, target: float | None) -> None:
    assert smart_check(text).parsed.target == target
