"""Engines that run the analyse-a-batch function over a corpus and yield the results in batch order.

`local` runs it in this process (`jobs=1`) or in a pool of worker processes, each of which loads
the spaCy pipeline once and does the whole analysis of its batches (parse, extractors, Arrow
tables), so the main process only writes. `dask` sends the same function to the workers of a
Dask cluster. Either way the driver writes the batches in order through the safe output folder,
so the files are the same whatever the engine and the number of workers.
"""

from __future__ import annotations

import logging
import multiprocessing
import sys
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Callable, Iterable, Iterator, TypeVar

from tqdm import tqdm

logger = logging.getLogger(__name__)
IN_FLIGHT_PER_WORKER = 2  # batches queued per worker: enough to keep it busy, few enough to bound memory
DASK_LOCAL_WORKERS = 2
DASK_LOGGER, DASK_LOG_LEVEL = "distributed", logging.WARNING
Result = TypeVar("Result")


def _in_order(submit: Callable[[object], Future], batches: list, window: int) -> Iterator:
    """Yield the result of each batch in order, with at most `window` batches submitted and not yet yielded."""
    pending: deque[Future] = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def run_local(analyse: Callable, batches: list, settings, *, jobs: int = 1, scheduler: str | None = None) -> Iterator:
    """Yield `analyse(batch, settings)` for each batch, in order, using `jobs` processes."""
    if scheduler is not None:
        raise ValueError("--scheduler needs --engine dask")
    if jobs == 1 or len(batches) <= 1:
        yield from (analyse(batch, settings) for batch in batches)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from _in_order(lambda batch: pool.submit(analyse, batch, settings), batches,
                             jobs * IN_FLIGHT_PER_WORKER)


def local_cluster(workers: int, *, log_level: int):
    """Return a started Dask `LocalCluster` of `workers` processes with one thread each.

    Workers start as this platform starts processes by default, as `--jobs` does (fork on Linux:
    they inherit the imported library and start in a fraction of a second, instead of importing
    it again), without the statistical profiler, which samples the running batch every 10 ms for a
    dashboard that is not started, and with the event loops' health check every second instead of
    every 20 ms (over half of an idle cluster's processor time).
    """
    import dask
    from distributed import LocalCluster

    start_method = multiprocessing.get_start_method(allow_none=True) or multiprocessing.get_all_start_methods()[0]
    with dask.config.set({"distributed.worker.multiprocessing-method": start_method,
                          "distributed.worker.profile.enabled": False, "distributed.admin.tick.interval": "1s"}):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                            silence_logs=log_level)


def run_dask(analyse: Callable, batches: list, settings, *, jobs: int = 1, scheduler: str | None = None) -> Iterator:
    """Yield `analyse(batch, settings)` for each batch, in order, computed on a Dask cluster.

    With no `scheduler` address a `LocalCluster` is started (see `local_cluster`): `jobs` workers,
    two when `jobs` is 1. Each worker keeps the pipeline it loaded for later batches; the
    batches' results come back to this process as Arrow tables.
    """
    from distributed import Client

    quiet = max(DASK_LOG_LEVEL, logging.getLogger().level)  # Dask's own start-up chatter is not for our users
    logging.getLogger(DASK_LOGGER).setLevel(quiet)
    cluster = None if scheduler else local_cluster(jobs if jobs > 1 else DASK_LOCAL_WORKERS, log_level=quiet)
    try:
        with Client(scheduler or cluster) as client:
            workers = max(len(client.scheduler_info()["workers"]), 1)
            logger.info("dask: %d workers at %s", workers, client.scheduler.address)
            yield from _in_order(lambda batch: client.submit(analyse, batch, settings, pure=False), batches,
                                 workers * IN_FLIGHT_PER_WORKER)
    finally:
        if cluster is not None:
            cluster.close()


ENGINES = {"local": run_local, "dask": run_dask}


def progress(results: Iterable[Result], *, total: int, sizes: list[int], enabled: bool) -> Iterator[Result]:
    """Yield `results` (one per batch of `sizes[i]` articles), drawing a bar on stderr when it is a terminal."""
    with tqdm(total=total, unit="article", file=sys.stderr, disable=not enabled or not sys.stderr.isatty(),
              dynamic_ncols=True) as bar:
        for result, size in zip(results, sizes):
            yield result
            bar.update(size)
