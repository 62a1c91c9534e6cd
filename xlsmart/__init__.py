"""xlsmart: check marketing goals, KPIs and budgets the way a careful marketer would.

>>> from xlsmart import smart_check
>>> smart_check("Generate more leads").failed
'MART'
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .core.finance import roas, roi
from .core.kpi import kpi_status
from .core.smart import SmartResult, Verdict, smart_check, smart_score
from .errors import XlsmartError

__version__ = "0.1.0"
__all__ = [
    "SmartResult",
    "Verdict",
    "XlsmartError",
    "__version__",
    "kpi_status",
    "roas",
    "roi",
    "smart_check",
    "smart_score",
    "validate",
]


def validate(source: Any, *, as_of: Any = None, lang: str | None = None, min_score: int | None = None,
             select: Iterable[str] = (), ignore: Iterable[str] = (), mapping: Any = None) -> Any:
    """Validate a workbook (path, bytes, file object, or a dict of DataFrames by sheet name).

    Returns a :class:`xlsmart.model.Report`; see :mod:`xlsmart.validation`. ``select`` and
    ``ignore`` take rule codes or their starts (``["G05"]``, ``["K"]``); ``mapping`` says what
    cannot be guessed (``["Plan FY27=goals", "Wie=owner"]``).
    """
    from .validation import validate as run

    return run(source, as_of=as_of, lang=lang, min_score=min_score, select=select, ignore=ignore, mapping=mapping)
