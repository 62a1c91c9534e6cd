"""Read the VBA modules of a built workbook back with oletools (an independent reader)."""

from __future__ import annotations

from pathlib import Path


def modules_of(path: Path) -> dict[str, str]:
    """Module name -> source, as olevba extracts it from ``xl/vbaProject.bin``."""
    from oletools.olevba import VBA_Parser

    parser = VBA_Parser(str(path))
    try:
        return {stream.split("/")[-1]: code for _, stream, _, code in parser.extract_macros()}
    finally:
        parser.close()
