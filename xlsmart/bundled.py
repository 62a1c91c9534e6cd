"""The example workbooks bundled with xlsmart, for ``xlsmart demo``.

They live in the repository's ``workbook_templates/`` folder (``make templates`` rebuilds them there),
which pyproject.toml maps onto the subpackage ``xlsmart.workbook_templates``. Looking them up through
importlib.resources rather than a path relative to the repository finds them wherever xlsmart is
installed: inside the package from a wheel, in the repository folder from an editable install.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def example_workbooks() -> list[Path]:
    """The bundled example workbooks (xlsmart_en.xlsm, xlsmart_nl.xlsm), sorted by name.

    The package is on the file system (a wheel or an editable install), so its resources are files.
    """
    folder = Path(str(files("xlsmart.workbook_templates")))
    return sorted(folder.glob("*.xlsm"), key=lambda path: path.name)
