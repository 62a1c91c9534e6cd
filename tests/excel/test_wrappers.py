"""Registration: the VBA wrappers xlwings would write for our functions are the ones we ship."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from xlsmart.excel import udfs
from xlsmart.excel.wrappers import generate_wrappers, udf_metadata, wrapper_source

from .vba_reader import modules_of


def test_committed_wrappers_are_what_xlwings_generates_today() -> None:
    # If this fails, udfs.py changed: run `python -m xlsmart.excel.wrappers > xlsmart/excel/vba/xlwings_udfs.bas`
    assert wrapper_source() == generate_wrappers()


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_template_embeds_the_generated_wrappers(built: dict[str, Path], lang: str) -> None:
    embedded = modules_of(built[lang])["xlwings_udfs"].replace("\r\n", "\n")
    assert embedded.strip() == generate_wrappers().strip()


def _vba_signatures(source: str) -> dict[str, list[tuple[str, bool]]]:
    out = {}
    for name, params in re.findall(r"^Function (\w+)\((.*)\)$", source, flags=re.M):
        out[name] = [(p.split()[-1], p.startswith("Optional ")) for p in params.split(", ") if p]
    return out


def test_every_function_has_a_wrapper_with_its_arguments_and_optionals() -> None:
    signatures = _vba_signatures(wrapper_source())
    assert sorted(signatures) == udfs.function_names()
    for function in udfs.SCALAR_FUNCTIONS + udfs.COLUMN_FUNCTIONS:
        params = inspect.signature(function).parameters.values()
        expected = [(p.name, p.default is not inspect.Parameter.empty) for p in params]
        assert signatures[function.__name__] == expected, function.__name__


def test_wrappers_call_our_module_through_xlwings() -> None:
    calls = set(re.findall(r'XLPy\.CallUDF\("([\w.]+)", "(\w+)"', wrapper_source()))
    assert calls == {("xlsmart.excel.udfs", name) for name in udfs.function_names()}


def test_xlwings_metadata_category_docs_and_options() -> None:
    meta = udf_metadata()
    assert sorted(meta) == udfs.function_names()
    for name, info in meta.items():
        assert info["category"] == "xlsmart"
        assert not info["volatile"] and not info["sub"]
        assert info["ret"]["options"] == {}  # plain values; whole columns spill as native dynamic arrays
        for arg in info["args"]:
            assert not arg["doc"].startswith("Positional argument"), (name, arg["name"])
            assert "convert" not in arg["options"], (name, arg["name"])
    assert meta["SMART_SCORES"]["argmap"]["goals"]["options"] == {"ndim": 1}
    assert meta["ROIS"]["argmap"]["costs"]["options"] == {"ndim": 1}
    assert meta["SMART_SCORE"]["argmap"]["max_increase"]["optional"] == 1.0
