"""Workbook rules: each code triggered by a small table, asserted as (sheet, row, code) tuples."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from xlsmart.core.kpi import judge_kpi
from xlsmart.core.messages import format_number
from xlsmart.model import CellError, Severity
from xlsmart.rules.engine import check_workbook
from xlsmart.rules.registry import RULES
from xlsmart.workbook.records import workbook_from_sheets

AS_OF = date(2027, 7, 1)
GOALS_HEAD = ["ID", "Goal", "Category", "Start", "Deadline", "Owner", "Parent"]
GOOD_GOAL = "We increase website leads from 100 to 150 within six months"
KPI_HEAD = ["ID", "Goal ID", "KPI", "Team", "Owner", "Baseline", "Target", "Actual", "Start", "Deadline", "Review"]
BUDGET_HEAD = ["ID", "Budget group", "Campaign", "Goal ID", "Planned", "Actual", "Revenue"]


def goal(id_="G1", text=GOOD_GOAL, category="customer", start="2027-01-01", deadline="2027-06-30", owner="Ann", parent=None):
    return [id_, text, category, start, deadline, owner, parent]


def kpi(id_="K1", goal_id="G1", team="Web", owner="Bo", baseline=100, target=200, actual=160,
        start="2027-01-01", deadline="2027-12-31", review="monthly"):
    return [id_, goal_id, "Leads", team, owner, baseline, target, actual, start, deadline, review]


def budget(id_="B1", group="external seeding", goal_id="G1", planned=1000, actual=800, revenue=2000):
    return [id_, group, "Spring", goal_id, planned, actual, revenue]


def codes(sheets, **kwargs):
    report = check_workbook(workbook_from_sheets(sheets), as_of=AS_OF, **kwargs)
    return {(f.sheet, f.row, f.code) for f in report.findings}


def test_clean_workbook_has_no_findings():
    assert codes({"Goals": [GOALS_HEAD, goal()], "KPIs": [KPI_HEAD, kpi()], "Budgets": [BUDGET_HEAD, budget()]}) == set()


@pytest.mark.parametrize(
    "rows, expected",
    [
        ([goal(text="Generate more leads", owner=None)], ("Goals", 2, "G01")),
        ([goal(), goal()], ("Goals", 3, "G02")),
        ([goal(id_=None)], ("Goals", 2, "G03")),
        ([goal(start="2027-06-01", deadline="2027-03-01")], ("Goals", 2, "G04")),
        ([goal(category="output short-term", start="2027-01-01", deadline="2028-06-30")], ("Goals", 2, "G05")),
        ([goal(category="output lange termijn", start="2027-01-01", deadline="2027-04-01")], ("Goals", 2, "G06")),
        ([goal(parent="G99")], ("Goals", 2, "G07")),
        ([goal(category="branding")], ("Goals", 2, "G08")),
        ([goal(deadline="31-31-2027")], ("Goals", 2, "W04")),
        ([goal(deadline=CellError("#N/A"))], ("Goals", 2, "W02")),
    ],
)
def test_goal_rules(rows, expected):
    assert expected in codes({"Goals": [GOALS_HEAD, *rows]})


@pytest.mark.parametrize(
    "row, code",
    [
        (kpi(goal_id="G42"), "K01"),
        (kpi(goal_id=None), "K01"),
        (kpi(owner=None), "K02"),
        (kpi(deadline=None), "K03"),
        (kpi(review=None), "K04"),
        (kpi(actual=140), "K06"),  # half the time gone, 40 % of the way
        (kpi(actual=110), "K07"),
        (kpi(deadline="2027-05-01", actual=180), "K08"),
        (kpi(start="2027-06-01", deadline="2027-03-01"), "K09"),
        (kpi(target=None), "K10"),
        (kpi(target="lots"), "W03"),
    ],
)
def test_kpi_rules(row, code):
    found = codes({"Goals": [GOALS_HEAD, goal()], "KPIs": [KPI_HEAD, row]})
    assert ("KPIs", 2, code) in found


def test_a_team_with_six_kpis_is_warned_on_the_sixth():
    rows = [kpi(id_=f"K{i}") for i in range(6)] + [kpi(id_="K9", team="Other")]
    found = {c for c in codes({"Goals": [GOALS_HEAD, goal()], "KPIs": [KPI_HEAD, *rows]}) if c[2] == "K05"}
    assert found == {("KPIs", 7, "K05")}


@pytest.mark.parametrize(
    "row, code",
    [
        (budget(planned=-5), "B01"),
        (budget(planned=1000, actual=1250), "B02"),
        (budget(group="misc"), "B03"),
        (budget(goal_id="G77"), "B04"),
        (budget(actual=800, revenue=300), "B05"),
        (budget(planned="1.000", actual="1.200,50"), "B02"),  # Dutch number text
    ],
)
def test_budget_rules(row, code):
    assert ("Budgets", 2, code) in codes({"Goals": [GOALS_HEAD, goal()], "Budgets": [BUDGET_HEAD, row]})


def test_duplicate_budget_ids():
    found = codes({"Budgets": [BUDGET_HEAD, budget(), budget()]})
    assert ("Budgets", 3, "B06") in found


def test_dutch_list_values_are_accepted_under_english_headers():
    rows = [goal(category="klant"), budget(group="extern zaaien")]
    found = codes({"Goals": [GOALS_HEAD, rows[0]], "Budgets": [BUDGET_HEAD, rows[1]]})
    assert not {c for c in found if c[2] in ("G08", "B03")}


def test_real_excel_rows_count_title_and_blank_rows():
    sheet = [["Marketing plan 2027"], [], GOALS_HEAD, goal(), [None] * 7, [], goal(id_="G2", owner=None, text="Meer omzet")]
    found = codes({"Goals": sheet})
    assert ("Goals", 7, "G01") in found
    assert all(row == 7 for _, row, _ in found)


def test_missing_required_column_is_named_on_the_header_row():
    report = check_workbook(workbook_from_sheets({"KPIs": [["Titel"], ["ID", "KPI", "Owner"], ["K1", "Leads", "Bo"]]}), as_of=AS_OF)
    missing = [f for f in report.findings if f.code == "W01"]
    assert [(f.row, f.column) for f in missing] == [(2, "Goal ID")]


@pytest.mark.parametrize("written, meant", [
    ("Goal IDs", "Goal ID"), ("Goal-Id's", "Goal ID"), ("Doel-IDs", "Goal ID"), ("Goal Idd", "Goal ID"),
])
def test_a_misspelt_required_header_is_named_with_what_to_rename_it_to(written, meant):
    sheet = [["ID", written, "KPI", "Owner"], ["K1", "G1", "Leads", "Bo"]]
    report = check_workbook(workbook_from_sheets({"KPIs": sheet}), as_of=AS_OF)
    [missing] = [f for f in report.findings if f.code == "W01"]
    assert missing.column == meant
    assert f"Is it '{written}'? Then rename that header to '{meant}'." in missing.message


def test_no_near_miss_is_guessed_for_an_unrelated_header():
    sheet = [["ID", "Remarks", "KPI", "Owner"], ["K1", "G1", "Leads", "Bo"]]
    [missing] = [f for f in check_workbook(workbook_from_sheets({"KPIs": sheet}), as_of=AS_OF).findings if f.code == "W01"]
    assert "Is it" not in missing.message


@pytest.mark.parametrize("rows", [
    [["Goals 2027"], ["Owner: Ann"], ["G1", "More leads"]],  # no header at all
    [["Goal", "goal"], ["More leads", "x"]],  # one header word twice is not a header row
    [["SMART score", "SMART gaps"], [3, "RT"]],  # only our formula columns: nothing to read
])
def test_a_named_sheet_without_a_header_row_is_one_w05_not_a_cascade(rows):
    report = check_workbook(workbook_from_sheets({"Goals": rows, "KPIs": [KPI_HEAD, kpi()]}), as_of=AS_OF)
    goals = [(f.row, f.code) for f in report.findings if f.sheet == "Goals"]
    assert goals == [(1, "W05")]
    assert "ID, Goal" in next(f.message for f in report.findings if f.code == "W05")


def test_messages_follow_the_headers_language_and_lang_overrides():
    dutch = {"Doelstellingen": [["ID", "Doelstelling", "Eigenaar"], ["D1", "Meer leads", "Els"]]}
    report = check_workbook(workbook_from_sheets(dutch), as_of=AS_OF)
    assert "SMART-score" in report.findings[0].message
    english = check_workbook(workbook_from_sheets(dutch), as_of=AS_OF, lang="en")
    assert "SMART score" in english.findings[0].message


def test_settings_sheet_sets_minimum_score_and_cli_argument_wins():
    rows = {"Goals": [GOALS_HEAD, goal(text="Increase leads to 500", owner=None, deadline=None, start=None)],
            "Settings": [["Minimum SMART score", 2]]}
    assert not [c for c in codes(rows) if c[2] == "G01"]
    assert [c for c in codes(rows, min_score=5) if c[2] == "G01"]


def test_formula_columns_are_not_trusted():
    head = [*GOALS_HEAD, "SMART score"]
    rows = {"Goals": [head, [*goal(text="Generate more leads"), 5]]}
    assert ("Goals", 2, "G01") in codes(rows)


def test_every_finding_names_a_cell_and_a_known_code():
    sheets = {"Goals": [GOALS_HEAD, goal(text="vague", owner=None)], "KPIs": [KPI_HEAD, kpi(goal_id="nope", owner=None)]}
    report = check_workbook(workbook_from_sheets(sheets), as_of=AS_OF)
    assert report.findings
    for finding in report.findings:
        assert finding.code in RULES
        assert finding.severity is RULES[finding.code].severity
        assert finding.cell.startswith(finding.sheet + "!")


def test_every_rule_code_is_documented_in_the_readme_and_tested_here():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    tested = Path(__file__).read_text(encoding="utf-8")
    for code in RULES:
        assert f"`{code}`" in readme, f"{code} missing from the README's table of codes"
        assert f'"{code}"' in tested, f"{code} has no test in tests/rules"


def test_severity_of_status_findings():
    assert RULES["K06"].severity is Severity.WARNING
    assert RULES["K07"].severity is Severity.ERROR


def test_direction_off_the_list():
    sheets = {"Goals": [["ID", "Goal", "Direction", "Owner"], ["G1", GOOD_GOAL, "sideways", "Ann"]]}
    assert ("Goals", 2, "G09") in codes(sheets)


KPI_HEAD_NL = ["ID", "Doel-ID", "KPI", "Team", "Eigenaar", "Nulmeting", "Streefwaarde", "Actueel", "Start", "Deadline", "Evaluatie"]
FAULTY = {
    "Goals": [GOALS_HEAD, goal(), goal(), goal("G2", "Generate more leads", owner=None), goal("G3", parent="G9"),
              goal("G4", start="2027-06-01", deadline="2027-03-01"), goal("G5", deadline="31-31-2027")],
    "KPIs": [KPI_HEAD, kpi(), kpi("K2", goal_id="G9"), kpi("K3", owner=None, actual=101), kpi("K4", review=None),
             *[kpi(f"K{i}", team="Six") for i in range(5, 11)], kpi("K11", target="lots")],
    "Budgets": [BUDGET_HEAD, budget(), budget("B2", group="misc", goal_id="G9", planned=-5), budget("B3", actual=5000, revenue=10)],
}


@pytest.mark.parametrize("order", [("Goals", "KPIs", "Budgets"), ("KPIs", "Budgets", "Goals"), ("Budgets", "Goals", "KPIs")])
def test_the_report_does_not_depend_on_the_order_of_the_sheets(order):
    first = check_workbook(workbook_from_sheets(FAULTY), as_of=AS_OF)
    report = check_workbook(workbook_from_sheets({name: FAULTY[name] for name in order}), as_of=AS_OF)
    assert [f.to_dict() for f in report.findings] == [f.to_dict() for f in first.findings]
    assert {f.code for f in report.findings} >= {"G01", "G02", "G04", "G07", "W04", "K01", "K02", "K05", "W03", "B01", "B03", "B04"}


def test_one_dutch_sheet_makes_every_message_dutch_wherever_it_sits():
    for order in (("Goals", "KPIs", "Budgets"), ("Budgets", "Goals", "KPIs")):
        sheets = {name: FAULTY[name] for name in order}
        sheets["KPIs"] = [KPI_HEAD_NL, *FAULTY["KPIs"][1:]]
        report = check_workbook(workbook_from_sheets(sheets), as_of=AS_OF)
        assert report.lang == "nl"
        assert next(f.message for f in report.findings if f.code == "G01").startswith("SMART-score")


# --- K06/K07/K08 quote the figures the status was decided by ----------------------------------

STATUS_CODES = {"at_risk": "K06", "off_track": "K07", "missed": "K08"}


def kpi_with_kind(kind="auto", **fields):
    return [*kpi(**fields), kind]


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize(
    "row, status, basis",
    [
        (kpi_with_kind(actual=140), "at_risk", "progress"),  # 40 % of the way, half the time gone
        (kpi_with_kind(actual=110), "off_track", "progress"),
        (kpi_with_kind(actual=90), "off_track", "progress"),  # backwards: -10 %
        (kpi_with_kind(deadline="2027-05-01", actual=180), "missed", "progress"),
        (kpi_with_kind(baseline=8, target=4, actual=6.5), "at_risk", "progress"),  # a decrease
        (kpi_with_kind(baseline=8, target=4, actual=7), "off_track", "progress"),
        (kpi_with_kind(baseline=None, actual=150), "off_track", "no_baseline"),  # empty baseline
        (kpi_with_kind(baseline=45, target=45, actual=50), "off_track", "keep"),
        (kpi_with_kind("at most", baseline=0, target=100, actual=120), "off_track", "ceiling"),  # 120 % of a ceiling
        (kpi_with_kind("maximaal", baseline=None, target="4%", actual="6%"), "off_track", "ceiling"),
        (kpi_with_kind("at least", baseline=None, target=85, actual=80), "off_track", "floor"),  # below a floor
        (kpi_with_kind(start=None, deadline=None, actual=90), "off_track", "no_deadline"),  # no dates
        (kpi_with_kind(start=None, actual=150), "off_track", "no_start"),
        (kpi_with_kind(start=None, actual=180), "at_risk", "no_start"),
    ],
)
def test_status_messages_quote_what_the_status_was_decided_by(row, status, basis, lang):
    report = check_workbook(workbook_from_sheets({"KPIs": [[*KPI_HEAD, "Kind"], row]}), as_of=AS_OF, lang=lang)
    found = [f for f in report.findings if f.code in STATUS_CODES.values()]
    assert [(f.sheet, f.row, f.code) for f in found] == [("KPIs", 2, STATUS_CODES[status])]
    message = found[0].message
    baseline, target, actual, start, deadline = (typed(v) for v in row[5:10])
    judged = judge_kpi(baseline, target, actual, start, deadline, as_of=AS_OF, kind=row[-1])
    assert (judged.status, judged.basis) == (status, basis)

    quoted = percentages(message, lang)
    if judged.progress is None:  # actual against target: both quoted, no progress or time
        assert judged.elapsed is None
        assert number_text(judged.actual, row[7], lang) in message
        assert number_text(judged.target, row[6], lang) in message
        a, t = judged.actual, judged.target
        decided = {"ceiling": a > t, "floor": a < t}.get(basis, abs(a - t) > 0.05 * abs(t))
        assert decided
        expected = {"keep": [0.05], "no_baseline": [0.05]}.get(basis, [])
        if isinstance(row[7], str):  # cells written as percentages are quoted as such
            expected = [a / 100, t / 100]
        assert quoted == pytest.approx(expected)
        return
    progress = quoted[0]
    assert progress == pytest.approx(judged.progress, abs=0.0005)
    if status == "missed" or basis in ("no_start", "no_deadline"):
        assert len(quoted) == 1  # no elapsed figure: none was measured, or none decided
        elapsed = {"no_start": 1.0, "no_deadline": 0.0}.get(basis)
    else:
        assert len(quoted) == 2
        elapsed = quoted[1]
        assert elapsed == pytest.approx(judged.elapsed, abs=0.0005)
    if status == "missed":
        assert progress < 1 and deadline < AS_OF
    elif status == "at_risk":
        assert 0.7 * elapsed <= progress < 0.9 * elapsed
    else:
        assert progress < 0.7 * elapsed


def typed(value):
    """A cell as the engine types it, for judge_kpi: dates as dates, '4%' as 4."""
    if isinstance(value, str) and value.endswith("%"):
        return float(value[:-1])
    if isinstance(value, str):
        return date.fromisoformat(value)
    return value


def percentages(message: str, lang: str) -> list[float]:
    """The percentages a message quotes, as fractions."""
    found = re.findall(r"(-?[\d.,]+)%", message)
    if lang == "nl":
        return [float(text.replace(".", "").replace(",", ".")) / 100 for text in found]
    return [float(text.replace(",", "")) / 100 for text in found]


def number_text(value: float, cell, lang: str) -> str:
    return format_number(value, lang) + ("%" if isinstance(cell, str) else "")


def test_a_ceiling_over_its_target_says_so_in_both_languages():
    row = kpi_with_kind("at most", baseline=0, target=100, actual=120)
    messages = {lang: check_workbook(workbook_from_sheets({"KPIs": [[*KPI_HEAD, "Kind"], row]}), as_of=AS_OF, lang=lang)
                for lang in ("en", "nl")}
    k07 = {lang: [f.message for f in report.findings if f.code == "K07"] for lang, report in messages.items()}
    assert k07 == {"en": ["Status Off track: actual 120 is above the ceiling 100; act now or reset the target."],
                   "nl": ["Status Uit koers: actueel 120 ligt boven het plafond 100; grijp nu in of stel het doel bij."]}


def written_as(how, value):
    """A KPI cell as a workbook may hold it: the float a reader gives, an int, text, a datetime."""
    if value is None or how == "floats":
        return float(value) if isinstance(value, int) else value
    if isinstance(value, date):
        return {"text": value.strftime("%d-%m-%Y"), "datetimes": datetime(value.year, value.month, value.day, 9, 30)}.get(how, value)
    return {"ints": value, "text": str(value)}.get(how, float(value))


@pytest.mark.parametrize("kind", ["auto", "at most", "Minimaal", None, "sideways"])
@pytest.mark.parametrize("deadline", [date(2027, 12, 31), date(2027, 5, 1), None])
@pytest.mark.parametrize("baseline, actual", [(100, 140), (100, 110), (100, 180), (100, 250), (100, 90), (None, 150),
                                              (200, 205), (200, 150)])
def test_a_kpi_is_judged_alike_however_its_cells_are_written(kind, deadline, baseline, actual):
    seen = {}
    for how in ("floats", "ints", "text", "datetimes"):
        cells = [written_as(how, v) for v in (baseline, 200, actual, date(2027, 1, 1), deadline)]
        row = [*kpi(), kind]
        row[5:10] = cells
        report = check_workbook(workbook_from_sheets({"KPIs": [[*KPI_HEAD, "Kind"], row]}), as_of=AS_OF, overview=True)
        seen[how] = ([(f.code, f.row, f.message) for f in report.findings], [view.status for view in report.overview])
    assert seen["ints"] == seen["text"] == seen["datetimes"] == seen["floats"]
