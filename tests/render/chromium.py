"""A minimal headless-Chromium driver over the DevTools protocol (websocket-client), for the browser test.

Uses Debian's /usr/bin/chromium: no browser download, no network (the flags turn off every
background service), a fresh profile per run.
"""

from __future__ import annotations

import base64
import json
import re
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import websocket

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--remote-debugging-port=0",
)
DEVTOOLS_LINE = re.compile(r"DevTools listening on (ws://[^\s]+)")
STARTUP_SECONDS = 30


class Page:
    """One page target: send commands, and keep every event the page reports."""

    def __init__(self, socket: websocket.WebSocket) -> None:
        self.socket = socket
        self.events: list[dict[str, Any]] = []
        self.next_id = 0

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method: str, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while not any(event.get("method") == method for event in self.events):
            if time.monotonic() > deadline:
                raise TimeoutError(method)
            self.events.append(json.loads(self.socket.recv()))

    def evaluate(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    def screenshot(self, path: Path, *, full_page: bool = True) -> None:
        data = self.send("Page.captureScreenshot", format="png", captureBeyondViewport=full_page)["data"]
        path.write_bytes(base64.b64decode(data))


@contextmanager
def open_page(profile: Path, width: int = 900, height: int = 1200) -> Iterator[Page]:
    """A fresh headless Chromium with one blank page, its console, log and network domains on."""
    process = subprocess.Popen(
        [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        port = _devtools_port(process)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as response:
            target = next(t for t in json.load(response) if t["type"] == "page")
        socket = websocket.create_connection(target["webSocketDebuggerUrl"], timeout=20, suppress_origin=True)
        page = Page(socket)
        for domain in ("Page", "Runtime", "Log", "Network"):
            page.send(f"{domain}.enable")
        page.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)
        yield page
        socket.close()
    finally:
        process.terminate()
        process.wait(timeout=10)


def _devtools_port(process: subprocess.Popen[str]) -> int:
    assert process.stderr is not None
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        match = DEVTOOLS_LINE.search(line)
        if match:
            return int(match.group(1).split(":")[2].split("/")[0])
    raise TimeoutError("Chromium did not print its DevTools address")


def screenshot_page(page_path: Path, png_path: Path, width: int = 900, height: int = 1400) -> None:
    """The top of a local HTML page as a README shows it (what examples/regenerate.sh uses)."""
    with (
        tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile,
        open_page(Path(profile), width=width, height=height) as page,
    ):
        page.send("Page.navigate", url=page_path.resolve().as_uri())
        page.wait_for("Page.loadEventFired")
        page.screenshot(png_path, full_page=False)


if __name__ == "__main__":
    screenshot_page(Path(sys.argv[1]), Path(sys.argv[2]))
