"""Real end-to-end runs: the server as a process on a port, the page in headless Chromium.

One server for the module; each test starts its own browser with a fresh profile, in Dutch or
English (``Accept-Language``), at desktop width or a phone's 390 px. What the page shows is
compared with what the validator reports for the same bytes, and the downloads are opened.
"""

from __future__ import annotations

import io
import time
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from xlsmart.validation import validate
from xlsmart.web.page import page_texts

from .live import running_server
from .workbooks import (
    AS_OF,
    HOSTILE,
    XLSM_MAIN,
    XLSX_MAIN,
    as_xlsm,
    example_workbook,
    hostile_workbook,
    zip_bomb,
)

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
DESKTOP, PHONE = (1280, 1400), (390, 844)

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
                       reason="needs /usr/bin/chromium and /usr/bin/chromedriver for the browser test"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_server(log=tmp_path_factory.mktemp("server") / "server.log") as live:
        yield live.base


class Browser:
    """One headless Chromium with a fresh profile, speaking ``language``, saving into ``downloads``."""

    def __init__(self, tmp_path: Path, language: str, size: tuple[int, int] = DESKTOP) -> None:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        self.downloads = tmp_path / "downloads"
        self.downloads.mkdir(parents=True, exist_ok=True)
        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        accept = "nl-NL,nl" if language == "nl" else "en-GB,en"
        for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--disable-quic", f"--window-size={size[0]},{size[1]}",
                     f"--lang={accept.split(',')[0]}", f"--accept-lang={accept}", f"--user-data-dir={tmp_path / 'profile'}"):
            options.add_argument(flag)
        options.add_experimental_option("prefs", {
            "download.default_directory": str(self.downloads),
            "download.prompt_for_download": False,
            "safebrowsing.enabled": False,
            "intl.accept_languages": accept,
        })
        self.driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
        self.driver.set_script_timeout(60)
        if size[0] < 500:  # a window cannot be that narrow: emulate the phone's screen instead
            self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                        {"width": size[0], "height": size[1], "deviceScaleFactor": 2, "mobile": True})

    def css(self, selector: str) -> list[Any]:
        from selenium.webdriver.common.by import By

        return self.driver.find_elements(By.CSS_SELECTOR, selector)

    def one(self, selector: str) -> Any:
        from selenium.webdriver.common.by import By

        return self.driver.find_element(By.CSS_SELECTOR, selector)

    def wait(self, condition: Callable[[Any], Any], timeout_s: float = 30) -> Any:
        from selenium.webdriver.support.ui import WebDriverWait

        return WebDriverWait(self.driver, timeout_s).until(condition)

    def check(self, workbook: Path) -> None:
        """Choose ``workbook`` (its change event sends it) and wait for the report."""
        self.driver.execute_script("document.getElementById('as-of').value = arguments[0]", AS_OF)
        self.one("#file").send_keys(str(workbook))
        self.wait(lambda d: self.css("table.findings tbody tr") and workbook.name in self.one("#status").text)

    def js(self, script: str, *args: Any) -> Any:
        return self.driver.execute_script(script, *args)

    def select(self, selector: str, value: str) -> None:
        from selenium.webdriver.support.ui import Select

        Select(self.one(selector)).select_by_value(value)

    def shown_findings(self) -> list[tuple[str, str, str]]:
        """(cell, code, severity) of each finding row shown."""
        return [tuple(item) for item in self.js(  # read at once: the list is rebuilt as filters change
            "return [...document.querySelectorAll('table.findings tbody tr')]"
            ".map((row) => [row.querySelector('th').textContent, row.dataset.code, row.className])")]

    def bars(self, chart: str) -> dict[tuple[str, int], float]:
        return {(bar.get_attribute("data-key"), int(bar.get_attribute("data-series"))): float(bar.get_attribute("data-value"))
                for bar in self.css(f"#{chart} svg rect[data-key]")}

    def download(self, suffix: str) -> Path:
        before = set(self.downloads.iterdir())
        self.one("#download").click()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            done = [p for p in set(self.downloads.iterdir()) - before
                    if p.suffix == suffix and p.stat().st_size > 0]
            if done:
                return done[0]
            time.sleep(0.1)
        raise AssertionError(f"no {suffix} download in {self.downloads}: {sorted(p.name for p in self.downloads.iterdir())}")

    def axe(self) -> list[dict[str, Any]]:
        """axe-core's serious and critical violations on the page as it is now."""
        self.js(AXE.read_text(encoding="utf-8"))
        found = self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {resultTypes: ['violations']}).then("
            "  (r) => done(r.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help,"
            "                                       nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' '))}))),"
            "  (e) => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));")
        return [v for v in found if v["impact"] in ("serious", "critical")]

    def screenshot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.driver.save_screenshot(str(ARTIFACTS / name))

    def quit(self) -> None:
        self.driver.quit()


