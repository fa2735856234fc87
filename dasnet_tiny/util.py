# SPDX-License-Identifier: Apache-2.0
"""Small shared helpers."""
from __future__ import annotations

import contextlib
import os
import sys


@contextlib.contextmanager
def quiet():
    """Silence stdout/stderr at the file-descriptor level (TensorFlow's converter and C++ logging
    print there directly)."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    with open(os.devnull, "w") as null:
        os.dup2(null.fileno(), 1)
        os.dup2(null.fileno(), 2)
        try:
            yield
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])


def c_identifier(name: str) -> str:
    """A C identifier made from `name`: other characters become "_", a leading digit gets "m_"."""
    s = "".join(ch if ch.isalnum() or ch == "_" else "_" for ch in name).strip("_") or "model"
    return "m_" + s if s[0].isdigit() else s


# ---------------------------------------------------------------------------------------------
# text and names that reach generated C
# ---------------------------------------------------------------------------------------------
C_KEYWORDS = frozenset("""
auto break case char const continue default do double else enum extern float for goto if inline
int long register restrict return short signed sizeof static struct switch typedef union unsigned
void volatile while _Alignas _Alignof _Atomic _Bool _Complex _Generic _Imaginary _Noreturn
_Static_assert _Thread_local asm typeof fortran bool true false alignas alignof static_assert
thread_local nullptr constexpr NULL main
""".split())

MAX_NAME = 48  # C identifier prefix: leaves room for suffixes such as _layer_hook within 63 chars


def c_comment_text(s, limit: int = 80) -> str:
    """`s` made inert inside a C /* ... */ comment or a "..." in one: printable ASCII only (other
    characters, newlines and backslashes become "?" / "/"), no "/*" or "*/", no "??" trigraph,
    at most `limit` characters (longer text ends in "...")."""
    if isinstance(s, bytes):
        s = s.decode("utf-8", "replace")
    s = str(s)
    out = "".join(ch if " " <= ch <= "~" and ch not in '\\"' else ("/" if ch == "\\" else
                  ("'" if ch == '"' else "?")) for ch in s)
    if len(out) > limit:
        out = out[:max(0, limit - 3)] + "..."
    prev = None
    while prev != out:
        prev = out
        out = out.replace("/*", "/ *").replace("*/", "* /").replace("??", "? ?").replace("//", "/ /")
    # never start or end with a character that could pair with the comment delimiters around it
    if out.startswith(("*", "/")):
        out = " " + out
    if out.endswith(("*", "/")):
        out = out + " "
    return out


def c_identifier_problem(name: str) -> str | None:
    """Why `name` cannot be the C prefix of a generated model (None if it can)."""
    if not name:
        return "it is empty"
    if len(name) > MAX_NAME:
        return f"it has {len(name)} characters; at most {MAX_NAME} are allowed"
    if not (name.isascii() and name.isidentifier()):
        return "it is not a C identifier (ASCII letters, digits and _, not starting with a digit)"
    if name in C_KEYWORDS:
        return "it is a C keyword or a reserved name"
    if name.startswith("__") or (name[0] == "_" and name[1:2].isupper()) or name[0] == "_":
        return "names starting with _ are reserved in C"
    if name.lower().startswith("dt_") or name.lower() == "dt":
        return "names starting with dt_ belong to the dasnet-tiny kernels and runtime"
    return None


def check_c_identifier(name: str, what: str = "--name") -> str:
    """`name` if it can prefix the generated C symbols and files; else a one-line DasnetError."""
    from .errors import DasnetError

    problem = c_identifier_problem(name)
    if problem:
        raise DasnetError(f"{what} {c_comment_text(name, 60)!r} cannot be used: {problem}")
    return name


def safe_c_identifier(name: str) -> str:
    """A valid, non-reserved model prefix derived from `name` (a file stem or a model name)."""
    s = c_identifier(str(name) if name else "model")
    s = "".join(ch if ch.isascii() else "_" for ch in s).strip("_") or "model"
    if s[0].isdigit():
        s = "m_" + s
    s = s[:MAX_NAME].rstrip("_") or "model"
    if c_identifier_problem(s):
        s = ("m_" + s)[:MAX_NAME].rstrip("_")
    return s if not c_identifier_problem(s) else "model"


def model_files(name: str) -> list[str]:
    """The files a model called `name` writes into a generated folder (besides the kernels)."""
    return [f"{name}.h", f"{name}.c", f"{name}_weights.c"]


def model_name_clash(names) -> str | None:
    """Why models with these C names cannot be generated into one folder (None if they can):
    the same name, names that differ only in letter case (their files and include guards collide
    on case-insensitive file systems), or a file name two models would both write (models "A" and
    "A_weights" both need A_weights.c)."""
    names = list(names)
    for i, a in enumerate(names):
        for b in names[:i]:
            if a == b:
                return f"two models are both called {a!r}"
            if a.lower() == b.lower():
                return (f"models {b!r} and {a!r} differ only in letter case (their files and include "
                        "guards collide on case-insensitive file systems)")
            common = [f for f in model_files(a) if f.lower() in {g.lower() for g in model_files(b)}]
            if common:
                return f"models {b!r} and {a!r} would both write the file {common[0]}"
    return None


def model_symbol_clash(sources: dict) -> str | None:
    """Why the generated files of several models ({name: text of its .h, .c and _weights.c})
    cannot be linked together: an identifier defined under one model's prefix that another model
    defines too (None if there is none)."""
    import re

    ids = {n: set(re.findall(r"\b%s_\w+" % re.escape(n), text)) for n, text in sources.items()}
    items = list(ids.items())
    for i, (a, sa) in enumerate(items):
        for b, sb in items[:i]:
            common = sa & sb
            if common:
                return f"models {b!r} and {a!r} would both define {sorted(common)[0]}"
    return None


# ---------------------------------------------------------------------------------------------
# file safety
# ---------------------------------------------------------------------------------------------
def package_dir():
    from pathlib import Path

    return Path(__file__).resolve().parent


def repository_root():
    """The source checkout that holds the package (None for an installed package)."""
    root = package_dir().parent
    if (root / "pyproject.toml").exists() or (root / ".git").exists():
        return root
    return None


def protected_output(path) -> str | None:
    """Why `path` must not receive generated files (None if it may)."""
    from pathlib import Path

    p = Path(path).expanduser().resolve()
    pkg = package_dir()
    if p == pkg or pkg in p.parents:
        return f"it is inside the dasnet-tiny package ({pkg})"
    root = repository_root()
    if root is not None and p == root:
        return "it is the root of the dasnet-tiny source tree"
    return None


def same_file(a, b) -> bool:
    """True when paths a and b name the same file (symlinks resolved; also before it exists)."""
    from pathlib import Path

    if a is None or b is None:
        return False
    pa, pb = Path(a).expanduser(), Path(b).expanduser()
    try:
        if pa.exists() and pb.exists():
            return os.path.samefile(pa, pb)
    except OSError:
        pass
    return pa.resolve() == pb.resolve()


def check_output_file(path, what: str) -> None:
    """Fail in one line, before any long work, if file `path` cannot be written: creates missing
    parent folders, probes that a file can be created there, checks the name length."""
    import tempfile
    from pathlib import Path

    from .errors import DasnetError

    p = Path(path).expanduser()
    if str(path) == "" or p.name in ("", ".", ".."):
        raise DasnetError(f"{what} {str(path)!r}: not a file name")
    if p.is_dir():
        raise DasnetError(f"{what} {p}: is a folder; give a file name")
    why = protected_output(p)
    if why:
        raise DasnetError(f"{what} {p}: refusing to write there: {why}")
    parent = p.parent if str(p.parent) else Path(".")
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise DasnetError(f"{what} {p}: cannot create the folder {parent} ({e.strerror})") from None
    try:
        name_max = os.pathconf(parent, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        name_max = 255
    if len(os.fsencode(p.name)) > name_max:
        raise DasnetError(f"{what} {p.name[:40]}...: file name longer than {name_max} bytes")
    if p.exists() and not os.access(p, os.W_OK):
        raise DasnetError(f"{what} {p}: the file exists and is not writable")
    try:
        fd, probe = tempfile.mkstemp(prefix=".dt-probe-", dir=parent)
        os.close(fd)
        os.unlink(probe)
    except OSError as e:
        raise DasnetError(f"{what} {p}: cannot write into {parent} ({e.strerror})") from None


@contextlib.contextmanager
def atomic_output(path):
    """Yield a temporary path in the folder of `path`; on success it is renamed to `path`, on any
    failure it is removed (nothing is left behind)."""
    import tempfile
    from pathlib import Path

    p = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".dt-", suffix=".tmp", dir=p.parent if str(p.parent) else ".")
    os.close(fd)
    tmp = Path(tmp)
    try:
        yield tmp
        try:  # mkstemp makes 0600 files: give the usual mode (the old file's, or 0666 & ~umask)
            mode = os.stat(p).st_mode & 0o777 if p.exists() else 0o666 & ~_umask()
            os.chmod(tmp, mode)
        except OSError:
            pass
        os.replace(tmp, p)
    except BaseException:
        for t in (tmp, tmp.with_name(tmp.name + ".tmp")):
            try:
                t.unlink()
            except OSError:
                pass
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def atomic_write(path, data) -> None:
    """Write bytes or text to `path` through a temporary file and a rename."""
    with atomic_output(path) as tmp:
        if isinstance(data, str):
            data = data.encode()
        with open(tmp, "wb") as f:
            f.write(data)


def check_output_folder(path, what: str) -> None:
    """Fail in one line if folder `path` can neither be used nor created (nothing is created)."""
    from pathlib import Path

    from .errors import DasnetError

    p = Path(path).expanduser()
    if p.exists() and not p.is_dir():
        raise DasnetError(f"{what} {p}: exists and is not a folder")
    if any(len(os.fsencode(part)) > 255 for part in p.parts):
        raise DasnetError(f"{what} {str(p)[:60]}...: a folder name is longer than 255 bytes")
    anc = p.absolute()
    while not anc.exists():
        anc = anc.parent
    if not anc.is_dir() or not os.access(anc, os.W_OK | os.X_OK):
        raise DasnetError(f"{what} {p}: cannot be created or written ({anc} is not a writable folder)")
