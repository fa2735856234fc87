# SPDX-License-Identifier: Apache-2.0
"""ctypes access to the dt_* kernels (built once into a shared library with UBSan) for unit tests."""
from __future__ import annotations

import ctypes as C
import hashlib
import os
import subprocess
from pathlib import Path

import numpy as np

from dasnet_tiny.hostbuild import compiler

ROOT = Path(__file__).resolve().parents[1]
KERNELS = ROOT / "dasnet_tiny" / "runtime" / "kernels"
SHIM = Path(__file__).with_name("codegen_kernel_shim.c")

i32 = C.c_int32
P = C.c_void_p


class Dims(C.Structure):
    _fields_ = [("n", i32), ("h", i32), ("w", i32), ("c", i32)]


class Tile(C.Structure):
    _fields_ = [("h", i32), ("w", i32)]


class Act(C.Structure):
    _fields_ = [("min", i32), ("max", i32)]


class Context(C.Structure):
    _fields_ = [("buf", P), ("size", i32)]


class Quant(C.Structure):
    _fields_ = [("multiplier", P), ("shift", P)]


class Channels(C.Structure):
    _fields_ = [("index", P), ("count", i32), ("num_channels", i32)]


class ConvParams(C.Structure):
    _fields_ = [("input_offset", i32), ("output_offset", i32), ("stride", Tile), ("padding", Tile),
                ("dilation", Tile), ("activation", Act)]


class DwParams(C.Structure):
    _fields_ = [("input_offset", i32), ("output_offset", i32), ("ch_mult", i32), ("stride", Tile),
                ("padding", Tile), ("dilation", Tile), ("activation", Act)]


class FcParams(C.Structure):
    _fields_ = [("input_offset", i32), ("output_offset", i32), ("activation", Act)]


class PoolParams(C.Structure):
    _fields_ = [("stride", Tile), ("padding", Tile), ("activation", Act)]


class AddParams(C.Structure):
    _fields_ = [(n, i32) for n in ("input1_offset", "input1_multiplier", "input1_shift", "input2_offset",
                                   "input2_multiplier", "input2_shift", "left_shift", "output_offset",
                                   "output_multiplier", "output_shift")] + [("activation", Act)]


class MulParams(C.Structure):
    _fields_ = [(n, i32) for n in ("input1_offset", "input2_offset", "output_offset", "output_multiplier",
                                   "output_shift")] + [("activation", Act)]


class Broadcast(C.Structure):
    _fields_ = [("dims", i32 * 6), ("stride1", i32 * 6), ("stride2", i32 * 6)]


class MeanParams(C.Structure):
    _fields_ = [("dims", i32 * 6), ("reduce", i32 * 6), ("input_offset", i32), ("output_offset", i32),
                ("multiplier", i32), ("shift", i32)]


class PadParams(C.Structure):
    _fields_ = [("dims", i32 * 6), ("before", i32 * 6), ("after", i32 * 6), ("pad_value", i32)]


def ptr(a: np.ndarray | None):
    return None if a is None else a.ctypes.data_as(P)


def dims(shape) -> Dims:
    s = [1] * (4 - len(shape)) + list(shape)
    return Dims(*s)


def channel_list(winners: np.ndarray | None, num_channels: int):
    if winners is None:
        return None, None
    idx = np.ascontiguousarray(winners, np.uint16)
    return C.byref(Channels(ptr(idx), len(idx), num_channels)), idx


_LIB = None


def lib():
    """The kernels + shim as a shared library (UBSan, -O1), cached by content."""
    global _LIB
    if _LIB is not None:
        return _LIB
    cc = compiler()
    srcs = sorted(KERNELS.glob("dt_*.c")) + [SHIM]
    h = hashlib.sha256()
    for f in srcs + sorted(KERNELS.glob("dt_*.h")):
        h.update(f.read_bytes())
    cache = Path(os.environ.get("DASNET_CACHE", Path.home() / ".cache" / "dasnet-tiny")) / "kernel-libs"
    cache.mkdir(parents=True, exist_ok=True)
    so = cache / f"libdt_kernels-{h.hexdigest()[:20]}.so"
    if not so.exists():
        tmp = so.with_name(so.name + f".{os.getpid()}.tmp")
        cmd = [cc, "-std=c99", "-O1", "-g", "-Wall", "-Wextra", "-Werror", "-fPIC", "-shared",
               "-fsanitize=undefined", "-fno-sanitize-recover=all", f"-I{KERNELS}",
               *map(str, srcs), "-o", str(tmp)]
        subprocess.run(cmd, check=True, capture_output=True, text=True)
        os.replace(tmp, so)
    L = C.CDLL(str(so))
    for fn in ("dt_convolve_s8", "dt_depthwise_conv_s8", "dt_fully_connected_s8", "dt_avgpool_s8",
               "dt_maxpool_s8", "dt_add_s8", "dt_mul_s8", "dt_softmax_s8", "dt_mean_s8", "dt_pad_s8",
               "dt_concat_s8", "dt_requantize_s8", "dt_wta_select_s8", "dt_fill_losers_s8",
               "dt_wta_select_s8_get_buffer_size", "dt_convolve_wta_s8", "dt_depthwise_conv_wta_s8",
               "dt_fully_connected_wta_s8", "dt_convolve_wta_s8_get_buffer_size",
               "dt_depthwise_conv_wta_s8_get_buffer_size"):
        getattr(L, fn).restype = C.c_int
    _LIB = L
    return L
