"""Insert Function help: the MacroOptions calls in the built templates, read back with olevba."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xlsmart.excel import udfs
from xlsmart.excel.registration import (
    REGISTER_SUB,
    VBA_MODULE,
    register_module,
    vba_string,
)
from xlsmart.excel.texts import FUNCTION_HELP_NL
from xlsmart.excel.wrappers import udf_metadata

from .vba_reader import modules_of

LANGS = ["en", "nl"]
_STRING = r'(?:"(?:[^"]|"")*"|ChrW\(\d+\))(?: & (?:"(?:[^"]|"")*"|ChrW\(\d+\)))*'


def parse_vba_string(expression: str) -> str:
    """The text a VBA string expression of literals and ChrW(n) joined by & stands for."""
    out = []
    for literal, code in re.findall(r'"((?:[^"]|"")*)"|ChrW\((\d+)\)', expression):
        out.append(chr(int(code)) if code else literal.replace('""', '"'))
    return "".join(out)


def described(source: str) -> dict[str, tuple[str, list[str]]]:
    """Function name -> (description, argument help) of every ``Describe`` call in the module."""
    out = {}
    pattern = rf"Describe ({_STRING}), ({_STRING}), Array\( _\r\n((?:\s+{_STRING}, _\r\n)*\s+{_STRING})\)"
    for name, description, args in re.findall(pattern, source):
        items = [a.strip().removesuffix(", _") for a in args.split("\r\n")]
        out[parse_vba_string(name)] = (parse_vba_string(description), [parse_vba_string(a) for a in items])
    return out


def _parameters(name: str) -> list[str]:
    function = getattr(udfs, name)
    return list(inspect.signature(function).parameters)


@pytest.mark.parametrize("lang", LANGS)
def test_every_function_gets_a_description_and_help_for_each_argument(built: dict[str, Path], lang: str) -> None:
    source = modules_of(built[lang])[VBA_MODULE]
    help_ = described(source)
    assert sorted(help_) == udfs.function_names()
    for name, (description, args) in help_.items():
        assert description and len(description) <= 255
        assert len(args) == len(_parameters(name)), name
        assert all(arg and len(arg) <= 255 for arg in args), name
    assert 'Category:="xlsmart"' in source and "ArgumentDescriptions:=arguments" in source
    assert "Application.MacroOptions Macro:=macroName" in source
    assert f"Public Sub {REGISTER_SUB}()" in source


def test_english_help_is_what_xlwings_registers_and_dutch_is_dutch(built: dict[str, Path]) -> None:
    english = described(modules_of(built["en"])[VBA_MODULE])
    dutch = described(modules_of(built["nl"])[VBA_MODULE])
    meta = udf_metadata()
    for name, (description, args) in english.items():
        assert meta[name]["ret"]["doc"].strip().startswith(description.split(" e.g.")[0])
        assert args == [arg["doc"] for arg in meta[name]["args"]]
    for name, (description, args) in dutch.items():
        assert (description, args) == (FUNCTION_HELP_NL[name][0], [doc for _, doc in FUNCTION_HELP_NL[name][1]])
        assert description != english[name][0]
    assert "één" in dutch["SMART_SCORES"][0]  # non-ASCII text survives through ChrW


def test_dutch_help_names_every_parameter_in_order() -> None:
    assert sorted(FUNCTION_HELP_NL) == udfs.function_names()
    for name, (_, args) in FUNCTION_HELP_NL.items():
        assert [p for p, _ in args] == _parameters(name), name


@pytest.mark.parametrize("lang", LANGS)
def test_the_module_is_plain_vba_excel_accepts(lang: str) -> None:
    source = register_module(lang)
    assert source.isascii()  # reads the same under any code page
    assert all(len(line) < 1024 for line in source.split("\r\n"))  # VBA's line limit
    statements = re.split(r"(?<! _)\r\n", source)
    assert max(statement.count(" _\r\n") for statement in statements) < 25  # VBA's continuation limit


@given(st.text(max_size=80))
def test_vba_strings_stand_for_their_text(text: str) -> None:
    expression = vba_string(text)
    assert expression.isascii()
    assert parse_vba_string(expression) == text
