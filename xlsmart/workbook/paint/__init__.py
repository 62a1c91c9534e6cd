"""Painting a report onto a copy of the workbook: the painter and the parts it writes.

``painter`` copies the package, rewriting only what must change; ``sheet_patch`` (with
``xml_aside``) recolours worksheet rows as streamed bytes; ``findings_sheet`` writes our
Findings sheet; ``notes`` the notes on flagged cells.
"""
