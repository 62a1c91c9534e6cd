"""``python -m xlsmart.cli`` runs the command line, as ``python -m xlsmart`` does."""

from .main import main

raise SystemExit(main())
