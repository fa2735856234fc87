# SPDX-License-Identifier: Apache-2.0
"""The output folder of `generate`: only a new or empty folder, or one dasnet-tiny made (its
manifest says so); files written atomically; only its own unchanged files removed."""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path


from .errors import DasnetError
from .util import atomic_write, protected_output


# ---------------------------------------------------------------------------------------------
# the output folder: only new, empty, or made by dasnet-tiny; nothing lost
# ---------------------------------------------------------------------------------------------
GENERATOR = "dasnet-tiny"


def check_output_dir(out) -> dict | None:
    """Refuse (one-line DasnetError) a folder `generate` must not write into; returns the previous
    manifest of a folder dasnet-tiny generated earlier (None for a new or empty folder).

    Allowed: a folder that does not exist yet (it must be creatable), an empty folder, or one whose
    manifest.json says {"generator": "dasnet-tiny"}. Never inside the package or at the root of
    the dasnet-tiny source tree."""
    out = Path(out).expanduser()
    why = protected_output(out)
    if why:
        raise DasnetError(f"output folder {out}: refusing to write there: {why}; choose another folder")
    if out.exists() and not out.is_dir():
        raise DasnetError(f"output folder {out}: exists and is not a folder")
    if not out.exists():
        anc = out.absolute()
        while not anc.exists() and not anc.is_symlink():
            anc = anc.parent
        if not anc.is_dir() or not os.access(anc, os.W_OK | os.X_OK):
            raise DasnetError(f"output folder {out}: cannot be created ({anc} is not a writable folder)")
        if any(len(os.fsencode(part)) > 255 for part in out.parts):
            raise DasnetError(f"output folder {str(out)[:60]}...: a folder name is longer than 255 bytes")
        return None
    if not os.access(out, os.W_OK | os.X_OK):
        raise DasnetError(f"output folder {out}: not writable")
    try:
        entries = list(out.iterdir())
    except OSError as e:
        raise DasnetError(f"output folder {out}: cannot be read ({e.strerror})") from None
    if not entries:
        return None
    m = out / "manifest.json"
    try:
        prev = json.loads(m.read_text()) if m.is_file() and not m.is_symlink() else None
    except (OSError, ValueError, UnicodeDecodeError):
        prev = None
    if not isinstance(prev, dict) or prev.get("generator") != GENERATOR:
        raise DasnetError(f"output folder {out}: is not empty and was not made by dasnet-tiny (no "
                          "manifest.json with \"generator\": \"dasnet-tiny\"); choose a new or empty folder")
    return prev


def _write_folder(out: Path, contents: dict[str, bytes], previous: dict | None) -> None:
    """Write `contents` (file name -> bytes) into `out` through temporary names and renames, the
    manifest last; then remove the files of the previous generation (listed in its manifest's
    "files" and unchanged since) that this one does not write. On a failure, the files this call
    created are removed again."""
    made_dir = not out.exists()
    created: list[Path] = []
    try:
        out.mkdir(parents=True, exist_ok=True)
        for fname in sorted(contents, key=lambda n: n == "manifest.json"):
            target = out / fname
            existed = target.exists() or target.is_symlink()
            atomic_write(target, contents[fname])
            if not existed:
                created.append(target)
    except OSError as e:
        for f in created:
            try:
                f.unlink()
            except OSError:
                pass
        if made_dir:
            try:
                out.rmdir()
            except OSError:
                pass
        raise DasnetError(f"output folder {out}: cannot write {e.filename or ''} ({e.strerror or e})") from None
    old = (previous or {}).get("files")
    if not isinstance(old, dict):
        return
    for fname, digest in old.items():
        if not isinstance(fname, str) or fname in contents or Path(fname).name != fname or \
                fname in ("", ".", "..") or not fname.endswith((".c", ".h")):
            continue  # only C files the generator could have written (never what a manifest names)
        f = out / fname
        try:
            if f.is_file() and not f.is_symlink() and \
                    hashlib.sha256(f.read_bytes()).hexdigest() == digest:
                f.unlink()
        except OSError:
            pass


