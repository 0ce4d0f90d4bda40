"""Count the work a function does, deterministically, so tests can check how it grows.

Timing a conversion would make a flaky test (and the project keeps speed targets in `make
bench`). Instead `work(fn)` counts what the converter does in Python and in its regular
expressions, both the same on every run and every machine:

- Python lines executed in the `brief` package (a `sys.settrace` line event per line, and per
  loop iteration, comprehensions included);
- characters examined by regular expressions called from anywhere during the call: `search`
  counts from its start to the match (or to the end of the window when nothing matched, the
  whole window of an anchored `…$` search), `match` the matched length, `finditer`, `findall`,
  `sub` and `split` their whole window.

A stage that is linear in its input does about k times the work on an input k times larger; a
quadratic one about k² times.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

import brief

PACKAGE = str(Path(brief.__file__).parent)
_PATTERN = type(re.compile(""))


class _Counter:
    def __init__(self) -> None:
        self.lines = 0
        self.chars = 0

    def trace(self, frame, event, arg):
        if not frame.f_code.co_filename.startswith(PACKAGE):
            return None
        if event == "line":
            self.lines += 1
        return self.trace


class _Counting:
    """A compiled pattern that counts the characters it examines (see the module docstring)."""

    def __init__(self, pattern: re.Pattern, counter: _Counter) -> None:
        self._p, self._c = pattern, counter

    def __getattr__(self, name):
        return getattr(self._p, name)

    @staticmethod
    def _window(string, pos=0, endpos=None) -> tuple[int, int]:
        end = len(string) if endpos is None else min(endpos, len(string))
        return pos, end

    def search(self, string, pos=0, endpos=sys.maxsize):
        m = self._p.search(string, pos, endpos)
        lo, hi = self._window(string, pos, endpos)
        self._c.chars += (m.end() - lo if m else hi - lo) + 1
        return m

    def match(self, string, pos=0, endpos=sys.maxsize):
        m = self._p.match(string, pos, endpos)
        self._c.chars += (m.end() - pos if m else 0) + 1
        return m

    def fullmatch(self, string, pos=0, endpos=sys.maxsize):
        m = self._p.fullmatch(string, pos, endpos)
        self._c.chars += (m.end() - pos if m else 0) + 1
        return m

    def finditer(self, string, pos=0, endpos=sys.maxsize):
        lo, hi = self._window(string, pos, endpos)
        self._c.chars += hi - lo + 1
        return self._p.finditer(string, pos, endpos)

    def findall(self, string, pos=0, endpos=sys.maxsize):
        lo, hi = self._window(string, pos, endpos)
        self._c.chars += hi - lo + 1
        return self._p.findall(string, pos, endpos)

    def sub(self, repl, string, count=0):
        self._c.chars += len(string) + 1
        return self._p.sub(repl, string, count)

    def subn(self, repl, string, count=0):
        self._c.chars += len(string) + 1
        return self._p.subn(repl, string, count)

    def split(self, string, maxsplit=0):
        self._c.chars += len(string) + 1
        return self._p.split(string, maxsplit)


def _patterns():
    """(holder, name, pattern) for every compiled pattern held by a `brief` module or class."""
    for name, module in list(sys.modules.items()):
        if not (name == "brief" or name.startswith("brief.")):
            continue
        for holder in [module, *(v for v in vars(module).values() if isinstance(v, type))]:
            for attr, value in list(vars(holder).items()):
                if isinstance(value, _PATTERN):
                    yield holder, attr, value


def _module_functions(counter: _Counter) -> dict[str, Callable]:
    """`re.search(pattern, string, flags)` and its kin, counting like `_Counting`."""

    def compiled(pattern, flags) -> _Counting:
        return _Counting(pattern if isinstance(pattern, _PATTERN) else _compile(pattern, flags),
                         counter)  # fmt: skip

    return {
        "search": lambda p, s, flags=0: compiled(p, flags).search(s),
        "match": lambda p, s, flags=0: compiled(p, flags).match(s),
        "fullmatch": lambda p, s, flags=0: compiled(p, flags).fullmatch(s),
        "finditer": lambda p, s, flags=0: compiled(p, flags).finditer(s),
        "findall": lambda p, s, flags=0: compiled(p, flags).findall(s),
        "split": lambda p, s, maxsplit=0, flags=0: compiled(p, flags).split(s, maxsplit),
        "sub": lambda p, r, s, count=0, flags=0: compiled(p, flags).sub(r, s, count),
    }


_compile = re.compile


def work(fn: Callable[[], object]) -> int:
    """Lines executed plus characters examined by regular expressions while `fn()` runs."""
    counter = _Counter()
    swapped = list(_patterns())
    originals = {name: getattr(re, name) for name in _module_functions(counter)}
    try:
        for holder, attr, pattern in swapped:
            setattr(holder, attr, _Counting(pattern, counter))
        for name, function in _module_functions(counter).items():
            setattr(re, name, function)
        sys.settrace(counter.trace)
        fn()
    finally:
        sys.settrace(None)
        for name, function in originals.items():
            setattr(re, name, function)
        for holder, attr, pattern in swapped:
            setattr(holder, attr, pattern)
    return counter.lines + counter.chars
