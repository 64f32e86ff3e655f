"""A real HTTP server on loopback that answers with scripted replies, for retry and error tests."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import attrs


@attrs.frozen
class Reply:
    status: int = 200
    headers: dict[str, str] = attrs.Factory(dict)
    body: bytes = b"ok"
    drop: bool = False  # Close the connection without answering.


@attrs.frozen
class Received:
    method: str
    target: str
    body: bytes
    client_port: int


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: ScriptedServer

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() != "chunked":
            return self.rfile.read(int(self.headers.get("Content-Length", "0")))
        chunks = []
        for _ in range(1000):
            size = int(self.rfile.readline().split(b";")[0], 16)
            chunks.append(self.rfile.read(size + 2)[:size])  # The chunk and its CRLF.
            if size == 0:
                break
        return b"".join(chunks)

    def _serve(self) -> None:
        body = self._read_body()
        reply = self.server.record(Received(self.command, self.path, body, self.client_address[1]))
        if reply.drop:
            self.close_connection = True
            return
        self.send_response_only(reply.status)  # No automatic Date header: the script decides.
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)

    do_GET = do_HEAD = do_OPTIONS = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

    def log_message(self, format: str, *args: Any) -> None:
        pass


class ScriptedServer(ThreadingHTTPServer):
    """Answers with the scripted replies in order, repeating the last one forever."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler, bind_and_activate=False)
        self.server_bind()  # Bound but not listening: connections are refused until listen().
        self.url = f"http://127.0.0.1:{self.server_address[1]}"
        self.received: list[Received] = []
        self._replies: list[Reply] = [Reply()]
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def script(self, *replies: Reply) -> None:
        self._replies = list(replies)

    def record(self, received: Received) -> Reply:
        with self._lock:
            self.received.append(received)
            return self._replies[min(len(self.received), len(self._replies)) - 1]

    def listen(self) -> None:
        self.server_activate()
        self._thread = threading.Thread(target=self.serve_forever, args=(0.01,), daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._thread is not None:
            self.shutdown()
            self._thread.join()
        self.server_close()
