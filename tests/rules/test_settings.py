"""The Settings sheet: a share is a fraction (0.8 is 80 %, as Excel stores a cell formatted as a
percentage) or a percentage written with its sign ("80%"); a threshold or a decrease of 80 can
only mean 80 %; a bare increase is always a fraction (6 is +600 %, never 6 %)."""

from __future__ import annotations

from datetime import date

import pytest

from xlsmart import schema
from xlsmart.rules.engine import check_workbook
from xlsmart.workbook.records import workbook_from_sheets

AS_OF = date(2027, 7, 1)
KPI_HEAD = ["ID", "Goal ID", "KPI", "Team", "Owner", "Baseline", "Target", "Actual", "Start", "Deadline", "Review"]
BEHIND = ["K1", "G1", "Leads", "Web", "Bo", 100, 200, 142, "2027-01-01", "2027-12-31", "monthly"]  # 42 % done, half the time gone
GOALS_HEAD = ["ID", "Goal", "Start", "Deadline", "Owner"]
FIVEFOLD = "We increase website leads from 100 to 500 within six months"  # +400 %
SIXTY_LESS = "We reduce no-shows from 100 to 40 within six months"  # -60 %


def found(sheets: dict, settings: list[list[object]]) -> list[str]:
    data = workbook_from_sheets({**sheets, "Settings": [["Setting", "Value"], *settings]})
    return sorted(f.code for f in check_workbook(data, as_of=AS_OF).findings)


@pytest.mark.parametrize("on_track", [0.8, "0.8", 80, "80", "80%", "80 %"])
def test_an_on_track_threshold_of_80_percent_reads_the_same_however_it_is_written(on_track):
    assert found({"KPIs": [KPI_HEAD, BEHIND]}, []) == ["K06"]  # at the default 90 %: at risk
    assert found({"KPIs": [KPI_HEAD, BEHIND]}, [["On track threshold", on_track]]) == []


@pytest.mark.parametrize("on_track, at_risk", [(0.95, 0.9), (95, 90), ("95%", "90 %"), (0.95, 90)])
def test_thresholds_above_the_progress_made_make_it_off_track_in_fractions_or_percentages(on_track, at_risk):
    assert found({"KPIs": [KPI_HEAD, BEHIND]}, [["On track threshold", on_track], ["At risk threshold", at_risk]]) == ["K07"]


@pytest.mark.parametrize("increase, realistic", [
    (5, True),  # a fraction: +500 %
    (6, True),  # +600 %: not 6 %, though 6 is above 5
    (4, True),  # exactly the +400 % asked
    (3, False),  # +300 %
    ("600%", True),
    ("6%", False),  # with its sign: 6 %
    (0.5, False),
])
def test_a_bare_largest_increase_is_a_fraction_and_a_percentage_carries_its_sign(increase, realistic):
    goals = {"Goals": [GOALS_HEAD, ["G1", FIVEFOLD, "2027-01-01", "2027-06-30", "Ann"]]}
    assert found(goals, [["Largest realistic increase", increase]]) == ([] if realistic else ["G01"])


@pytest.mark.parametrize("decrease", [0.7, 70, "70%", "0,7"])
def test_a_largest_decrease_of_70_percent_reads_the_same_however_it_is_written(decrease):
    goals = {"Goals": [GOALS_HEAD, ["G1", SIXTY_LESS, "2027-01-01", "2027-06-30", "Ann"]]}
    assert found(goals, []) == ["G01"]  # -60 % is more than the default 50 %
    assert found(goals, [["Grootste realistische daling", decrease]]) == []


def test_the_templates_own_settings_mean_what_no_settings_mean():
    """The template writes each share as a fraction in a cell formatted as a percentage."""
    defaults = [[setting.en, setting.default] for setting in schema.SETTINGS if setting.default is not None]
    sheets = {"Goals": [GOALS_HEAD, ["G1", FIVEFOLD, "2027-01-01", "2027-06-30", "Ann"],
                        ["G2", SIXTY_LESS, "2027-01-01", "2027-06-30", "Ann"]], "KPIs": [KPI_HEAD, BEHIND]}
    assert found(sheets, defaults) == found(sheets, []) == ["G01", "G01", "K06"]

