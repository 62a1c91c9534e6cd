"""The example workbooks, shipped as the package data of ``xlsmart.workbook_templates``.

pyproject.toml maps this folder onto that subpackage, so a wheel carries the .xlsm files and
``xlsmart.bundled.example_workbooks()`` finds them. This file makes it a regular package: an
editable install cannot import a namespace package that package-dir maps from elsewhere.
"""
