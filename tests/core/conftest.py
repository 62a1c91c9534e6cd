"""The core's tests run twice in CI: on the pure modules (``make test``) and on the core compiled
by mypyc (``make test-compiled``, with ``XLSMART_EXPECT_COMPILED=1``). Then the session stops at
once unless the core it imported is the compiled one, so that a path mix-up cannot pass the pure
modules off as the compiled ones."""

from __future__ import annotations

import os

import pytest

import xlsmart.core.smart


def pytest_configure(config: pytest.Config) -> None:
    if os.environ.get("XLSMART_EXPECT_COMPILED") == "1" and xlsmart.core.smart.__file__.endswith(".py"):
        raise pytest.UsageError(f"expected the compiled core, but imported {xlsmart.core.smart.__file__}")
