"""The one place that knows the package format of .xlsx/.xlsm: Open Packaging parts in a zip.

- :mod:`.names`: namespaces (transitional and Strict), relationship and content types, the
  package's fixed parts;
- :mod:`.cells`: cell references (column letters, ``A1``), sheet names quoted for a reference,
  Excel's grid limits;
- :mod:`.xml`: parsing a part safely (no DTDs) and writing one back as Excel does;
- :mod:`.parts`: relationships (the ``.rels`` of a part, targets, the main part) and content
  types, and members whose names differ from the links only in case or slashes;
- :mod:`.workbook`: ``workbook.xml`` read once: its sheets, defined names and links;
- :mod:`.members`: zip members inflated, deflated and copied as raw compressed bytes.

The reader, the painter and the template builder all go through here; nothing here knows
goals, rules or colours.
"""
