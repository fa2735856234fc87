# SPDX-License-Identifier: Apache-2.0
"""Exceptions raised by dasnet-tiny. Every message says what is wrong and what to do."""


class DasnetError(Exception):
    """Base class: the CLI prints these as one line and exits with code 2."""


class UnsupportedModelError(DasnetError):
    """The model uses an op, type or structure dasnet-tiny cannot handle."""


class MalformedModelError(UnsupportedModelError):
    """The model file (or saved graph) is corrupt or structurally invalid."""


class ToolError(DasnetError):
    """An external tool (compiler, emulator) is missing or failed."""


class MismatchError(DasnetError):
    """Generated code and reference disagree."""
