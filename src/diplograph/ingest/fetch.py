"""A polite HTTP client (standard library only): a User-Agent that names diplograph, a timeout,
retries with exponential backoff on errors worth retrying, a limit on concurrent requests in all
and per host, and a size limit enforced while streaming the body."""
from __future__ import annotations

import email.message
import logging
import threading
import time
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlsplit

from diplograph import __version__

log = logging.getLogger(__name__)

USER_AGENT = f"diplograph/{__version__} (political event data from news; fetches the pages linked from feeds it is given)"
DEFAULT_MAX_BYTES = 20_000_000
CHUNK = 65536
RETRY_STATUS = {408, 425, 429, 500, 502, 503, 504}
MAX_RETRY_AFTER = 60.0


@dataclass(frozen=True)
class FetchOptions:
    timeout: float = 15.0
    retries: int = 2
    backoff: float = 1.0  # seconds before the first retry; doubled for each further one
    concurrency: int = 4
    per_host: int = 2
    max_bytes: int = DEFAULT_MAX_BYTES
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    status: int
    content_type: str  # e.g. "text/html"
    charset: str | None
    body: bytes


class FetchError(Exception):
    """A URL that could not be fetched; the message is the reason, for the failures table."""

    def __init__(self, url: str, reason: str, *, retry: bool = False, wait: float | None = None):
        super().__init__(reason)
        self.url = url
        self.reason = reason
        self.retry = retry
        self.wait = wait


def is_url(value: object) -> bool:
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


def _mb(n: int) -> str:
    return f"{n / 1e6:.0f} MB" if n >= 1e6 else f"{n / 1e3:.0f} kB"


def _once(url: str, options: FetchOptions) -> Response:
    req = urllib.request.Request(url, headers={
        "User-Agent": options.user_agent,
        "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5",
        "Accept-Encoding": "identity",
    })
    try:
        resp = urllib.request.urlopen(req, timeout=options.timeout)  # noqa: S310 - http(s) only, checked by is_url
    except urllib.error.HTTPError as exc:
        wait = None
        if exc.code == 429 or exc.code == 503:
            try:
                wait = min(float(exc.headers.get("Retry-After", "")), MAX_RETRY_AFTER)
            except ValueError:
                wait = None
        exc.close()
        raise FetchError(url, f"HTTP {exc.code} {exc.reason}", retry=exc.code in RETRY_STATUS, wait=wait) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        text = getattr(reason, "strerror", None) or str(reason)
        raise FetchError(url, f"cannot connect: {text}", retry=True) from None
    except (TimeoutError, OSError) as exc:
        raise FetchError(url, f"cannot connect: {exc}", retry=True) from None
    with resp:
        msg: email.message.Message = resp.headers
        ctype = (msg.get_content_type() or "application/octet-stream").lower()
        charset = msg.get_content_charset()
        length = msg.get("Content-Length")
        if length and length.isdigit() and int(length) > options.max_bytes:
            raise FetchError(url, f"the page is {_mb(int(length))}, over the {_mb(options.max_bytes)} limit for one page")
        chunks, total = [], 0
        try:
            while chunk := resp.read(CHUNK):
                total += len(chunk)
                if total > options.max_bytes:
                    raise FetchError(url, f"the page is over the {_mb(options.max_bytes)} limit for one page (stopped reading)")
                chunks.append(chunk)
        except (TimeoutError, OSError) as exc:
            raise FetchError(url, f"the connection broke while reading: {exc}", retry=True) from None
        return Response(resp.geturl(), resp.status, ctype, charset, b"".join(chunks))


def fetch(url: str, options: FetchOptions = FetchOptions()) -> Response:
    """GET a URL with retries; raises FetchError with the last reason."""
    if not is_url(url):
        raise FetchError(url, "not an http(s) URL")
    attempt = 0
    while True:
        try:
            return _once(url, options)
        except FetchError as exc:
            if not exc.retry or attempt >= options.retries:
                if attempt:
                    exc.reason = f"{exc.reason} (after {attempt + 1} attempts)"
                    exc.args = (exc.reason,)
                raise
            delay = exc.wait if exc.wait is not None else options.backoff * (2 ** attempt)
            log.info("%s: %s; retrying in %.1f s", url, exc.reason, delay)
            time.sleep(delay)
            attempt += 1


class Fetcher:
    """Fetch many URLs concurrently, at most ``concurrency`` at once and ``per_host`` per host,
    yielding results in the order given with a bounded number in flight."""

    def __init__(self, options: FetchOptions = FetchOptions()):
        self.options = options
        self._hosts: dict[str, threading.Semaphore] = {}
        self._lock = threading.Lock()

    def _host(self, url: str) -> threading.Semaphore:
        host = urlsplit(url).netloc.lower()
        with self._lock:
            if host not in self._hosts:
                self._hosts[host] = threading.Semaphore(self.options.per_host)
            return self._hosts[host]

    def _get(self, url: str) -> Response | FetchError:
        try:
            with self._host(url):
                return fetch(url, self.options)
        except FetchError as exc:
            return exc

    def map(self, urls: Iterable[str]) -> Iterator[tuple[str, Response | FetchError]]:
        window = max(1, self.options.concurrency) * 2
        with ThreadPoolExecutor(max_workers=max(1, self.options.concurrency), thread_name_prefix="fetch") as pool:
            pending: deque = deque()
            for url in urls:
                pending.append((url, pool.submit(self._get, url)))
                if len(pending) >= window:
                    u, fut = pending.popleft()
                    yield u, fut.result()
            while pending:
                u, fut = pending.popleft()
                yield u, fut.result()
