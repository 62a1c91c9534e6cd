"""KPI status: every status in both languages, monotonic in the actual value, mirrored for decreases,
and judged by figures that obey the status table."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from xlsmart import kpi_status
from xlsmart.core.kpi import BASES, STATUSES, judge_figures, judge_kpi, kpi_status_key

S, D = date(2027, 1, 1), date(2027, 12, 31)
HALF = date(2027, 7, 2)  # elapsed ≈ 0.5

EDGES = [
    # (baseline, target, actual, as_of, status key)
    (100, 200, None, HALF, "no_data"),
    (100, 200, "", HALF, "no_data"),
    (100, 200, 200, HALF, "achieved"),
    (100, 200, 250, date(2028, 3, 1), "achieved"),  # achieved wins over a passed deadline
    (100, 200, 199, date(2028, 1, 1), "missed"),
    (100, 200, 150, date(2026, 12, 31), "not_started"),
    (100, 200, 145, HALF, "on_track"),  # p 0.45 ≥ 0.9 · 0.5
    (100, 200, 140, HALF, "at_risk"),  # 0.7 · 0.5 ≤ p 0.40 < 0.45
    (100, 200, 135, HALF, "at_risk"),  # p 0.35 is exactly 0.7 · 0.5
    (100, 200, 130, HALF, "off_track"),
    (100, 200, 100, S, "on_track"),  # day one: nothing is expected yet
    (100, 200, 160, D, "off_track"),  # last day: everything is expected, 60 % is too little
    (100, 200, 190, D, "on_track"),  # ... and 90 % of it is on track
    # a decrease goal: churn from 8 % down to 4 %
    (8, 4, 4, HALF, "achieved"),
    (8, 4, 6.2, HALF, "on_track"),
    (8, 4, 6.5, HALF, "at_risk"),
    (8, 4, 7, HALF, "off_track"),
    (8, 4, 9, date(2028, 2, 1), "missed"),
    (8, "4%", "6,2%", HALF, "on_track"),
]


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("baseline, target, actual, as_of, key", EDGES)
def test_status_edges(baseline, target, actual, as_of, key, lang) -> None:
    expected = STATUSES[key][0 if lang == "en" else 1]
    assert kpi_status(baseline, target, actual, S, D, as_of=as_of, lang=lang) == expected


def test_every_status_is_covered_in_both_languages() -> None:
    assert {key for *_, key in EDGES} == set(STATUSES)
    assert kpi_status(100, 200, 140, S, D, as_of=HALF, lang="nl") == "Risico"
    assert kpi_status(100, 200, 130, S, D, as_of=HALF, lang="nl") == "Uit koers"
    assert kpi_status(100, 200, None, S, D, as_of=HALF, lang="nl") == "Geen data"


def test_dates_and_numbers_as_text() -> None:
    assert kpi_status("1.000", "2.000", "1.450", "01-01-2027", "31-12-2027", as_of="2027-07-02") == "On track"
    assert kpi_status("€ 1,000", "€ 2,000", "€ 1,300", "1 januari 2027", "31 december 2027",
                      as_of="2 juli 2027") == "Off track"


@pytest.mark.parametrize(
    "kind, target, actual, expected",
    [
        ("at most", 50_000, 49_999, "On track"), ("at most", 50_000, 50_000, "On track"),
        ("at most", 50_000, 50_001, "Off track"), ("maximaal", 50_000, 60_000, "Off track"),
        ("at least", 85, 85, "On track"), ("at least", 85, 84.9, "Off track"),
        ("minimaal", 85, 90, "On track"), ("AT LEAST ", 85, 80, "Off track"),
    ],
)
def test_ceilings_and_floors(kind: str, target: float, actual: float, expected: str) -> None:
    assert kpi_status(None, target, actual, S, D, as_of=HALF, kind=kind) == expected


def test_ceiling_in_dutch() -> None:
    assert kpi_status(None, 100, 120, S, D, as_of=HALF, kind="at most", lang="nl") == "Uit koers"
    assert kpi_status(None, 100, 80, S, D, as_of=HALF, kind="at most", lang="nl") == "Op koers"


@pytest.mark.parametrize(
    "actual, expected",
    [(45, "On track"), (47.25, "On track"), (42.75, "On track"), (47.3, "Off track"), (42.7, "Off track")],
)
def test_keep_at_within_five_percent(actual: float, expected: str) -> None:
    assert kpi_status(45, 45, actual, S, D, as_of=HALF) == expected


def test_thresholds_come_from_arguments() -> None:
    args = (100, 200, 130, S, D)
    assert kpi_status(*args, as_of=HALF) == "Off track"
    assert kpi_status(*args, as_of=HALF, on_track=0.8, at_risk=0.5) == "At risk"
    assert kpi_status(*args, as_of=HALF, on_track=0.6, at_risk=0.5) == "On track"


@pytest.mark.parametrize(
    "kwargs, match",
    [
        (dict(actual="lots"), "actual"),
        (dict(actual=[1, 2]), "actual"),
        (dict(target="a lot"), "target"),
        (dict(target=None), "target"),
        (dict(baseline={"b": 1}), "baseline"),
        (dict(start="someday"), "start"),
        (dict(deadline="31-31-2027"), "deadline"),
        (dict(as_of="tomorrow"), "as_of"),
        (dict(kind="sometimes"), "kind"),
    ],
)
def test_wrong_arguments_raise_value_error(kwargs: dict, match: str) -> None:
    args = dict(baseline=100, target=200, actual=150, start=S, deadline=D, as_of=HALF) | kwargs
    as_of, kind = args.pop("as_of"), args.pop("kind", "auto")
    with pytest.raises(ValueError, match=match):
        kpi_status(args["baseline"], args["target"], args["actual"], args["start"], args["deadline"],
                   as_of=as_of, kind=kind)


@pytest.mark.parametrize("baseline, target, actual, as_of, key", EDGES)
def test_judge_kpi_gives_the_status_kpi_status_gives(baseline, target, actual, as_of, key) -> None:
    assert judge_kpi(baseline, target, actual, S, D, as_of=as_of).status == key


@pytest.mark.parametrize(
    "args, kwargs, expected",
    [
        # (baseline, target, actual, start, deadline), kwargs, (status, basis, progress, elapsed, actual, target)
        ((100, 200, 140, S, D), {}, ("at_risk", "progress", 0.4, 0.5, 140, 200)),
        ((100, 200, 110, S, D), {}, ("off_track", "progress", 0.1, 0.5, 110, 200)),
        ((8, 4, 7, S, D), {}, ("off_track", "progress", 0.25, 0.5, 7, 4)),  # a decrease
        ((100, 200, 180, S, date(2027, 5, 1)), {}, ("missed", "progress", 0.8, None, 180, 200)),
        ((100, 200, 200, S, D), {}, ("achieved", "progress", 1.0, None, 200, 200)),
        ((100, 200, 150, date(2027, 8, 1), D), {}, ("not_started", "progress", 0.5, None, 150, 200)),
        ((None, 100, 120, S, D), dict(kind="at most"), ("off_track", "ceiling", None, None, 120, 100)),
        ((None, 85, 80, S, D), dict(kind="at least"), ("off_track", "floor", None, None, 80, 85)),
        ((45, 45, 50, S, D), {}, ("off_track", "keep", None, None, 50, 45)),
        ((None, 200, 150, S, D), {}, ("off_track", "no_baseline", None, None, 150, 200)),
        ((100, 200, 90, None, None), {}, ("off_track", "no_deadline", -0.1, 0.0, 90, 200)),
        ((100, 200, 150, None, None), {}, ("on_track", "no_deadline", 0.5, 0.0, 150, 200)),
        ((100, 200, 150, None, D), {}, ("off_track", "no_start", 0.5, 1.0, 150, 200)),
        ((100, 200, 180, None, D), {}, ("at_risk", "no_start", 0.8, 1.0, 180, 200)),
        ((100, 200, None, S, D), {}, ("no_data", "no_data", None, None, None, None)),
    ],
)
def test_judge_kpi_names_the_rule_and_the_figures_it_decided_by(args, kwargs, expected) -> None:
    judged = judge_kpi(*args, as_of=HALF, **kwargs)
    assert judged == pytest.approx(expected)
    assert judged.basis in BASES


# --- laws ---------------------------------------------------------------------------------------

RANK = {"missed": 0, "not_started": 0, "off_track": 1, "at_risk": 2, "on_track": 3, "achieved": 4}
amounts = st.integers(min_value=-10_000, max_value=10_000)
days = st.integers(min_value=-60, max_value=500)


@given(amounts, amounts, amounts, amounts, days)
def test_monotonic_in_actual_for_increase_goals(b: int, t: int, a1: int, a2: int, offset: int) -> None:
    assume(t > b)
    low, high = sorted((a1, a2))
    as_of = S + timedelta(days=offset)
    first = kpi_status_key(b, t, low, S, D, as_of=as_of)
    second = kpi_status_key(b, t, high, S, D, as_of=as_of)
    assert RANK[first] <= RANK[second]


@given(amounts, amounts, amounts, amounts, days)
def test_monotonic_the_other_way_for_decrease_goals(b: int, t: int, a1: int, a2: int, offset: int) -> None:
    assume(t < b)
    low, high = sorted((a1, a2))
    as_of = S + timedelta(days=offset)
    assert RANK[kpi_status_key(b, t, low, S, D, as_of=as_of)] >= RANK[kpi_status_key(b, t, high, S, D, as_of=as_of)]


@given(amounts, amounts, amounts, days)
def test_decrease_goals_mirror_increase_goals(b: int, t: int, a: int, offset: int) -> None:
    as_of = S + timedelta(days=offset)
    assert kpi_status_key(b, t, a, S, D, as_of=as_of) == kpi_status_key(-b, -t, -a, S, D, as_of=as_of)


@given(amounts, amounts, days)
def test_at_most_and_at_least_ignore_the_calendar(t: int, a: int, offset: int) -> None:
    as_of = S + timedelta(days=offset)
    at_most = kpi_status_key(None, t, a, S, D, as_of=as_of, kind="at most")
    at_least = kpi_status_key(None, t, a, S, D, as_of=as_of, kind="at least")
    assert at_most == ("on_track" if a <= t else "off_track")
    assert at_least == ("on_track" if a >= t else "off_track")


maybe_amounts = st.one_of(st.none(), amounts, st.floats(min_value=-1e4, max_value=1e4, allow_nan=False))
maybe_days = st.one_of(st.none(), days)
kinds = st.sampled_from(["auto", "auto", "at most", "at least"])
shares = st.floats(min_value=0, max_value=1)


@given(maybe_amounts, amounts, maybe_amounts, maybe_days, maybe_days, days, kinds, shares, shares)
def test_the_figures_judged_by_obey_the_status_table(b, t, a, start, deadline, offset, kind, share1, share2) -> None:
    on_track, at_risk = max(share1, share2), min(share1, share2)
    args = (b, t, a, None if start is None else S + timedelta(days=start),
            None if deadline is None else S + timedelta(days=deadline))
    kwargs = dict(as_of=S + timedelta(days=offset), kind=kind, on_track=on_track, at_risk=at_risk)
    judged = judge_kpi(*args, **kwargs)
    assert judged.status == kpi_status_key(*args, **kwargs)
    assert judged.basis in BASES
    status, p, e, eps = judged.status, judged.progress, judged.elapsed, 1e-9
    if judged.basis == "no_data":
        assert a is None and status == "no_data"
    elif judged.basis in ("ceiling", "floor", "keep", "no_baseline"):
        assert p is None and e is None
        within = {"ceiling": judged.actual <= judged.target, "floor": judged.actual >= judged.target}.get(
            judged.basis, abs(judged.actual - judged.target) <= 0.05 * abs(judged.target) + eps)
        assert status == ("on_track" if within else "off_track")
    elif status == "achieved":
        assert p >= 1 - eps
    elif status in ("missed", "not_started"):
        assert p < 1 - eps and e is None
    else:
        assert e == {"no_deadline": 0.0, "no_start": 1.0}.get(judged.basis, e) and 0 <= e <= 1
        if status == "on_track":
            assert p >= on_track * e - eps
        elif status == "at_risk":
            assert at_risk * e - eps <= p < on_track * e - eps
        else:
            assert status == "off_track" and p < at_risk * e - eps


@given(st.one_of(st.none(), amounts), amounts, amounts, maybe_days, maybe_days, days, kinds, shares, shares)
def test_figures_already_read_are_judged_as_the_cells_they_came_from(b, t, a, start, deadline, offset, kind,
                                                                      share1, share2) -> None:
    on_track, at_risk = max(share1, share2), min(share1, share2)
    starts, deadlines = (None if n is None else S + timedelta(days=n) for n in (start, deadline))
    today = S + timedelta(days=offset)
    as_cells = judge_kpi(None if b is None else str(b), str(t), str(a), None if starts is None else starts.isoformat(),
                         deadlines and deadlines.strftime("%d-%m-%Y"), as_of=today.isoformat(), kind=kind,
                         on_track=on_track, at_risk=at_risk)
    mode = {"at most": "at_most", "at least": "at_least"}.get(kind, kind)
    read = judge_figures(None if b is None else float(b), float(t), float(a), starts, deadlines, today, mode,
                         on_track, at_risk)
    assert read == tuple(as_cells)
