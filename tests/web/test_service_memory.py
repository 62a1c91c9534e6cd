"""A workbook that needs more memory than a job may use: 413, and the service goes on.

The cell bomb (``live.cell_bomb``) is a 44 KB upload of 200,000 rows that takes about 400 MB to
check. With ``--job-memory-mb 300`` the job's allocations fail in calamine (Rust aborts the job
process); with 400 they fail in Python (MemoryError). Both must read as the same clear 413.
"""

from __future__ import annotations

import asyncio
import io
import zipfile

import httpx
import pytest

from xlsmart.web.jobs import Job, JobFailed, JobRunner

from .live import cell_bomb, running_server
from .workbooks import example_workbook


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return cell_bomb(200_000)


def test_a_job_past_its_memory_gets_413_and_the_next_job_runs(bomb: bytes) -> None:
    runner = JobRunner(workers=1, timeout_s=60, memory_mb=300)

    async def bomb_then_plan() -> tuple[JobFailed, object]:
        with pytest.raises(JobFailed) as refused:
            await runner.run(Job(bomb, "bomb.xlsx"))
        return refused.value, await runner.run(Job(example_workbook(), "plan.xlsx"))

    refused, outcome = asyncio.run(bomb_then_plan())
    assert (refused.status, refused.code) == (413, "too_large")
    assert "needs more memory than the service allows (300 MB" in refused.message
    assert outcome.report["summary"]["rows"] > 0  # type: ignore[attr-defined]


@pytest.mark.e2e
@pytest.mark.parametrize("memory_mb", [300, 400])
def test_a_cell_bomb_against_a_real_server_is_413_and_the_server_goes_on(bomb: bytes, memory_mb: int) -> None:
    with running_server("--job-memory-mb", str(memory_mb), "--workers", "1") as server:
        response = httpx.post(f"{server.base}/api/validate", files={"file": ("bomb.xlsx", bomb)}, timeout=90)
        assert response.status_code == 413
        assert response.headers["x-content-type-options"] == "nosniff"
        error = response.json()["error"]
        assert error["code"] == "too_large"
        assert error["message"].startswith("bomb.xlsx needs more memory than the service allows")
        assert f"{memory_mb:,} MB" in error["message"]
        for output in ("json", "xlsx"):
            after = httpx.post(f"{server.base}/api/validate", params={"output": output},
                               files={"file": ("plan.xlsx", example_workbook())}, timeout=60)
            assert after.status_code == 200


def test_the_bomb_is_a_small_upload_that_expands_hugely(bomb: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(bomb)) as archive:
        expanded = sum(info.file_size for info in archive.infolist())
    assert len(bomb) < 64 * 1024
    assert expanded > 150 * len(bomb)
