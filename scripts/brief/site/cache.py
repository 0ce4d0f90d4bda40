"""Caches kept between builds, so that a rebuild only redoes what changed.

The MkDocs hook keeps them in `build/cache/` (`make clean` removes it; nothing is written into
`docs/` or `site/`); `BRIEF_CACHE` names another folder, or `off`; `brief build` uses none.

- `briefs/`: each seed's conversion (the `Brief` model as JSON), keyed by the seed's name and
  bytes, its sidecar's, and the converter: every file of the `brief` package, the versions of
  the libraries conversion uses, Python's version.
- `templates/`: the Jinja templates, compiled (`brief.render.environment.keep_compiled`).

An entry is named by a hash of everything its content depends on, written atomically and
checked when read; a missing or unreadable entry is computed again, so a build from the cache
gives the same bytes as a fresh one. Entries hold generated content that is inlined into pages:
the folder is trusted like the source tree, so never fill it from an untrusted source (such as a
CI cache that pull requests from forks can write).
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import os
import sys
from collections.abc import Callable
from pathlib import Path

import brief
from brief.errors import BriefError
from brief.model import Brief
from brief.pipeline import convert_path
from brief.read import seed_bytes, sidecar_bytes, sidecar_path
from brief.write import store

CACHE_ENV = "BRIEF_CACHE"
_OFF = ("off", "0", "no", "none")
# Libraries whose behaviour shapes a conversion (the model, sidecar YAML, slugs).
_LIBRARIES = ("pydantic", "pydantic-core", "PyYAML", "python-slugify", "text-unidecode")


def folder(default: Path | None) -> Path | None:
    """The cache folder: `BRIEF_CACHE` if set (`off`: none), else `default`."""
    env = os.environ.get(CACHE_ENV, "").strip()
    if not env:
        return default
    return None if env.lower() in _OFF else Path(env)


@functools.cache
def converter_version() -> str:
    """A hash of the converter: every file of the package, its libraries' versions, Python."""
    digest = hashlib.sha256(sys.version.encode())
    package = Path(brief.__file__).parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(b"\0%s\0" % path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    for name in _LIBRARIES:
        try:
            digest.update(f"\0{name} {importlib.metadata.version(name)}".encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(f"\0{name} -".encode())
    return digest.hexdigest()


def _fingerprint(seed: Path) -> str | None:
    """A hash of what `convert_path(seed)` reads, read by the same reader, or None when that
    refuses it (too large, a link out of the folder, not a regular file): the conversion then
    runs and reports why, and nothing it would not read is even hashed."""
    digest = hashlib.sha256(converter_version().encode())
    try:
        for path, read in ((seed, seed_bytes), (sidecar_path(seed), sidecar_bytes)):
            if path is None:
                digest.update(b"\0no sidecar")
                continue
            digest.update(b"\0%s\0" % path.name.encode("utf-8", "surrogateescape"))
            digest.update(read(path))
    except BriefError:
        return None
    return digest.hexdigest()


def converter(
    cache: Path | None, convert: Callable[[Path], Brief] = convert_path
) -> Callable[[Path], Brief]:
    """`convert` (a seed path → its `Brief`) through the cache folder `cache` (None: none)."""
    if cache is None:
        return convert

    def cached(seed: Path) -> Brief:
        key = _fingerprint(seed)
        if key is None:
            return convert(seed)
        entry = cache / f"{key}.json"
        try:
            return Brief.model_validate_json(entry.read_bytes())
        except (OSError, ValueError):  # missing, or damaged (pydantic's error is a ValueError)
            pass
        result = convert(seed)
        if _fingerprint(seed) == key:  # the seed did not change while it was converted
            store(entry, result.model_dump_json())
        return result

    return cached
