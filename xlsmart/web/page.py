"""The upload page in its reader's language: Dutch or English, from one table of texts.

Every word the page shows lives in ``static/texts.json``: one table per language, the same keys
in each. The template ``static/index.html`` holds no words of its own, only ``data-t="key"``
on empty elements (and ``data-t-attr="placeholder:key"`` for attributes); the server fills them
in the reader's language, so the first paint, ``<html lang>`` and a page without script are
already right. The same tables go along inside the page, so the page's script can switch
language and write its messages, badges and chart captions without asking the server again.

The language is the one the reader chose with the page's switch (a cookie the script sets),
else the first of Dutch and English in the browser's ``Accept-Language``, else English.
Findings stay in the workbook's language (or the one asked for in the form): that is the
validator's business, not the page's.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from html import escape
from importlib import resources

PAGE_LANGS = ("en", "nl")
LANG_COOKIE = "xlsmart_lang"
_TEXT = re.compile(r'<(\w+)([^<>]*?) data-t="([\w.]+)"([^<>]*)></\1>')
_ATTRS = re.compile(r' data-t-attr="([^"]*)"')


@lru_cache(maxsize=1)
def page_texts() -> dict[str, dict[str, str]]:
    """The page's texts, by language, then by key."""
    return json.loads((resources.files("xlsmart.web") / "static" / "texts.json").read_text(encoding="utf-8"))


def page_language(accept_language: str | None, chosen: str | None = None) -> str:
    """The page's language: the reader's own choice, else the browser's first of ours, else English.

    >>> page_language("de-DE,nl;q=0.8,en;q=0.7"), page_language("en-GB,nl;q=0.9"), page_language(None)
    ('nl', 'en', 'en')
    >>> page_language("nl-BE", chosen="en")
    'en'
    """
    if chosen in PAGE_LANGS:
        return chosen
    best, best_q = "en", 0.0
    for part in (accept_language or "").split(","):
        tag, _, params = part.strip().partition(";")
        primary = tag.strip().split("-")[0].lower()
        weight = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip() == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        if primary in PAGE_LANGS and weight > best_q:
            best, best_q = primary, weight
    return best


@lru_cache(maxsize=len(PAGE_LANGS))
def render_page(lang: str) -> bytes:
    """``index.html`` with every text filled in ``lang`` and both tables inside for the script."""
    texts = page_texts()[lang]
    template = (resources.files("xlsmart.web") / "static" / "index.html").read_text(encoding="utf-8")

    def attributes(match: re.Match[str]) -> str:
        pairs = (item.split(":", 1) for item in match[1].split(";") if item)
        return match[0] + "".join(f' {name}="{escape(texts[key])}"' for name, key in pairs)

    def text(match: re.Match[str]) -> str:
        tag, before, key, after = match.groups()
        return f'<{tag}{before} data-t="{key}"{after}>{escape(texts[key], quote=False)}</{tag}>'

    html = _ATTRS.sub(attributes, _TEXT.sub(text, template))
    html = html.replace('<html lang="en">', f'<html lang="{lang}">', 1)
    tables = json.dumps(page_texts(), ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    html = html.replace('<script type="application/json" id="page-texts">{}</script>',
                        f'<script type="application/json" id="page-texts">{tables}</script>', 1)
    return html.encode("utf-8")
