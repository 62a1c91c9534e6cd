"""The upload page's words: one table per language, complete, and nothing left untranslated.

The template and the script may carry no words of their own: every text they show comes from
``static/texts.json`` by key. These tests read the files as they ship and the page as served.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from importlib import resources

import pytest
from fastapi.testclient import TestClient

from xlsmart.core.kpi import STATUSES
from xlsmart.core.smart import LETTERS
from xlsmart.web.app import create_app
from xlsmart.web.page import (
    LANG_COOKIE,
    PAGE_LANGS,
    page_language,
    page_texts,
    render_page,
)

STATIC = resources.files("xlsmart.web") / "static"
TEMPLATE = (STATIC / "index.html").read_text(encoding="utf-8")
SCRIPT = (STATIC / "app.js").read_text(encoding="utf-8")
BRAND = {"xlsmart"}  # the name is the same in every language


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(max_upload_mb=1, workers=1, timeout_s=30))


class Page(HTMLParser):
    """The text nodes, the translated attributes and the ``data-t`` keys of an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self.attributes: list[tuple[str, str]] = []
        self.keys: set[str] = set()
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        if found.get("data-t"):
            self.keys.add(found["data-t"] or "")
        for pair in (found.get("data-t-attr") or "").split(";"):
            if pair:
                self.keys.add(pair.split(":", 1)[1])
        for name in ("title", "aria-label", "placeholder", "alt"):
            if found.get(name):
                self.attributes.append((name, found[name] or ""))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip and data.strip():
            self.texts.append(data.strip())


def parsed(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page


def script_literals() -> list[str]:
    """The script's string literals (quoted or template, with ``${…}`` blanked), comments left out."""
    code = re.sub(r"^\s*//.*$", "", SCRIPT, flags=re.MULTILINE)
    found = re.findall(r'"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`', code)
    return [re.sub(r"\$\{[^}]*\}", " ", double or template) for double, template in found]


def script_keys() -> set[str]:
    """The text keys the script uses: literals that are keys, and the keys it builds."""
    table = page_texts()["en"]
    keys = {text for text in script_literals() if text in table}
    keys |= set(re.findall(r'\bt\(\s*"([\w.]+)"', SCRIPT))  # asked for by name: must exist
    keys |= {f"count.{noun}.{form}" for noun in re.findall(r'\bcount\(\s*"(\w+)"', SCRIPT) for form in ("one", "other")}
    keys |= {f"status.{status}" for status in (*STATUSES, "none")}  # t(`status.${row.status || "none"}`)
    keys |= {f"smart.{letter}" for letter in LETTERS}  # t(`smart.${mark.letter}`)
    keys |= {f"severity.{severity}" for severity in ("error", "warning")}  # t(`severity.${severity}`)
    return keys


def test_both_tables_have_the_same_keys_and_no_empty_text() -> None:
    tables = page_texts()
    assert set(tables) == set(PAGE_LANGS)
    assert set(tables["en"]) == set(tables["nl"])
    for lang, table in tables.items():
        assert all(text.strip() for text in table.values()), lang
        for key, text in table.items():  # a placeholder in one language is in the other too
            assert set(re.findall(r"\{(\w+)\}", text)) == set(re.findall(r"\{(\w+)\}", tables["en"][key])), key


def test_the_tables_are_translations_not_copies() -> None:
    en, nl = page_texts()["en"], page_texts()["nl"]
    same = {key for key in en if en[key] == nl[key] and re.search(r"[a-z]{3}", en[key])}
    # the same in both: language names (each in its own language), codes, "Score" and "SMART"
    assert same <= {"switch.en", "switch.nl", "filter.code", "sort.code", "column.code", "chart.smart.bar",
                    "smart.score", "column.id", "sort.id"}


def test_every_key_used_exists_and_every_text_is_used() -> None:
    table = page_texts()["en"]
    used = parsed(TEMPLATE).keys | script_keys()
    assert used - set(table) == set()
    assert set(table) - used == set()


def test_the_template_holds_no_words_of_its_own() -> None:
    page = parsed(TEMPLATE)
    assert set(page.texts) <= BRAND
    assert page.attributes == []  # titles, labels and placeholders come through data-t-attr


def test_the_script_holds_no_words_of_its_own() -> None:
    """String literals in app.js are keys, selectors, class lists and header names, never a
    capitalised word, a sentence or a phrase that a reader would see."""
    table = page_texts()["en"]
    shown = re.compile(r"\b[A-Z][a-z]{2,}\b|[a-z][.:!?,] [A-Za-z]|[a-z]+ [a-z]+ [a-z]+")
    allowed = {"use strict", "Content-Disposition", "Content-Type", "Enter"}
    words = [text for text in script_literals() if text not in table and text not in allowed and shown.search(text)
             and not text.startswith(("filename", "/api/", "return [...", "xlsmart_lang="))]
    assert words == []


def test_kpi_status_names_match_the_validators() -> None:
    for lang_at, lang in enumerate(("en", "nl")):
        table = page_texts()[lang]
        assert {key: table[f"status.{key}"] for key in STATUSES} == {key: names[lang_at] for key, names in STATUSES.items()}


@pytest.mark.parametrize(("header", "cookie", "expected"), [
    ("nl-NL,nl;q=0.9,en-US;q=0.8", None, "nl"),
    ("de-DE,de;q=0.9,nl;q=0.5,en;q=0.4", None, "nl"),
    ("en-GB,en;q=0.9,nl;q=0.8", None, "en"),
    ("nl-BE;q=0", None, "en"),
    ("fr-FR", None, "en"),
    ("", None, "en"),
    ("nl-NL", "en", "en"),
    ("en-US", "nl", "nl"),
    ("nl-NL", "xx", "nl"),
])
def test_page_language_follows_the_choice_then_the_browser(header: str, cookie: str | None, expected: str) -> None:
    assert page_language(header, cookie) == expected


@pytest.mark.parametrize("lang", PAGE_LANGS)
def test_the_served_page_is_in_the_readers_language(client: TestClient, lang: str) -> None:
    other = "en" if lang == "nl" else "nl"
    answer = client.get("/", headers={"Accept-Language": f"{lang};q=0.9,{other};q=0.5"})
    assert answer.status_code == 200
    assert answer.headers["content-language"] == lang
    assert "Accept-Language" in answer.headers["vary"]
    table = page_texts()[lang]
    page = parsed(answer.text)
    assert f'<html lang="{lang}">' in answer.text
    assert {text for text in page.texts if text not in BRAND} <= {text for text in table.values()}
    assert table["button.check"] in page.texts and table["field.file"] in page.texts
    assert ("placeholder", table["filter.search.hint"]) in page.attributes
    chosen = client.get("/", headers={"Accept-Language": lang}, cookies={LANG_COOKIE: other})
    assert f'<html lang="{other}">' in chosen.text


def test_the_texts_ride_along_for_the_script_and_cannot_close_its_tag(client: TestClient) -> None:
    html = client.get("/").text
    inside = re.search(r'<script type="application/json" id="page-texts">(.*?)</script>', html, re.DOTALL)
    assert inside is not None and json.loads(inside[1]) == page_texts()
    assert "</" not in inside[1]


def test_every_placeholder_is_filled_in_both_languages() -> None:
    for lang in PAGE_LANGS:
        page = parsed(render_page(lang).decode())
        table = page_texts()[lang]
        filled = [text for text in page.texts if text not in BRAND]
        assert len(filled) == len(re.findall(r' data-t="', TEMPLATE))
        assert set(filled) <= set(table.values())
