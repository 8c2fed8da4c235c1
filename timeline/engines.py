"""Where the per-article stages run: in this process, in a local process pool, or on a Dask cluster.

Every engine maps one function over batches of work and yields the results in the batches' order,
with a bounded number of batches in flight, so the output never depends on the engine or on the
number of workers and memory does not grow with the corpus.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol, TypeVar

from timeline.errors import InputError

Item = TypeVar("Item")
Result = TypeVar("Result")
Value_co = TypeVar("Value_co", covariant=True)

IN_FLIGHT_PER_WORKER = 4  # batches queued per worker: enough to keep it busy, few enough to bound memory
ENGINES = ("local", "dask")


class Pending(Protocol[Value_co]):
    """A submitted batch: a concurrent.futures or a dask.distributed future."""

    def result(self) -> Value_co: ...


class Engine(Protocol):
    shares_disk: bool  # whether the workers see this machine's files (the store), or only what is sent

    def map(self, function: Callable[[Item], Result], items: Iterable[Item]) -> Iterator[Result]: ...

    def close(self) -> None: ...


def default_jobs() -> int:
    """The cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class InProcess:
    """``--jobs 1``: no pool, no pickling."""

    workers = 1
    shares_disk = True

    def map(self, function: Callable[[Item], Result], items: Iterable[Item]) -> Iterator[Result]:
        return map(function, items)

    def close(self) -> None:
        pass


class LocalPool:
    """A process pool of ``jobs`` workers."""

    shares_disk = True

    def __init__(self, jobs: int) -> None:
        from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415 - loads multiprocessing: only a pool pays

        self.workers = jobs
        self.pool = ProcessPoolExecutor(max_workers=jobs)

    def map(self, function: Callable[[Item], Result], items: Iterable[Item]) -> Iterator[Result]:
        return _ordered(lambda item: self.pool.submit(function, item), items, self.workers)

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


class DaskCluster:
    """A dask.distributed cluster: its scheduler's address, or a client the caller made (tests, notebooks)."""

    shares_disk = False  # workers may run on other machines

    def __init__(self, scheduler: str | None = None, *, client: Any = None) -> None:
        try:
            from distributed import Client  # noqa: PLC0415 - an optional extra
        except ImportError as error:
            raise InputError("--engine dask needs dask.distributed: pip install 'timeline-news[dask]'") from error
        if client is None and scheduler is None:
            raise InputError("--engine dask needs --scheduler tcp://HOST:8786 (the Dask scheduler's address)")
        self.own_client = client is None
        self.client = client if client is not None else Client(scheduler)
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))

    def map(self, function: Callable[[Item], Result], items: Iterable[Item]) -> Iterator[Result]:
        return _ordered(lambda item: self.client.submit(function, item, pure=False), items, self.workers)

    def close(self) -> None:
        if self.own_client:
            self.client.close()


def _ordered(submit: Callable[[Item], Pending[Result]], items: Iterable[Item], workers: int) -> Iterator[Result]:
    """Results in the items' order, with at most IN_FLIGHT_PER_WORKER batches per worker submitted."""
    in_flight: deque[Pending[Result]] = deque()
    for item in items:
        in_flight.append(submit(item))
        if len(in_flight) >= workers * IN_FLIGHT_PER_WORKER:
            yield in_flight.popleft().result()
    while in_flight:
        yield in_flight.popleft().result()


def engine_for(name: str, jobs: int | None, scheduler: str | None = None, client: Any = None) -> Engine:
    """The engine a build asked for; ``jobs`` None means every core."""
    if name == "dask":
        return DaskCluster(scheduler, client=client)
    if name != "local":
        raise InputError(f"unknown engine {name!r}; choose one of: {', '.join(ENGINES)}")
    count = default_jobs() if jobs is None else jobs
    if count < 1:
        raise InputError(f"--jobs {count}: needs at least 1")
    return InProcess() if count == 1 else LocalPool(count)
