"""A gunicorn worker: uvicorn's, with the read deadline and connection cap of ``xlsmart serve``.

``gunicorn -k uvicorn_worker.UvicornWorker`` runs the app with uvicorn's plain h11 protocol, which
holds slow and silent clients for ever (see :mod:`xlsmart.web.server`). This worker runs it with
the guarded protocol instead: gunicorn's ``--worker-connections`` (default 1000) is the cap per
worker process, and ``XLSMART_READ_TIMEOUT`` (seconds, default 30) the read deadline::

    gunicorn -w 4 -k xlsmart.web.worker.Worker -b 127.0.0.1:8000 'xlsmart.web.app:create_app()'

Needs ``pip install gunicorn uvicorn-worker`` (not dependencies of xlsmart).
"""

from __future__ import annotations

import os
from typing import Any

from uvicorn_worker import UvicornWorker

from xlsmart.web.server import READ_TIMEOUT_S, guarded_protocol


class Worker(UvicornWorker):
    """``UvicornWorker`` whose HTTP protocol is :func:`~xlsmart.web.server.guarded_protocol`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        read_timeout = float(os.environ.get("XLSMART_READ_TIMEOUT", READ_TIMEOUT_S))
        self.config.http = guarded_protocol(read_timeout, self.cfg.worker_connections)
