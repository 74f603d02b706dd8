"""The one threading module: results, errors and progress arrive on the GUI thread; cancel; join."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread

from ui.desktop import worker


@pytest.fixture(autouse=True)
def joined(qapp):  # type: ignore[no-untyped-def]
    yield
    worker.join_all()
    assert worker.running() == []


def test_result_and_progress_arrive_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    gui = QThread.currentThread()
    seen: list[tuple[object, bool]] = []
    work_threads: list[int] = []

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        work_threads.append(threading.get_ident())
        for i in range(3):
            progress(i, 3, f"step {i}")
        return "done"

    job = worker.Job(work)
    job.progressed.connect(lambda done, _t, _m: seen.append((done, QThread.currentThread() is gui)))
    job.succeeded.connect(lambda result: seen.append((result, QThread.currentThread() is gui)))
    with qtbot.waitSignal(job.finished, timeout=5000):
        job.start()
    assert seen == [(0, True), (1, True), (2, True), ("done", True)]
    assert work_threads and work_threads[0] != threading.get_ident()
    assert not job.is_running()


def test_an_exception_in_the_work_is_delivered_not_lost(qtbot) -> None:  # type: ignore[no-untyped-def]
    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        raise ValueError("broken export")

    job = worker.Job(work)
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        job.start()
    assert isinstance(blocker.args[0], ValueError)


def test_cancel_is_seen_by_the_work(qtbot) -> None:  # type: ignore[no-untyped-def]
    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + 5
        while not cancelled():
            assert time.monotonic() < deadline, "cancel never arrived"
            time.sleep(0.005)
        return "stopped"

    job = worker.Job(work)
    with qtbot.waitSignal(job.succeeded, timeout=5000) as blocker:
        job.start()
        job.cancel()
    assert blocker.args == ["stopped"]


def test_join_all_cancels_and_waits(qtbot) -> None:  # type: ignore[no-untyped-def]
    started = threading.Event()

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        started.set()
        while not cancelled():
            time.sleep(0.005)
        return None

    jobs = [worker.Job(work) for _ in range(2)]
    for job in jobs:
        job.start()
    assert started.wait(5)
    worker.join_all(5000)
    assert worker.running() == []


def test_join_all_also_joins_a_job_that_a_delivered_result_starts(qtbot) -> None:  # type: ignore[no-untyped-def]
    # As when quitting right after an import: the result join_all delivers shows a screen, which reads ahead in a
    # job of its own. Left running, that thread aborted the process when Python exited.
    follow_ups: list[worker.Job] = []

    def slow(progress, cancelled):  # type: ignore[no-untyped-def]
        while not cancelled():
            time.sleep(0.005)
        return "first"

    def start_follow_up(_result: object) -> None:
        job = worker.Job(slow)
        follow_ups.append(job)
        job.start()

    first = worker.Job(slow)
    first.succeeded.connect(start_follow_up)
    first.start()
    worker.join_all(5000)
    assert len(follow_ups) == 1
    assert worker.running() == []
    assert not follow_ups[0].is_running()


def test_cyclic_gc_stays_off_worker_threads_while_jobs_run(qtbot) -> None:  # type: ignore[no-untyped-def]
    """PySide6 crashes when a worker's allocation triggers a collection while the GUI thread deletes widgets."""
    import gc

    worker.join_all()  # no job left from an earlier test, and the collection after it done
    states: list[bool] = []
    job = worker.Job(lambda progress, cancelled: states.append(gc.isenabled()))
    assert gc.isenabled()
    with qtbot.waitSignal(job.finished, timeout=5000):
        job.start()
    assert states == [False]
    qtbot.waitUntil(gc.isenabled, timeout=5000)  # on again once the last job has ended (an interval later)


def test_the_collector_is_on_again_after_a_job_started_as_the_last_one_ended(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The collection after the last job waits an interval; a job started before then keeps the collector off and
    switches it on again when it ends, not leaving it off for good."""
    import gc

    states: list[bool] = []
    follow_ups: list[worker.Job] = []

    def follow_up() -> None:  # in the same turn as the first job's end
        job = worker.Job(lambda progress, cancelled: states.append(gc.isenabled()))
        follow_ups.append(job)
        job.start()

    worker.join_all()
    first = worker.Job(lambda progress, cancelled: None)
    first.finished.connect(follow_up)
    assert gc.isenabled()
    first.start()
    qtbot.waitUntil(lambda: bool(follow_ups) and not follow_ups[0].is_running(), timeout=5000)
    assert states == [False]  # off while the second job ran
    qtbot.waitUntil(gc.isenabled, timeout=5000)
