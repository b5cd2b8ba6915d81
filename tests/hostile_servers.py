"""Local HTTP servers that misbehave, on 127.0.0.1: for tests/test_hostile.py and benchmarks/bench_hostile.py.

Example
-------
>>> with LocalServer(stalling(pause=0.1, times=1)) as url:
...     url.startswith("http://127.0.0.1:")
True
"""

from __future__ import annotations

import http.server
import threading
import time


class _Quiet(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def start_page(self, length: int | None = None):
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        if length is not None:
            self.send_header("Content-Length", str(length))
        self.end_headers()


def stalling(pause: float, times: int) -> type:
    """A handler that sends headers, then one byte every ``pause`` seconds, ``times`` times."""

    class Stalling(_Quiet):
        def do_GET(self):  # noqa: N802 - http.server's name
            self.start_page()
            try:
                for _ in range(times):
                    self.wfile.write(b"<")
                    self.wfile.flush()
                    time.sleep(pause)
            except OSError:
                pass

    return Stalling


def huge(announce: bool, megabytes: int = 800, words_per_block: int = 13000) -> type:
    """A handler that sends a page of ``megabytes`` as fast as it can, announcing its length or not."""

    class Huge(_Quiet):
        def do_GET(self):  # noqa: N802
            self.start_page(megabytes * 2**20 if announce else None)
            block = b"<p>" + b"word " * words_per_block + b"</p>"
            try:
                for _ in range(megabytes * 2**20 // len(block)):
                    self.wfile.write(block)
            except OSError:
                pass

    return Huge


class LocalServer:
    """A threaded server for ``handler`` on a free port; a context manager giving the story URL."""

    def __init__(self, handler: type):
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/story.html"

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> str:
        return self.url

    def __exit__(self, *exc):
        self.close()