@pytest.fixture
def browser_in(tmp_path: Path) -> Iterator[Callable[..., Browser]]:
    started: list[Browser] = []

    def start(language: str, size: tuple[int, int] = DESKTOP) -> Browser:
        browser = Browser(tmp_path / f"browser{len(started)}", language, size)
        started.append(browser)
        return browser

    yield start
    for browser in started:
        browser.quit()


def expected(content: bytes, name: str) -> dict[str, Any]:
    return validate(content, as_of=AS_OF, name=name, overview=True).to_dict()


def saved_workbook(path: Path, main_type: bytes) -> openpyxl.Workbook:
    """The download opened as a zip of the right kind and as a workbook."""
    with zipfile.ZipFile(path) as package:
        assert main_type in package.read("[Content_Types].xml")
    return openpyxl.load_workbook(io.BytesIO(path.read_bytes()), keep_vba=main_type == XLSM_MAIN)


def test_a_dutch_reader_gets_the_page_in_dutch_and_the_xlsm_back_as_xlsm(server: str, browser_in, tmp_path: Path) -> None:
    nl = page_texts()["nl"]
    workbook = tmp_path / "campagneplan Q3.xlsm"
    content = as_xlsm(example_workbook())
    workbook.write_bytes(content)
    report = expected(content, workbook.name)
    browser = browser_in("nl")
    browser.driver.get(server + "/")
    assert browser.js("return document.documentElement.lang") == "nl"
    assert browser.one("label[for=file]").text == nl["field.file"]
    assert browser.one("#check").text == nl["button.check"]
    browser.check(workbook)

    assert browser.one("#status").text.startswith(f"{workbook.name} gecontroleerd")
    assert browser.one("#findings-title").text == nl["findings.title"]
    badges = {badge.text for badge in browser.css("table.findings .badge")}
    assert badges <= {nl["severity.error"], nl["severity.warning"]} and nl["severity.error"] in badges
    # each finding beside its row's ID and words; a goal's five SMART letters with it
    vague = next(row for row in browser.css("table.findings tbody tr") if "G2" in row.text and row.get_attribute("data-code") == "G01")
    assert "Be more visible" in vague.text
    marks = vague.find_elements("css selector", ".mark")
    assert [m.get_attribute("class").split()[-1] for m in marks] == [
        "pass" if mark["passed"] else "fail" for mark in next(r for r in report["overview"] if r["id"] == "G2")["smart"]]
    # the pictures count what the report says
    kpis = Counter(row["status"] for row in report["overview"] if row["kind"] == "kpis")
    assert {key: value for (key, _), value in browser.bars("kpi-chart").items()} == {
        status: float(kpis.get(status, 0)) for status in ("on_track", "achieved", "at_risk", "off_track", "missed",
                                                          "not_started", "no_data")}
    assert kpis["on_track"] == 1 and kpis["achieved"] == 1 and kpis["no_data"] == 1
    assert nl["status.on_track"] in browser.one("#kpi-chart svg").get_attribute("aria-label")
    scores = Counter(row["score"] for row in report["overview"] if row["kind"] == "goals")
    assert browser.bars("smart-chart") == {(str(score), 0): float(scores.get(score, 0)) for score in range(6)}
    budgets: dict[tuple[str, int], float] = Counter()
    for row in report["overview"]:
        if row["kind"] == "budgets":
            budgets[(row["group"], 0)] += row["planned"] or 0
            budgets[(row["group"], 1)] += row["actual"] or 0
    assert browser.bars("budget-chart") == dict(budgets)
    browser.screenshot("upload-page-nl.png")

    saved = browser.download(".xlsm")
    assert saved.name == "campagneplan Q3-checked.xlsm"
    book = saved_workbook(saved, XLSM_MAIN)
    assert book["Findings"].max_row > 1


