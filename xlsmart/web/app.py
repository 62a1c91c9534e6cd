"""The upload face: a page and ``POST /api/validate``, with nothing stored.

A face only: it turns an upload into a :class:`~xlsmart.web.jobs.Job`, lets the job runner call
the same ``validate_file`` as the CLI, and turns the outcome into JSON (``report.to_dict()``,
the shape of ``xlsmart validate --format json``) or the colour-coded workbook.

Uploads live in memory (Starlette spools parts over 1 MB to a temporary file that is deleted
when the request ends); the client's file name is only ever displayed, never used as a path.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date
from importlib import resources
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import FastAPI, File, Form, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from xlsmart import __version__
from xlsmart.web.jobs import DEFAULT_MEMORY_MB, Job, JobFailed, JobRunner
from xlsmart.web.limits import BodyLimit, NoSniff, error_body
from xlsmart.web.page import LANG_COOKIE, page_language, render_page
from xlsmart.workbook.limits import Limits

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
XLSM_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.12"
MULTIPART_OVERHEAD = 64 * 1024  # boundaries and the small form fields around the file
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                               "frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    """Every 4xx/5xx answer: ``{"error": {"code", "message"}}``."""

    error: ErrorDetail


class Summary(BaseModel):
    errors: int
    warnings: int
    rows: int


class FindingOut(BaseModel):
    sheet: str
    row: int
    column: str
    cell: str
    code: str
    severity: Literal["error", "warning"]
    message: str


class SheetOut(BaseModel):
    """A sheet that was read: as what kind, found by its name or its header row, and its columns."""

    name: str
    kind: Literal["goals", "kpis", "budgets"]
    found_by: Literal["name", "header"]
    header_row: int | None
    rows: int
    columns: dict[str, str]  # column key -> header as written
    unused_columns: list[str]  # headers of the table that name no column xlsmart reads


class IgnoredSheetOut(BaseModel):
    name: str
    reason: str


class SmartMarkOut(BaseModel):
    letter: Literal["S", "M", "A", "R", "T"]
    passed: bool
    reason: str


class RowOut(BaseModel):
    """A row read (``?overview=true``): its ID and words, and how it was judged: a goal's SMART
    score and letters, a KPI's status (null without a target), a budget line's group and amounts."""

    kind: Literal["goals", "kpis", "budgets"]
    sheet: str
    row: int
    id: str | None
    text: str | None
    score: int | None = None
    smart: list[SmartMarkOut] | None = None
    status: Literal["no_data", "achieved", "missed", "not_started", "on_track", "at_risk", "off_track"] | None = None
    group: str | None = None
    planned: float | None = None
    actual: float | None = None


class ReportOut(BaseModel):
    """The JSON report, exactly as ``xlsmart validate --format json`` prints it (``overview`` only
    when asked for)."""

    file: str
    summary: Summary
    truncated: bool
    sheets: list[SheetOut]
    ignored_sheets: list[IgnoredSheetOut]
    findings: list[FindingOut]
    overview: list[RowOut] | None = None


class Health(BaseModel):
    status: Literal["ok"]


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "The request body is not valid multipart form data."},
    413: {"model": ErrorBody, "description": "The upload or the workbook inside it is over a size limit."},
    422: {"model": ErrorBody, "description": "Not a workbook xlsmart can read, or a bad field (as_of, lang, file)."},
    503: {"model": ErrorBody, "description": "Too many uploads are being checked: try again later."},
    504: {"model": ErrorBody, "description": "Checking the workbook took longer than the time limit."},
}


def create_app(max_upload_mb: float = 25, workers: int = 2, timeout_s: float = 60, queue: int = 16,
               job_memory_mb: int | None = DEFAULT_MEMORY_MB) -> FastAPI:
    """The web service: ``GET /``, ``POST /api/validate``, ``GET /healthz``, docs at ``/docs``.

    ``workers`` validations run at once, ``queue`` more wait (at most ``timeout_s``); further
    uploads get 503. Each validation is killed after ``timeout_s`` seconds (504), and may use
    ``job_memory_mb`` of memory (413 past it; None or 0: no cap).

    >>> from fastapi.testclient import TestClient
    >>> TestClient(create_app()).get("/healthz").json()
    {'status': 'ok'}
    """
    app = FastAPI(title="xlsmart", version=__version__, docs_url=None, redoc_url=None,
                  description="Check marketing goals, KPIs and budgets in an uploaded workbook. Nothing is stored.")
    runner = JobRunner(workers=workers, timeout_s=timeout_s, queue=queue, memory_mb=job_memory_mb)
    max_file = int(max_upload_mb * 2**20)
    limits = upload_limits(max_file)
    app.add_middleware(BodyLimit, max_bytes=max_file + MULTIPART_OVERHEAD, limit_text=f"{max_upload_mb:g} MB")
    _add_error_handlers(app)
    _add_offline_docs(app)
    app.add_middleware(NoSniff)  # added last, so outermost: on every answer, BodyLimit's 413 too
    static = resources.files("xlsmart.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.middleware("http")
    async def page_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        if request.url.path == "/" or request.url.path.startswith("/static/"):
            response.headers.update(PAGE_HEADERS)
        return response

    @app.get("/", include_in_schema=False)
    def page(request: Request) -> Response:
        lang = page_language(request.headers.get("accept-language"), request.cookies.get(LANG_COOKIE))
        return Response(render_page(lang), media_type="text/html; charset=utf-8",
                        headers={"Content-Language": lang, "Vary": "Accept-Language, Cookie"})

    @app.get("/healthz", response_model=Health, summary="Liveness check")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.post(
        "/api/validate",
        response_model=ReportOut,
        summary="Validate an uploaded workbook",
        responses={200: {"description": "The JSON report, or the coloured workbook with ?output=xlsx.",
                         "content": {XLSX_TYPE: {"schema": {"type": "string", "format": "binary"}},
                                     XLSM_TYPE: {"schema": {"type": "string", "format": "binary"}}}},
                   **ERRORS},
    )
    async def validate_upload(
        file: Annotated[UploadFile, File(description="The .xlsx or .xlsm workbook")],
        as_of: Annotated[str | None, Form(pattern=ISO_DATE, description="Judge KPI status as on this day (YYYY-MM-DD)")] = None,
        lang: Annotated[Literal["en", "nl"] | None, Form(description="Language of the messages (default: the workbook's)")] = None,
        output: Annotated[Literal["json", "xlsx"], Query(description="json: the report; xlsx: the coloured workbook")] = "json",
        overview: Annotated[bool, Query(description="Also every row read: ID, words, SMART letters, KPI status, amounts")] = False,
    ) -> Response:
        """Check every row of the Goals, KPIs and Budgets sheets; nothing is stored."""
        day = _checked_date(as_of)
        payload = await file.read(max_file + 1)
        name = display_name(file.filename)
        if len(payload) > max_file:
            raise JobFailed(413, "too_large", f"{name} is larger than the limit of {max_upload_mb:g} MB")
        outcome = await runner.run(Job(payload, name, day, lang, paint=output == "xlsx", limits=limits,
                                       overview=overview and output == "json"))
        if output == "json":
            return JSONResponse(outcome.report)
        if outcome.workbook is None:
            raise JobFailed(500, "internal", "the coloured workbook is missing from the outcome")
        download = checked_name(name, outcome.macro_enabled)
        return Response(outcome.workbook, media_type=XLSM_TYPE if outcome.macro_enabled else XLSX_TYPE,
                        headers={"Content-Disposition": content_disposition(download)})

    return app


def upload_limits(max_file: int) -> Limits:
    """The reader's limits for uploads: the file as the upload limit, and at most 40 times that
    (or the default, if lower) once expanded, since real workbooks expand 5-20 times.

    >>> upload_limits(2**20).max_uncompressed_bytes // 2**20
    40
    """
    default = Limits()
    return replace(default, max_file_bytes=max_file,
                   max_uncompressed_bytes=min(default.max_uncompressed_bytes, 40 * max_file))


DOCS_ASSETS = {"swagger-ui-bundle.js": "text/javascript", "swagger-ui.css": "text/css",
               "favicon-32x32.png": "image/png"}
DOCS_HEADERS = {"Content-Security-Policy": "default-src 'self'; script-src 'self' 'unsafe-inline'; "
                                           "style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                           "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"}


def _add_offline_docs(app: FastAPI) -> None:
    """Swagger UI at ``/docs`` from the assets of the swagger-ui-bundle-v2 package, not a CDN.

    FastAPI's own ``/docs`` loads Swagger UI from a CDN (blank offline, and it tells a third
    party who reads the docs); its ``/redoc`` too, so that one is off. Without the package
    (a bare ``pip install xlsmart``) there is no ``/docs``; ``/openapi.json`` is always there.
    """
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:
        return
    from pathlib import Path

    from fastapi.openapi.docs import get_swagger_ui_html
    from fastapi.responses import FileResponse

    assets = Path(swagger_ui_path)

    @app.get("/docs", include_in_schema=False)
    def docs() -> Response:
        page = get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json", title=f"{app.title} API",
                                   swagger_js_url="/docs/assets/swagger-ui-bundle.js",
                                   swagger_css_url="/docs/assets/swagger-ui.css",
                                   swagger_favicon_url="/docs/assets/favicon-32x32.png",
                                   swagger_ui_parameters={"validatorUrl": None})  # no badge from swagger.io
        page.headers.update(DOCS_HEADERS)
        return page

    @app.get("/docs/assets/{name}", include_in_schema=False)
    def docs_asset(name: str) -> Response:
        if name not in DOCS_ASSETS:  # only what the page loads: not the bundle's demo index.html
            raise StarletteHTTPException(404, f"no docs asset {name!r}")
        return FileResponse(assets / name, media_type=DOCS_ASSETS[name],
                            headers={"Cache-Control": "public, max-age=86400"})


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(JobFailed)
    async def job_failed(_: Request, exc: JobFailed) -> JSONResponse:
        headers = {"Retry-After": "30"} if exc.status == 503 else None
        return JSONResponse(error_body(exc.code, exc.message), status_code=exc.status, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(error_body("invalid_request", _one_line(exc.errors())), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = re.sub(r"\W+", "_", _reason(exc.status_code)).strip("_").lower()
        return JSONResponse(error_body(code, str(exc.detail)), status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(Exception)
    async def unexpected(_: Request, exc: Exception) -> JSONResponse:
        # Starlette answers this outside every middleware, so the nosniff header is set here too.
        return JSONResponse(error_body("internal", f"the service failed unexpectedly ({type(exc).__name__})"),
                            status_code=500, headers={"X-Content-Type-Options": "nosniff"})


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "error"


def _one_line(errors: Any) -> str:
    """FastAPI's validation errors as one readable line: ``file: Field required``."""
    parts = []
    for error in errors:
        where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("body", "query"))
        parts.append(f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg", "invalid")))
    return "; ".join(parts) or "invalid request"


def _checked_date(text: str | None) -> str | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise JobFailed(422, "invalid_request", f"as_of: {text!r} is not a date in YYYY-MM-DD form") from None


def display_name(filename: str | None) -> str:
    """The client's file name made safe to display: last path part, no control characters.

    >>> display_name("../../etc/passwd.xlsx")
    'passwd.xlsx'
    >>> display_name("C:\\\\Users\\\\me\\\\plan\\x00.xlsx")
    'plan.xlsx'
    """
    base = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in unicodedata.normalize("NFC", base) if unicodedata.category(ch)[0] != "C")
    base = base.strip().lstrip(".").strip()
    if len(base) > 120:
        stem, dot, ext = base.rpartition(".")
        base = (stem[: 110] + dot + ext[:8]) if dot and len(ext) <= 8 else base[:120]
    return base or "workbook.xlsx"


