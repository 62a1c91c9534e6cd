"""One real end-to-end run: the server as a process on a port, the page in headless Chromium."""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import openpyxl
import pytest

from .workbooks import AS_OF, example_workbook

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
                       reason="needs /usr/bin/chromium and /usr/bin/chromedriver for the browser test"),
]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def server_command(port: int) -> list[str]:
    """``python -m xlsmart serve`` when the CLI has it, else the web module's ``serve`` directly."""
    try:
        from xlsmart import cli

        cli.build_parser().parse_args(["serve", "--port", str(port)])
    except (ImportError, AttributeError, SystemExit):
        return [sys.executable, "-c", f"from xlsmart.web.app import serve; serve(port={port})"]
    return [sys.executable, "-m", "xlsmart", "serve", "--port", str(port)]


def wait_until_healthy(base: str, process: subprocess.Popen[bytes], timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"server exited early with {process.returncode}")
        try:
            if httpx.get(f"{base}/healthz", timeout=1).json() == {"status": "ok"}:
                return
        except (httpx.HTTPError, ValueError):
            pass
        time.sleep(0.1)
    raise AssertionError(f"server at {base} not healthy within {timeout_s} s")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    port = free_port()
    log = (tmp_path / "server.log").open("wb")
    process = subprocess.Popen(server_command(port), cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(base, process)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
        log.close()


def chrome(tmp_path: Path, downloads: Path):  # noqa: ANN201 - selenium's WebDriver
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-quic", "--window-size=1280,1400",
                 f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads),
        "download.prompt_for_download": False,
        "safebrowsing.enabled": False,
    })
    return webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)


def wait_for_file(folder: Path, suffix: str, timeout_s: float = 30) -> Path:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        done = [p for p in folder.glob(f"*{suffix}") if p.stat().st_size > 0]
        if done:
            return done[0]
        time.sleep(0.1)
    raise AssertionError(f"no {suffix} download in {folder}: {sorted(p.name for p in folder.iterdir())}")


def test_upload_page_checks_a_workbook_and_downloads_the_coloured_copy(server: str, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import Select, WebDriverWait

    workbook = tmp_path / "campaign plan.xlsx"
    workbook.write_bytes(example_workbook())
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    driver = chrome(tmp_path, downloads)
    try:
        driver.get(server + "/")
        wait = WebDriverWait(driver, 30)
        assert driver.find_element(By.CSS_SELECTOR, "label[for=file]").text.startswith("Workbook")
        driver.execute_script("document.getElementById('as-of').value = arguments[0]", AS_OF)
        Select(driver.find_element(By.ID, "lang")).select_by_value("en")
        driver.find_element(By.ID, "file").send_keys(str(workbook))
        wait.until(ec.visibility_of_element_located((By.CSS_SELECTOR, "table.findings tbody tr")))

        codes = {row.get_attribute("data-code") for row in driver.find_elements(By.CSS_SELECTOR, "table.findings tbody tr")}
        assert {"G04", "K07", "B02"} <= codes
        captions = [c.text for c in driver.find_elements(By.CSS_SELECTOR, "table.findings caption")]
        assert [c.split(":")[0] for c in captions] == ["Goals", "KPIs", "Budgets"]
        chart = driver.find_element(By.CSS_SELECTOR, "#kpi-bars svg").get_attribute("aria-label")
        assert chart == "KPI status: At risk 1, Off track 1, Missed 1"
        assert "campaign plan.xlsx" in driver.find_element(By.ID, "status").text

        ARTIFACTS.mkdir(exist_ok=True)
        driver.save_screenshot(str(ARTIFACTS / "upload-page.png"))

        driver.find_element(By.ID, "download").click()
        downloaded = wait_for_file(downloads, ".xlsx")
        assert downloaded.name == "campaign plan-checked.xlsx"
        book = openpyxl.load_workbook(io.BytesIO(downloaded.read_bytes()))
        assert "Findings" in book.sheetnames
        assert book["Findings"].max_row > 1
    finally:
        driver.quit()
