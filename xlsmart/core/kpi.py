"""KPI status: where an indicator stands against its target and the time that has passed.

Progress p = (actual - baseline) / (target - baseline) serves goals that go up and goals that
go down alike; elapsed e = (as_of - start) / (deadline - start). The first rule that applies
wins (see DOMAIN.md): No data, Achieved, Missed, Not started, On track, At risk, Off track.
"""

from __future__ import annotations

from datetime import date

from . import dates
from .numbers import require_number

STATUSES = {
    "no_data": ("No data", "Geen data"),
    "achieved": ("Achieved", "Behaald"),
    "missed": ("Missed", "Niet behaald"),
    "not_started": ("Not started", "Niet gestart"),
    "on_track": ("On track", "Op koers"),
    "at_risk": ("At risk", "Risico"),
    "off_track": ("Off track", "Uit koers"),
}
STATUS_BY_LABEL = {label.casefold(): key for key, labels in STATUSES.items() for label in labels}
KEEP_TOLERANCE = 0.05  # "keep at" goals: within ±5 % of the target is on track
EPSILON = 1e-9  # 6.2 on the way from 8 to 4 is 45 % progress, whatever float rounding says
KINDS = {"auto": "auto", "at most": "at_most", "at_most": "at_most", "maximaal": "at_most",
         "at least": "at_least", "at_least": "at_least", "minimaal": "at_least", "": "auto"}


def status_label(key: str, lang: str = "en") -> str:
    en, nl = STATUSES[key]
    return nl if lang == "nl" else en


def _date(value: object, what: str) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    parsed = dates.parse_date(value)
    if parsed is None:
        raise ValueError(f"{what} must be a date, got {value!r}")
    return parsed


def kpi_status_key(baseline: object, target: object, actual: object, start: object, deadline: object,
                   *, as_of: object = None, kind: str = "auto", on_track: float = 0.9,
                   at_risk: float = 0.7) -> str:
    """Like :func:`kpi_status` but returns the language-neutral key ("on_track", ...)."""
    a = require_number(actual, "actual")
    if a is None:
        return "no_data"
    t = require_number(target, "target")
    if t is None:
        raise ValueError("target is required to judge a KPI")
    b = require_number(baseline, "baseline")
    mode = KINDS.get(str(kind or "auto").strip().casefold())
    if mode is None:
        raise ValueError(f"kind must be auto, at most or at least, got {kind!r}")
    now = _date(as_of, "as_of") or dates.today()
    s, d = _date(start, "start"), _date(deadline, "deadline")

    if mode == "at_most":  # a ceiling: spend must not exceed
        return "on_track" if a <= t else "off_track"
    if mode == "at_least":
        return "on_track" if a >= t else "off_track"
    if b is None or b == t:  # keep at the target
        return "on_track" if abs(a - t) <= KEEP_TOLERANCE * abs(t) + EPSILON else "off_track"

    progress = (a - b) / (t - b)
    if progress >= 1 - EPSILON:
        return "achieved"
    if d is not None and now > d:
        return "missed"
    if s is not None and now < s:
        return "not_started"
    if s is None or d is None or d <= s:
        elapsed = 1.0 if d is not None and now >= d else 0.0 if d is None else 1.0
    else:
        elapsed = min(1.0, (now - s).days / (d - s).days)
    if progress >= on_track * elapsed - EPSILON:
        return "on_track"
    if progress >= at_risk * elapsed - EPSILON:
        return "at_risk"
    return "off_track"


def kpi_status(baseline: object, target: object, actual: object, start: object, deadline: object,
               *, as_of: object = None, kind: str = "auto", lang: str = "en", on_track: float = 0.9,
               at_risk: float = 0.7) -> str:
    """The status of a KPI as a label in ``lang``.

    >>> kpi_status(100, 200, 180, "2027-01-01", "2027-12-31", as_of="2027-07-01")
    'On track'
    >>> kpi_status(100, 200, None, "2027-01-01", "2027-12-31", lang="nl")
    'Geen data'
    """
    key = kpi_status_key(baseline, target, actual, start, deadline, as_of=as_of, kind=kind,
                         on_track=on_track, at_risk=at_risk)
    return status_label(key, lang)
