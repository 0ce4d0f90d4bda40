"""MkDocs hook: run the converter inside every `mkdocs build` / `mkdocs serve` build.

Kept thin on purpose: the product lives in the `brief` package, so the site generator can be
swapped. Generated pages are added as in-memory `File.generated` objects (nothing is written to
`docs/`, so `serve` never loops). MkDocs loads this file once per `serve` session, so on each
rebuild it drops the cached `brief` modules: an edit to the converter or a template takes effect
without restarting. A bad seed is logged as an error (fatal under `--strict`); the others build.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

log = logging.getLogger("mkdocs.hooks.brief")
SEEDS_ENV = "BRIEF_SEEDS"
_generated: dict[str, str] = {}


def _fresh_generate():
    for name in [m for m in sys.modules if m == "brief" or m.startswith("brief.")]:
        del sys.modules[name]
    importlib.invalidate_caches()
    return importlib.import_module("brief.site.generate")


EXTENSION = "brief.render.markdown_ext"


def on_config(config):
    if EXTENSION not in config.markdown_extensions:
        # Generated pages hand seed text to Markdown as stashed HTML spans (`escape.md`):
        # without the extension they would render unescaped.
        raise PluginError(f"mkdocs.yml: markdown_extensions must list {EXTENSION}")
    root = Path(config.config_file_path).resolve().parent
    seeds = Path(os.environ.get(SEEDS_ENV) or root / "seeds")
    generate = _fresh_generate()
    try:
        result = generate.generate(seeds, cache=root / "build" / "cache")
    except generate.BriefError as err:
        log.error(str(err))
        result = generate.SiteFiles()
    for message in result.errors:
        log.error(generate.terminal(message))  # one line, whatever the file name holds
    _generated.clear()
    _generated.update(result.files)
    config.nav = result.nav + list(config.nav or [])
    if seeds.is_dir() and str(seeds) not in map(str, config.watch):
        config.watch.append(str(seeds))  # a BRIEF_SEEDS folder outside the project is watched too
    return config


def on_files(files: Files, config) -> Files:
    for path, content in sorted(_generated.items()):
        if files.get_file_from_path(path) is not None:
            log.error(f"docs/{path} is hand-written but the converter generates it; rename one")
            continue
        files.append(File.generated(config, path, content=content))
    return files
