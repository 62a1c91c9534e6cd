"""The compiled core is all of the core: every module of ``xlsmart.core`` is mypyc's build when
``make test-compiled`` runs the core's tests on it (elsewhere there is nothing to check)."""

from __future__ import annotations

import importlib
import os
import pkgutil

import pytest

import xlsmart.core

pytestmark = pytest.mark.skipif(os.environ.get("XLSMART_EXPECT_COMPILED") != "1",
                                reason="runs under make test-compiled, on the compiled core")


def test_every_core_module_is_compiled():
    names = [info.name for info in pkgutil.walk_packages(xlsmart.core.__path__, "xlsmart.core.")]
    assert len(names) > 30
    pure = [name for name in names if importlib.import_module(name).__file__.endswith(".py")]
    assert pure == []
