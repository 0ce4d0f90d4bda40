"""YAML front matter for the generated pages, written directly.

Every page carries a small mapping (`pages._front_matter`): strings, lists of strings, nested
mappings, booleans and nulls. PyYAML spent ~0.3 ms a page representing it (a tenth of rendering
a brief). Here each string is written as a JSON string literal, which is a YAML double-quoted
scalar with the same escapes, so any text reads back as exactly the same value; the few
characters YAML does not accept raw, or reads as line breaks, are written as `\\uXXXX` escapes.
"""

from __future__ import annotations

import json
import re

_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Words YAML 1.1 reads as booleans or null (PyYAML, as MkDocs loads front matter), any case.
_RESERVED = {"y", "n", "yes", "no", "true", "false", "on", "off", "null"}
# Not printable in a YAML stream (C1 controls, DEL, surrogates, U+FFFE/FFFF), a byte-order mark,
# or a YAML line break inside a scalar (U+2028/2029; U+0085 is C1): escaped. JSON has already
# escaped the C0 controls.
_ESCAPE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")

Value = str | bool | int | float | None | list | dict


def dump(data: dict[str, Value]) -> str:
    """`data` as block-style YAML, one key per line, nested mappings indented by two spaces."""
    out: list[str] = []
    _mapping(data, "", out)
    return "\n".join(out) + "\n"


def _mapping(data: dict[str, Value], pad: str, out: list[str]) -> None:
    for name, value in data.items():
        key = (
            name if _PLAIN_KEY.fullmatch(name) and name.lower() not in _RESERVED else _quoted(name)
        )
        if isinstance(value, dict) and value:
            out.append(f"{pad}{key}:")
            _mapping(value, pad + "  ", out)
        elif isinstance(value, list) and value:
            out.append(f"{pad}{key}:")
            out.extend(f"{pad}- {_scalar(item)}" for item in value)
        else:
            out.append(f"{pad}{key}: {_scalar(value)}")


def _scalar(value: Value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return json.dumps(value)
    if isinstance(value, dict | list):  # only empty ones reach here
        if value:
            raise TypeError("front matter lists hold scalars only")
        return "{}" if isinstance(value, dict) else "[]"
    if not isinstance(value, str):
        raise TypeError(f"front matter value of type {type(value).__name__}")
    return _quoted(value)


def _quoted(value: str) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return _ESCAPE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
