"""Our two fills in ``styles.xml`` and the clone cell formats that carry them, reused across runs.

A coloured cell keeps everything of its own format (number format, font, border, alignment)
but the fill: the painter gives it a clone of its format with our fill, made once per format and
severity. The hidden defined name ``_xlsmart_styles`` maps each clone back to the user's format,
so a later run clears a fixed row's colour and reuses the clones instead of adding more.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from xlsmart import schema
from xlsmart.workbook.ooxml.names import MAIN_NS, q
from xlsmart.workbook.ooxml.xml import etree, parse_xml, to_bytes

MAX_XFS = 64_000  # Excel refuses workbooks with more cell formats than about this


class Unplanned(Exception):
    """A frozen palette was asked for a clone it does not have (see :mod:`sheet_jobs`)."""


class StylePalette:
    """styles.xml with our two fills and the clone xfs that carry them, reused across runs.

    ``target(s, severity)`` gives the xf to paint a cell whose style is ``s``; ``original(s)``
    gives the user's own xf behind one of our clones (or ``s`` itself). A ``frozen`` palette
    makes no new clones: it raises :class:`Unplanned` instead.
    """

    frozen = False

    def __init__(self, data: bytes, mapping: dict[int, int]) -> None:
        self.changed = False
        self.root = parse_xml(data, "xl/styles.xml")
        self.ns = self.root.nsmap.get(None, MAIN_NS)
        self.fills = self._child("fills", after=("numFmts", "fonts"))
        self.xfs = self._child("cellXfs", after=("numFmts", "fonts", "fills", "borders", "cellStyleXfs"))
        self.fill_ids = {sev: self._fill(rgb) for sev, rgb in schema.FILL_COLOURS.items()}
        ours = {str(i) for i in self.fill_ids.values()}
        self.to_original: dict[int, int] = {}
        for index, xf in enumerate(self.xfs):
            if xf.get("fillId") in ours:
                known = mapping.get(index)
                self.to_original[index] = known if known is not None and known < len(self.xfs) else self._plain(xf)
        self.clones = {(orig, self._severity(c)): c for c, orig in self.to_original.items()}
        self.memo: dict[tuple[int, str | None], int] = {}  # (style, severity or None) -> the style to write

    def original(self, style: int) -> int:
        return self.to_original.get(style, style)

    def wanted(self, style: int, severity: str | None) -> int:
        """The style a cell of ``style`` gets: our clone for ``severity``, or its own format back
        when no severity paints it (remembered: a sheet's cells share a handful of formats)."""
        key = (style, severity)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = self.target(style, severity) if severity else self.original(style)
        return found

    def target(self, style: int, severity: str) -> int:
        base = self.original(style)
        found = self.clones.get((base, severity))
        if found is not None:
            return found
        if len(self.xfs) >= MAX_XFS or base >= len(self.xfs):
            return style  # better an uncoloured row than a workbook Excel refuses to open
        if self.frozen:
            raise Unplanned(f"no clone of style {base} for {severity}")
        clone = copy.deepcopy(self.xfs[base])
        clone.set("fillId", str(self.fill_ids[severity]))
        clone.set("applyFill", "1")
        self.xfs.append(clone)
        index = len(self.xfs) - 1
        self.xfs.set("count", str(len(self.xfs)))
        self.clones[(base, severity)] = index
        self.to_original[index] = base
        self.changed = True
        return index

    def mapping_text(self) -> str:
        return ",".join(f"{c}={o}" for c, o in sorted(self.to_original.items()))

    def to_bytes(self) -> bytes:
        return to_bytes(self.root)

    def _child(self, tag: str, *, after: tuple[str, ...]) -> Any:
        found = self.root.find(q(tag, self.ns))
        if found is not None:
            return found
        element = etree.Element(q(tag, self.ns), count="0")
        anchor = [self.root.find(q(t, self.ns)) for t in after]
        present = [a for a in anchor if a is not None]
        if present:
            present[-1].addnext(element)
        else:
            self.root.insert(0, element)
        self.changed = True
        return element

    def _fill(self, rgb: str) -> int:
        for index, fill in enumerate(self.fills):
            pattern = fill.find(q("patternFill", self.ns))
            colour = pattern.find(q("fgColor", self.ns)) if pattern is not None else None
            solid = pattern is not None and pattern.get("patternType") == "solid"
            if solid and colour is not None and (colour.get("rgb") or "").upper() == rgb:
                return index
        while len(self.fills) < 2:  # Excel reserves fills 0 (none) and 1 (gray125)
            etree.SubElement(etree.SubElement(self.fills, q("fill", self.ns)), q("patternFill", self.ns), patternType="none")
        fill = etree.SubElement(self.fills, q("fill", self.ns))
        pattern = etree.SubElement(fill, q("patternFill", self.ns), patternType="solid")
        etree.SubElement(pattern, q("fgColor", self.ns), rgb=rgb)
        etree.SubElement(pattern, q("bgColor", self.ns), indexed="64")
        self.fills.set("count", str(len(self.fills)))
        self.changed = True
        return len(self.fills) - 1

    def _severity(self, index: int) -> str:
        fill = self.xfs[index].get("fillId")
        return next(sev for sev, i in self.fill_ids.items() if str(i) == fill)

    def _plain(self, xf: Any) -> int:
        """The user's xf a clone came from when our map was lost: same xf, fill none."""
        wanted = {k: v for k, v in xf.attrib.items() if k not in ("fillId", "applyFill")}
        ours = {str(i) for i in self.fill_ids.values()}
        for index, other in enumerate(self.xfs):
            attrs = {k: v for k, v in other.attrib.items() if k not in ("fillId", "applyFill")}
            if other.get("fillId") not in ours and attrs == wanted and len(other) == len(xf):
                return index
        plain = copy.deepcopy(xf)
        plain.set("fillId", "0")
        plain.attrib.pop("applyFill", None)
        self.xfs.append(plain)
        self.xfs.set("count", str(len(self.xfs)))
        self.changed = True
        return len(self.xfs) - 1


def read_mapping(text: str | None) -> dict[int, int]:
    """Parse our ``_xlsmart_styles`` name: ``"12=3,13=5"`` -> {12: 3, 13: 5}."""
    pairs = re.findall(r"(\d+)=(\d+)", text or "")
    return {int(c): int(o) for c, o in pairs}
