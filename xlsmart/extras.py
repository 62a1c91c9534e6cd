"""Which optional part of xlsmart a command needs, and the one line that says how to get it.

The base install is what xlwings Lite can install in Excel's browser engine (see pyproject.toml);
the web service, the template builder and the speed-ups are extras. A command that needs a
missing one fails with :class:`MissingExtra` (an :class:`~xlsmart.errors.XlsmartError`, so the CLI
prints one line and exits 2) naming the extra to install, never with an ImportError traceback.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from .errors import XlsmartError

# extra -> (what needs it, the modules it brings)
EXTRAS: dict[str, tuple[str, tuple[str, ...]]] = {
    "service": ("the web service (xlsmart serve)", ("fastapi", "uvicorn", "multipart")),
    "excel": ("the template builder (xlsmart template)", ("pyopenvba",)),
    "fast": ("the fast reader", ("python_calamine", "isal")),
}
# Installed with xlsmart everywhere but Pyodide (an environment marker in pyproject.toml).
FILES = ("writing the coloured copy", ("lxml",))


class MissingExtra(XlsmartError):
    """A part of xlsmart that is not installed; the message says what to install."""

    def __init__(self, message: str) -> None:
        super().__init__(message, code="missing-extra")


def install_hint(extra: str) -> str:
    """The command that installs ``extra``.

    >>> install_hint("service")
    "pip install 'xlsmart[service]'"
    """
    return f"pip install 'xlsmart[{extra}]'"


def require(extra: str) -> None:
    """Raise :class:`MissingExtra` unless every module ``extra`` brings can be imported.

    >>> require("nonsense")
    Traceback (most recent call last):
    KeyError: 'nonsense'
    """
    what, modules = EXTRAS[extra]
    for name in modules:
        try:
            importlib.import_module(name)
        except ImportError:
            raise MissingExtra(f"{what} needs {name}, which is not installed: {install_hint(extra)}") from None


def require_files() -> ModuleType:
    """lxml, or :class:`MissingExtra` saying how to get it (only Pyodide installs xlsmart without it)."""
    what, (name,) = FILES
    try:
        return importlib.import_module(name)
    except ImportError:
        raise MissingExtra(f"{what} needs {name}, which is not installed here: pip install lxml "
                           "(xlsmart installs it everywhere but in Pyodide, where it comes from Pyodide's own "
                           "packages)") from None