def test_an_english_reader_filters_searches_sorts_and_downloads_xlsx(server: str, browser_in, tmp_path: Path) -> None:
    en, nl = page_texts()["en"], page_texts()["nl"]
    workbook = tmp_path / "campaign plan.xlsx"
    content = example_workbook()
    workbook.write_bytes(content)
    report = expected(content, workbook.name)
    browser = browser_in("en")
    browser.driver.get(server + "/")
    assert browser.js("return document.documentElement.lang") == "en"
    assert browser.one("label[for=file]").text == en["field.file"]
    browser.check(workbook)

    everything = browser.shown_findings()
    assert [(cell, code) for cell, code, _ in everything] == [(f["cell"], f["code"]) for f in report["findings"]]
    browser.select("#filter-sheet", "KPIs")
    assert {cell.split("!")[0] for cell, _, _ in browser.shown_findings()} == {"KPIs"}
    browser.select("#filter-severity", "warning")
    assert [code for _, code, _ in browser.shown_findings()] == [
        f["code"] for f in report["findings"] if f["sheet"] == "KPIs" and f["severity"] == "warning"]
    browser.select("#filter-sheet", "")
    browser.select("#filter-severity", "")
    browser.select("#filter-code", "B02")
    assert [code for _, code, _ in browser.shown_findings()] == ["B02"]
    browser.select("#filter-code", "")
    browser.one("#filter-search").send_keys("demo requests")  # a KPI's name: found by its row's words
    browser.wait(lambda d: len(browser.shown_findings()) < len(everything))
    rows = {f["row"] for f in report["findings"] if f["sheet"] == "KPIs"} & {
        r["row"] for r in report["overview"] if r["text"] == "Demo requests"}
    assert {cell for cell, _, _ in browser.shown_findings()} == {f["cell"] for f in report["findings"]
                                                                  if f["sheet"] == "KPIs" and f["row"] in rows}
    browser.one("#filter-search").clear()
    browser.one("#filter-search").send_keys("zzz-nothing")
    browser.wait(lambda d: browser.css("#findings p.empty"))
    assert browser.one("#findings p.empty").text == en["findings.nomatch"]
    browser.js("const s = document.getElementById('filter-search'); s.value = '';"
               "s.dispatchEvent(new Event('input'))")
    browser.wait(lambda d: len(browser.shown_findings()) == len(everything))
    browser.select("#filter-sort", "severity")
    severities = [kind for _, _, kind in browser.shown_findings()]
    assert severities == sorted(severities)  # "error" before "warning"

    # the workbook's rows, the failing ones coloured as in the coloured copy
    browser.select("#rows-sheet", "Budgets")
    coloured = {row.get_attribute("data-id"): row.get_attribute("class") for row in browser.css("table.rows tbody tr")}
    worst = {}
    for f in report["findings"]:
        if f["sheet"] == "Budgets":
            worst[f["row"]] = "error" if f["severity"] == "error" or worst.get(f["row"]) == "error" else "warning"
    assert coloured == {r["id"]: f"row-{worst.get(r['row'], 'none')}" for r in report["overview"] if r["sheet"] == "Budgets"}
    background = browser.js("return getComputedStyle(document.querySelector('table.rows tr.row-error td')).backgroundColor")
    assert background == "rgb(246, 201, 196)"  # the coloured copy's FFF6C9C4

    browser.screenshot("upload-page-en.png")

    # the switch: the page in Dutch at once, results and the status line included
    browser.one(".lang-choice[data-lang=nl]").click()
    assert browser.js("return document.documentElement.lang") == "nl"
    assert browser.one("#download").text == nl["button.download"]
    assert browser.one("table.findings thead th").text == nl["column.cell"]
    errors = sum(f["severity"] == "error" for f in report["findings"])
    assert browser.one("#status").text.startswith(f"{workbook.name} gecontroleerd: {errors} fouten")
    assert browser.one("#summary").text.startswith(nl["count.rows.other"].format(n=report["summary"]["rows"]))

    saved = browser.download(".xlsx")
    assert saved.name == "campaign plan-checked.xlsx"
    assert browser.one("#status").text == f"{saved.name} gedownload."
    assert saved_workbook(saved, XLSX_MAIN)["Findings"].max_row > 1

    browser.driver.refresh()  # the choice is remembered
    browser.wait(lambda d: browser.one("#check").text == nl["button.check"])
    assert browser.js("return document.documentElement.lang") == "nl"


