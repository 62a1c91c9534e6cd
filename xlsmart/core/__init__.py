"""The pure core: goal parsing, SMART judgement, KPI status and finance.

Imports nothing from openpyxl, xlwings, the CLI or a web framework (a test proves it).
"""
