"""The upload face: a page and an HTTP API over the same ``validate`` path as the CLI.

``create_app()`` builds the FastAPI application; ``serve()`` runs it (``xlsmart serve``).
"""

from __future__ import annotations

__all__ = ["create_app", "serve"]


def __getattr__(name: str) -> object:
    # FastAPI is imported only when the web face is used, not by ``import xlsmart.web``.
    if name in __all__:
        from . import app

        return getattr(app, name)
    raise AttributeError(name)