def test_on_a_phone_the_findings_are_readable_cards(server: str, browser_in, tmp_path: Path) -> None:
    workbook = tmp_path / "plan.xlsx"
    workbook.write_bytes(example_workbook())
    browser = browser_in("en", PHONE)
    browser.driver.get(server + "/")
    browser.check(workbook)
    width = browser.js("return document.documentElement.clientWidth")
    assert width <= 400
    assert browser.js("return document.documentElement.scrollWidth") <= width  # nothing sticks out sideways
    message = browser.one("table.findings tbody tr td.message")
    assert message.size["width"] >= width * 0.7  # the message has the card's width, not a sliver of a column
    browser.screenshot("upload-page-phone.png")


def test_a_long_report_is_shown_a_page_at_a_time(server: str, browser_in, tmp_path: Path) -> None:
    workbook = tmp_path / "big plan.xlsx"
    content = example_workbook(repeat=120)
    workbook.write_bytes(content)
    report = expected(content, workbook.name)
    assert len(report["findings"]) > 1000
    browser = browser_in("en")
    browser.driver.get(server + "/")
    browser.check(workbook)
    first = browser.shown_findings()
    assert len(first) == 50
    assert f"{len(report['findings']):,}" in browser.one("#findings-count").text
    browser.one("#findings-pager .next").click()
    second = browser.shown_findings()
    assert [cell for cell, _, _ in first + second] == [f["cell"] for f in report["findings"][:100]]


def test_markup_in_cells_is_shown_as_text_and_never_runs(server: str, browser_in, tmp_path: Path) -> None:
    workbook = tmp_path / "<b>plan<img src=x>.xlsx"
    workbook.write_bytes(hostile_workbook())
    browser = browser_in("en")
    browser.driver.get(server + "/")
    browser.check(workbook)
    for sheet in ("Goals", "KPIs", "Budgets"):
        browser.select("#rows-sheet", sheet)
        assert HOSTILE in browser.one("table.rows tbody tr").text
    assert HOSTILE in browser.one("table.findings tbody tr").text  # beside its finding too
    assert HOSTILE in browser.one("#budget-chart svg").get_attribute("aria-label")
    assert browser.js("return window.pwned === undefined && document.querySelectorAll('#results img, #results script').length")\
        == 0


@pytest.mark.skipif(not AXE.exists(), reason="axe-core is not installed: run `make test` (npm ci) to install it")
@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_no_serious_accessibility_violations(server: str, browser_in, tmp_path: Path, language: str,
                                             size: tuple[int, int]) -> None:
    workbook = tmp_path / "plan.xlsx"
    workbook.write_bytes(example_workbook())
    browser = browser_in(language, size)
    browser.driver.get(server + "/")
    assert browser.axe() == []  # the empty page
    browser.check(workbook)
    for details in browser.css("details.why")[:1]:
        details.click()
    browser.select("#rows-sheet", "Goals")
    assert browser.axe() == []  # with findings, charts and rows


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_refusal_is_said_in_the_readers_language_and_a_files_cause_in_the_servers_words(
        server: str, browser_in, tmp_path: Path, language: str) -> None:
    texts = page_texts()[language]
    browser = browser_in(language)
    browser.driver.get(server + "/")

    bomb = tmp_path / "bomb.xlsx"
    bomb.write_bytes(zip_bomb())  # refused by the service (413 too_large) before any row is read
    browser.one("#file").send_keys(str(bomb))
    status = browser.wait(lambda d: said_after_checking(browser, texts, "bomb.xlsx"))
    assert texts["error.too_large"] in status
    assert status == texts["say.not_checked"].format(name="bomb.xlsx", why=texts["error.too_large"])

    broken = tmp_path / "notes.xlsx"
    broken.write_bytes(b"these are my notes, not a workbook")
    browser.one("#file").send_keys(str(broken))
    status = browser.wait(lambda d: said_after_checking(browser, texts, "notes.xlsx"))
    before, _, _ = texts["say.not_checked"].partition("{why}")
    assert status.startswith(before.format(name="notes.xlsx"))  # the reader's language around ...
    assert "notes.xlsx" in status and status != before.format(name="notes.xlsx")  # ... the server's cause
    assert all(status != text for key, text in texts.items() if key.startswith("error."))


def said_after_checking(browser: Browser, texts: dict[str, str], name: str) -> str | None:
    """The status line once the page has had its answer about ``name``, else None."""
    status = browser.one("#status").text
    return status if name in status and status != texts["say.checking"].format(name=name) else None