def checked_name(name: str, macro_enabled: bool) -> str:
    """The download's name: the upload's stem plus ``-checked`` and the right extension.

    >>> checked_name("plan.xlsm", True), checked_name("plan", False)
    ('plan-checked.xlsm', 'plan-checked.xlsx')
    """
    stem = re.sub(r"\.(xlsx|xlsm|xls|xltx|xltm)$", "", name, flags=re.I) or "workbook"
    return f"{stem}-checked{'.xlsm' if macro_enabled else '.xlsx'}"


def content_disposition(name: str) -> str:
    """An attachment header with an ASCII fallback and the UTF-8 name (RFC 6266).

    >>> content_disposition('plan "Q1".xlsx')
    'attachment; filename="plan _Q1_.xlsx"; filename*=UTF-8\\'\\'plan%20%22Q1%22.xlsx'
    """
    ascii_name = re.sub(r"[^A-Za-z0-9._ -]", "_", name)
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"


def serve(host: str = "127.0.0.1", port: int = 8000, max_upload_mb: float = 25, workers: int = 1, *,
          job_memory_mb: int | None = DEFAULT_MEMORY_MB, read_timeout: float = 30, max_connections: int = 500) -> None:
    """Run the service with uvicorn until interrupted (``xlsmart serve``): see
    :mod:`xlsmart.web.server` for the read deadline and the connection cap."""
    from xlsmart.web.server import serve as run

    run(create_app(max_upload_mb=max_upload_mb, workers=workers, job_memory_mb=job_memory_mb), host=host, port=port,
        read_timeout=read_timeout, max_connections=max_connections)
