Attribute VB_Name = "xlsmart_ribbon"
' Callbacks of the xlsmart ribbon tab (customUI/customUI14.xml in the workbook).
' Each one hands over to Python through xlwings' RunPython; the work is done in
' xlsmart.excel.ribbon, on the same validation path as the command line.
Option Explicit

Public Sub XlsmartValidate(control As IRibbonControl)
    RunPython "import xlsmart.excel.ribbon as r; r.validate_button()"
End Sub

Public Sub XlsmartClear(control As IRibbonControl)
    RunPython "import xlsmart.excel.ribbon as r; r.clear_button()"
End Sub

Public Sub XlsmartHelp(control As IRibbonControl)
    RunPython "import xlsmart.excel.ribbon as r; r.help_button()"
End Sub
