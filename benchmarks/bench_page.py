"""How the upload page copes with a long report: a real ``xlsmart serve`` on loopback and the page
in headless Chromium (as in ``tests/web/test_e2e.py``); it needs a browser, so it is run by hand.

For a workbook of ``--repeat`` copies of the example rows (350 copies: 4,550 rows, about 10,000
findings) it measures the service's answer with and without ``?overview=true`` (median of three,
and its size), then in the page: the time from the answer's arrival to the findings, rows and
charts on screen, a search, a change of sort and a language switch, and how many table rows the
page holds (one page of 50 findings and 50 rows, whatever the report's length).

Run: ``python benchmarks/bench_page.py [--repeat 350]`` (needs chromium and chromedriver).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the checkout's tests: this script runs from a checkout, not an install

from tests.web.live import running_server  # noqa: E402
from tests.web.test_e2e import DESKTOP, Browser  # noqa: E402
from tests.web.workbooks import AS_OF, example_workbook  # noqa: E402


def answer_times(base: str, content: bytes, overview: bool) -> tuple[float, int, int]:
    """(median seconds, bytes, findings) of three JSON answers."""
    times, size, findings = [], 0, 0
    for _ in range(3):
        started = time.perf_counter()
        response = httpx.post(f"{base}/api/validate", params={"overview": str(overview).lower()},
                              files={"file": ("big.xlsx", content)}, data={"as_of": AS_OF}, timeout=300)
        times.append(time.perf_counter() - started)
        response.raise_for_status()
        size, findings = len(response.content), len(response.json()["findings"])
    return statistics.median(times), size, findings


def in_page(base: str, workbook: Path, folder: Path) -> dict[str, float]:
    browser = Browser(folder, "en", DESKTOP)
    try:
        browser.driver.get(base + "/")
        browser.js("const send = window.fetch; window.fetch = async (...args) => {"
                   " const answer = await send(...args); window.answered = performance.now(); return answer; };")
        browser.check(workbook)
        shown = browser.js("return performance.now() - window.answered")  # reading the JSON included
        render = browser.js("const t = performance.now(); show(state.report, false); return performance.now() - t")
        searched = browser.js("const t = performance.now(); document.getElementById('filter-search').value = 'be more visible';"
                              "refilter(); return performance.now() - t")  # the page's own filter, without its typing pause
        resort = browser.js("const t = performance.now(); const sort = document.getElementById('filter-sort');"
                            "sort.value = 'code'; sort.dispatchEvent(new Event('change')); return performance.now() - t")
        switch = browser.js("const t = performance.now(); document.querySelector('.lang-choice[data-lang=nl]').click();"
                            "return performance.now() - t")
        rows = browser.js("return document.querySelectorAll('tr').length")
        return {"shown_ms": shown, "render_ms": render, "search_ms": searched, "sort_ms": resort, "switch_ms": switch, "table_rows": rows}
    finally:
        browser.quit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=350, help="copies of the example rows (default 350)")
    args = parser.parse_args()
    content = example_workbook(repeat=args.repeat)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        workbook = folder / "big.xlsx"
        workbook.write_bytes(content)
        with running_server(log=folder / "server.log") as server:
            for overview in (False, True):
                seconds, size, findings = answer_times(server.base, content, overview)
                print(f"answer, overview={str(overview).lower():5}: {seconds:.2f} s median of 3, "
                      f"{size / 1e6:.2f} MB, {findings:,} findings")
            figures = in_page(server.base, workbook, folder / "browser")
            print(f"page: shown {figures['shown_ms']:.0f} ms after the answer arrived (of which drawing "
                  f"{figures['render_ms']:.0f} ms); search "
                  f"{figures['search_ms']:.0f} ms; sort {figures['sort_ms']:.0f} ms; language switch "
                  f"{figures['switch_ms']:.0f} ms; {figures['table_rows']:.0f} table rows in the page")


if __name__ == "__main__":
    main()
