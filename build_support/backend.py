"""The build backend: setuptools, asking for mypy too when ``XLSMART_COMPILE=1`` compiles the core.

pip builds in an isolated environment with only what the backend asks for; setuptools alone
asks for nothing more, so ``XLSMART_COMPILE=1 pip install .`` would miss mypyc. The pin is the
one the test extra uses, so the compiled core is checked by the same mypy that built it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from setuptools import build_meta
from setuptools.build_meta import *  # noqa: F403 (the hooks this module does not change)

COMPILER = "mypy==2.4.1"
SWITCH = "XLSMART_COMPILE"


def get_requires_for_build_wheel(config_settings=None) -> list[str]:
    compiler = _compiler()
    with _listing():
        return build_meta.get_requires_for_build_wheel(config_settings) + compiler


def get_requires_for_build_editable(config_settings=None) -> list[str]:
    compiler = _compiler()
    with _listing():
        return build_meta.get_requires_for_build_editable(config_settings) + compiler


def _compiler() -> list[str]:
    return [COMPILER] if os.environ.get(SWITCH) == "1" else []


@contextmanager
def _listing() -> Iterator[None]:
    """setuptools runs setup.py to list what the build needs, before mypy is installed: that run
    asks for no extensions (the switch is hidden from it), the build itself does."""
    switch = os.environ.pop(SWITCH, None)
    try:
        yield
    finally:
        if switch is not None:
            os.environ[SWITCH] = switch
