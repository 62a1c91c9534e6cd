"""xlsmart in xlwings Lite: paste this file into the main.py tab of the xlwings Lite editor.

xlwings Lite registers the functions and scripts it finds in main.py, imported ones included, so
these imports are all it takes (with xlsmart in the requirements.txt tab):

* worksheet functions, e.g. =SMART_SCORE(B2, C2), =KPI_STATUS(C2, D2, E2, F2, G2), =ROI(F2, E2), and
  the whole-column forms =SMART_SCORES(...), =KPI_STATUSES(...), =ROIS(...);
* scripts in the editor's script list (or on sheet buttons): validate colours the failing rows and
  lists why on a Findings sheet; clear_colours removes both.
"""

from xlsmart.lite import (  # noqa: F401 - imported so that xlwings Lite registers them
    KPI_STATUS,
    KPI_STATUSES,
    ROAS,
    ROI,
    ROIS,
    SMART_GAPS,
    SMART_SCORE,
    SMART_SCORES,
    clear_colours,
    validate,
)
