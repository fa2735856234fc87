# SPDX-License-Identifier: Apache-2.0
"""Silence TensorFlow's chatter (C++ logs, Python warnings, "Saved artifact at ..." prints) while
the TFLite converter runs. `verbose=True`, or the environment variable DASNET_VERBOSE=1 (what the
CLI's `--verbose` sets), lets everything through. When the wrapped block fails, the captured text
is attached to the exception (`exc.tf_output`) and its last lines are printed to stderr only if
verbose is off and DASNET_SHOW_TF_ON_ERROR=1."""
from __future__ import annotations

import contextlib
import io
import logging
import os
import sys
import tempfile
import warnings


def is_verbose(verbose: bool | None = None) -> bool:
    if verbose is not None:
        return bool(verbose)
    return os.environ.get("DASNET_VERBOSE", "") not in ("", "0")


@contextlib.contextmanager
def quiet_tensorflow(verbose: bool | None = None):
    """Context manager: inside it, file descriptors 1 and 2, Python warnings and the absl/TF
    loggers are muted unless verbose."""
    if is_verbose(verbose):
        yield
        return
    sys.stdout.flush()
    sys.stderr.flush()
    saved = []
    tmp = tempfile.TemporaryFile(mode="w+b")
    loggers = [logging.getLogger(n) for n in ("tensorflow", "absl", "h5py", "keras")]
    levels = [lg.level for lg in loggers]
    try:
        for fd in (1, 2):
            try:
                saved.append((fd, os.dup(fd)))
                os.dup2(tmp.fileno(), fd)
            except OSError:
                pass
        for lg in loggers:
            lg.setLevel(logging.ERROR)
        buf = io.StringIO()
        with warnings.catch_warnings(), contextlib.redirect_stdout(buf), contextlib.redirect_stderr(buf):
            warnings.simplefilter("ignore")
            try:
                yield
            except BaseException as e:
                sys.stdout.flush()
                sys.stderr.flush()
                tmp.seek(0)
                try:
                    e.tf_output = tmp.read().decode(errors="replace")  # type: ignore[attr-defined]
                except Exception:
                    pass
                raise
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        for fd, dup in saved:
            os.dup2(dup, fd)
            os.close(dup)
        for lg, lv in zip(loggers, levels):
            lg.setLevel(lv)
        tmp.close()
