"""In-process tests of every route, limit and error of the web service (no server, no sleep)."""

from __future__ import annotations

import asyncio
import io
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import openpyxl
import pytest
from fastapi.testclient import TestClient

from xlsmart.validation import validate
from xlsmart.web.app import XLSM_TYPE, XLSX_TYPE, create_app
from xlsmart.web.jobs import Job, JobFailed, JobRunner, run_job

from .workbooks import (
    AS_OF,
    as_xlsm,
    example_workbook,
    password_protected,
    replace_member,
    xml_bomb,
    zip_bomb,
)

URL = "/api/validate"


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(max_upload_mb=2, workers=2, timeout_s=30)) as test_client:
        yield test_client


def post(client: TestClient, content: bytes, name: str = "plan.xlsx", *, output: str = "json",
         **form: str) -> httpx.Response:
    return client.post(URL, params={"output": output}, files={"file": (name, content, XLSX_TYPE)}, data=form)


def cell_values(workbook: bytes, sheets: tuple[str, ...] = ("Goals", "KPIs", "Budgets")) -> dict[str, list[tuple]]:
    book = openpyxl.load_workbook(io.BytesIO(workbook))
    return {name: list(book[name].iter_rows(values_only=True)) for name in sheets}


def test_healthz(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_page_is_served_with_labels_and_no_external_resources(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    html = response.text
    for control in ('for="file"', 'for="as-of"', 'for="lang"', 'aria-live="polite"', 'id="drop-zone"'):
        assert control in html
    assert "http://" not in html and "https://" not in html
    for asset in ("/static/app.js", "/static/app.css"):
        assert client.get(asset).status_code == 200


def test_openapi_docs_are_served(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    schema = client.get("/openapi.json").json()
    assert "/api/validate" in schema["paths"]
    assert "422" in schema["paths"]["/api/validate"]["post"]["responses"]


def test_json_report_is_what_validate_gives_for_the_same_bytes(client: TestClient) -> None:
    content = example_workbook()
    response = post(client, content, as_of=AS_OF)
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"file", "summary", "truncated", "sheets", "ignored_sheets", "findings"}
    assert body["file"] == "plan.xlsx"
    expected = validate(content, as_of=AS_OF, name="plan.xlsx")
    assert body == expected.to_dict()
    got = [(f["sheet"], f["row"], f["code"]) for f in body["findings"]]
    assert got == [(f.sheet, f.row, f.code) for f in expected.findings]
    assert ("KPIs", 3, "K07") in got and ("Goals", 4, "G04") in got and ("Budgets", 2, "B02") in got


def test_lang_chooses_the_language_of_the_messages(client: TestClient) -> None:
    english = post(client, example_workbook(), as_of=AS_OF, lang="en").json()
    dutch = post(client, example_workbook(), as_of=AS_OF, lang="nl").json()
    assert [f["code"] for f in english["findings"]] == [f["code"] for f in dutch["findings"]]
    assert english["findings"][0]["message"] != dutch["findings"][0]["message"]


def test_as_of_changes_kpi_status(client: TestClient) -> None:
    early = post(client, example_workbook(), as_of="2026-01-02").json()
    late = post(client, example_workbook(), as_of="2027-01-31").json()
    assert ("KPIs", 2, "K08") not in [(f["sheet"], f["row"], f["code"]) for f in early["findings"]]
    assert ("KPIs", 3, "K08") in [(f["sheet"], f["row"], f["code"]) for f in late["findings"]]


def test_output_xlsx_is_the_coloured_workbook_with_the_same_data(client: TestClient) -> None:
    content = example_workbook()
    response = post(client, content, output="xlsx", as_of=AS_OF)
    assert response.status_code == 200
    assert response.headers["content-type"] == XLSX_TYPE
    assert 'filename="plan-checked.xlsx"' in response.headers["content-disposition"]
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert "Findings" in book.sheetnames
    assert book["Findings"].max_row > 1
    assert cell_values(response.content) == cell_values(content)


def test_xlsm_stays_xlsm(client: TestClient) -> None:
    response = post(client, as_xlsm(example_workbook()), "plan.xlsm", output="xlsx")
    assert response.status_code == 200
    assert response.headers["content-type"] == XLSM_TYPE
    assert 'filename="plan-checked.xlsm"' in response.headers["content-disposition"]
    assert b"macroEnabled" in _member(response.content, "[Content_Types].xml")


def _member(workbook: bytes, name: str) -> bytes:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        return archive.read(name)


@pytest.mark.parametrize(
    ("content", "status", "code"),
    [
        (bytes(range(256)) * 8, 422, "unreadable"),
        (b"ID;Goal;Owner\nG1;More leads;Anna\n", 422, "unreadable"),
        (password_protected(), 422, "legacy_or_encrypted"),
        (zip_bomb(), 413, "too_large"),
        (xml_bomb(), 422, "unreadable"),
        (b"", 422, "unreadable"),
    ],
    ids=["random-bytes", "csv-renamed", "password", "zip-bomb", "xml-bomb", "empty"],
)
def test_unusable_files_get_a_json_error(client: TestClient, content: bytes, status: int, code: str) -> None:
    response = post(client, content)
    assert response.status_code == status
    error = response.json()["error"]
    assert error["code"] == code
    assert error["message"] and "\n" not in error["message"] and "Traceback" not in error["message"]


def test_password_message_names_the_cause(client: TestClient) -> None:
    assert "password" in post(client, password_protected()).json()["error"]["message"]


def test_workbook_without_known_sheets_is_422(client: TestClient) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    buffer = io.BytesIO()
    book.save(buffer)
    response = post(client, buffer.getvalue())
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "no_sheets"


@pytest.mark.parametrize("as_of", ["2026-02-30", "31-12-2026", "tomorrow"])
def test_bad_as_of_is_422(client: TestClient, as_of: str) -> None:
    response = post(client, example_workbook(), as_of=as_of)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_request"
    assert "as_of" in response.json()["error"]["message"]


def test_bad_lang_is_422(client: TestClient) -> None:
    response = post(client, example_workbook(), lang="fr")
    assert response.status_code == 422
    assert "lang" in response.json()["error"]["message"]


def test_bad_output_is_422(client: TestClient) -> None:
    assert post(client, example_workbook(), output="pdf").status_code == 422


def test_missing_file_is_422(client: TestClient) -> None:
    response = client.post(URL, data={"as_of": AS_OF})
    assert response.status_code == 422
    assert response.json() == {"error": {"code": "invalid_request", "message": "file: Field required"}}


def test_unknown_route_uses_the_error_shape(client: TestClient) -> None:
    response = client.get("/nope")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_path_traversal_name_is_only_echoed_sanitised(client: TestClient, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    spool = tmp_path / "spool"
    spool.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setattr(tempfile, "tempdir", str(spool))
    # Over Starlette's 1 MB in-memory threshold, so the upload is spooled to a temporary file.
    content = replace_member(example_workbook(), "", lambda d: d, {"xl/media/image2.bin": _noise(3 * 2**19)})
    response = post(client, content, "../../etc/passwd.xlsx", output="xlsx")
    assert response.status_code == 200
    assert 'filename="passwd-checked.xlsx"' in response.headers["content-disposition"]
    assert post(client, example_workbook(), "../../etc/passwd.xlsx").json()["file"] == "passwd.xlsx"
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == ["a", "a/b", "spool"]


def _noise(size: int) -> bytes:
    import random

    return random.Random(7).randbytes(size)


def test_oversized_body_is_413_by_content_length() -> None:
    with TestClient(create_app(max_upload_mb=0.05)) as small:
        response = post(small, bytes(300_000))
    assert response.status_code == 413
    assert response.json() == {"error": {"code": "too_large", "message": "the upload is larger than the limit of 0.05 MB"}}


def test_oversized_streamed_body_is_413_without_reading_it_all() -> None:
    sent = 0

    def chunks() -> Iterator[bytes]:
        nonlocal sent
        yield b'--x\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\n'
        for _ in range(100):
            sent += 1
            yield bytes(64 * 1024)

    with TestClient(create_app(max_upload_mb=0.05)) as small:
        response = small.post(URL, content=chunks(), headers={"content-type": "multipart/form-data; boundary=x"})
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_large"


def test_file_just_over_the_limit_is_413() -> None:
    limit_mb = 0.1
    with TestClient(create_app(max_upload_mb=limit_mb)) as small:
        response = post(small, bytes(int(limit_mb * 2**20) + 1000))
    assert response.status_code == 413
    assert "0.1 MB" in response.json()["error"]["message"]


def test_bad_content_length_is_400(client: TestClient) -> None:
    response = client.post(URL, content=b"x", headers={"content-length": "lots"})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "bad_request"


def test_time_limit_answers_504() -> None:
    with TestClient(create_app(timeout_s=0.001)) as hasty:
        response = post(hasty, example_workbook())
    assert response.status_code == 504
    assert response.json()["error"]["code"] == "timeout"


def test_full_queue_answers_503() -> None:
    runner = JobRunner(workers=1, timeout_s=30, queue=0)
    job = Job(example_workbook(), "plan.xlsx")

    async def two_at_once() -> tuple[object, BaseException | None]:
        first = asyncio.create_task(runner.run(job))
        await asyncio.sleep(0)  # let the first job take the only slot
        try:
            await runner.run(job)
        except JobFailed as exc:
            refused: BaseException | None = exc
        else:
            refused = None
        return await first, refused

    outcome, refused = asyncio.run(two_at_once())
    assert isinstance(refused, JobFailed) and refused.status == 503 and refused.code == "busy"
    assert outcome.report["summary"]["rows"] > 0  # type: ignore[attr-defined]


def test_body_limit_stops_reading_once_over_the_limit() -> None:
    from xlsmart.web.limits import BodyLimit

    calls = 0
    sent: list[dict] = []

    async def receive() -> dict:
        nonlocal calls
        calls += 1
        return {"type": "http.request", "body": bytes(1000), "more_body": True}

    async def send(message: dict) -> None:
        sent.append(message)

    async def reads_everything(scope: dict, receive_: object, send_: object) -> None:
        while (await receive_())["more_body"]:  # type: ignore[operator]
            pass

    scope = {"type": "http", "headers": [(b"transfer-encoding", b"chunked")]}
    asyncio.run(BodyLimit(reads_everything, max_bytes=2500)(scope, receive, send))
    assert calls == 3
    assert sent[0]["status"] == 413
    assert b"too_large" in sent[1]["body"]


def test_the_service_expands_uploads_less_far_than_the_command_line() -> None:
    """50 KB uploads may expand to 2 MB: a workbook with a 3 MB part is refused here, read by the CLI."""
    padded = replace_member(example_workbook(), "docProps/app.xml", lambda data: data,
                            extra={"xl/padding.xml": b"<p>" + b"plan " * 600_000 + b"</p>"})
    assert len(padded) < 50_000
    assert validate(padded).rows > 0  # the default limits accept it
    with TestClient(create_app(max_upload_mb=0.05)) as small:
        response = post(small, padded)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_large"
    assert "expands to 3 MB (limit 2 MB)" in response.json()["error"]["message"]


def _our_temporary_folders() -> set[str]:
    """What xlsmart keeps in the temporary folder, but for the traces of its own bugs."""
    return {name for name in os.listdir(tempfile.gettempdir())
            if name.startswith("xlsmart-") and not name.startswith("xlsmart-error-")}


def test_a_painting_job_spools_into_the_folder_the_server_gives_it(tmp_path: Path, monkeypatch) -> None:
    """The coloured copy's big parts wait in the job's own folder, not the system's."""
    from xlsmart.workbook.ooxml import members

    spooled: list[str] = []
    make = tempfile.NamedTemporaryFile

    def spy(*args, **kwargs):
        made = make(*args, **kwargs)
        spooled.append(made.name)
        return made

    monkeypatch.setattr(members.tempfile, "NamedTemporaryFile", spy)
    monkeypatch.setattr(members, "BIG_PART", 1024)  # the Findings sheet of a small workbook too
    system = tempfile.gettempdir()
    scratch = tmp_path / "job"
    scratch.mkdir()
    outcome = run_job(Job(example_workbook(), "plan.xlsx", paint=True), str(scratch))
    assert outcome.workbook is not None and outcome.workbook[:2] == b"PK"
    assert spooled and all(Path(name).parent.parent == scratch for name in spooled)
    assert tempfile.gettempdir() == system  # the job's folder is the job's only


def test_the_server_removes_each_jobs_folder_finished_or_killed() -> None:
    """A job killed at the time limit cannot remove its folder itself: the server does."""
    before = _our_temporary_folders()
    asyncio.run(JobRunner(workers=1, timeout_s=60).run(Job(example_workbook(repeat=50), "plan.xlsx", paint=True)))
    assert _our_temporary_folders() <= before
    with pytest.raises(JobFailed) as failed:
        asyncio.run(JobRunner(workers=1, timeout_s=0.001).run(Job(example_workbook(), "plan.xlsx", paint=True)))
    assert failed.value.status == 504
    assert _our_temporary_folders() <= before
