"""Read a seed and its sidecar from disk: the only stage that touches raw bytes.

Seeds are scraped pages, so nothing here trusts them: a seed or sidecar is read only when it is a
regular file inside its own folder (see `read_regular`), size is checked before reading, bytes
are decoded only when the encoding can be told reliably, and every refusal is a `BriefError`
whose one-line message names the file and the reason.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from brief.errors import BriefError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MAX_BYTES_ENV = "BRIEF_MAX_SEED_BYTES"
SIDECAR_MAX_BYTES = 1024 * 1024  # a few facts; fixed, so a sidecar can never be a big YAML job
SIDECAR_MAX_DEPTH = 4  # a mapping of values and lists needs 2
SEED_SUFFIX = ".txt"
SIDECAR_SUFFIXES = (".yml", ".yaml")
SYSTEM_FOLDERS = (Path("/proc"), Path("/sys"), Path("/dev"))

# Characters of letter or symbol categories that show nothing (Hangul fillers, braille blank).
_BLANK_SHOWN = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def visible(text: str) -> bool:
    """Whether `text` shows anything: a letter, digit, punctuation mark or symbol (Unicode
    categories L, N, P, S) other than a blank filler. Spaces, controls, format characters
    (zero-width and bidi marks) and lone combining marks show nothing: such a title or name
    would print as an empty heading, navigation entry or citation."""
    return any(unicodedata.category(c)[0] in "LNPS" and c not in _BLANK_SHOWN for c in text)


class Sidecar(BaseModel):
    """Facts a dump lacks, written by the researcher who added the seed. Every key is optional;
    an invisible title, publisher, author or note (see `visible`) counts as absent."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str | None = Field(None, description="overrides the title found in the dump")
    url: str | None = Field(None, description="the original article's address (http or https)")
    authors: list[str] = []
    published: dt.date | None = Field(None, description="first publication, YYYY-MM-DD")
    publisher: str | None = Field(None, description="who first published the article")
    notes: list[str] = Field([], description="provenance notes shown on the Source page")

    @field_validator("url")
    @classmethod
    def _http_only(cls, value: str | None) -> str | None:
        if value is not None and not value.lower().startswith(("https://", "http://")):
            raise ValueError("must start with http:// or https://")
        return value

    @field_validator("notes", "authors", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @field_validator("title", "publisher")
    @classmethod
    def _shown_or_absent(cls, value: str | None) -> str | None:
        return value if value is not None and visible(value) else None

    @field_validator("notes", "authors")
    @classmethod
    def _shown_only(cls, value: list[str]) -> list[str]:
        return [v for v in value if visible(v)]


@dataclass(frozen=True, slots=True)
class Seed:
    path: Path
    sha256: str
    text: str
    sidecar: Sidecar

    @property
    def name(self) -> str:
        return self.path.name


def max_seed_bytes() -> int:
    raw = os.environ.get(MAX_BYTES_ENV)
    if raw is None:
        return DEFAULT_MAX_BYTES
    try:
        return int(raw)
    except ValueError as err:
        raise BriefError(f"{MAX_BYTES_ENV}={raw!r}: not a whole number of bytes") from err


def list_seeds(folder: Path) -> list[Path]:
    """Every `*.txt` entry of `folder` by name (builds are deterministic), whatever it is: a
    folder, link or device named like a seed is refused when read, never skipped silently."""
    if not folder.is_dir():
        raise BriefError(f"{folder}: seeds folder not found")
    try:
        return sorted(p for p in folder.iterdir() if p.suffix == SEED_SUFFIX)
    except OSError as err:
        raise BriefError(f"{folder}: cannot list the seeds folder ({_reason(err)})") from None


def read_seed(path: Path) -> Seed:
    data = seed_bytes(path)
    text = decode(data, path)
    return Seed(
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        text=text,
        sidecar=read_sidecar(path),
    )


def seed_bytes(path: Path) -> bytes:
    limit = max_seed_bytes()
    return read_regular(path, limit, f"(set {MAX_BYTES_ENV} to raise it)")


def sidecar_bytes(path: Path) -> bytes:
    return read_regular(path, SIDECAR_MAX_BYTES, "for a sidecar")


def read_regular(path: Path, limit: int, over: str) -> bytes:
    """The bytes of `path`, a regular file inside its own folder, at most `limit` of them.

    The folder is `path`'s parent, so the rule is the same for a seed listed in the seeds folder
    and for one named on the command line. A symlink is followed only to a regular file inside
    that folder (or a subfolder of it), so `seeds/x.txt -> ../private.txt` or `-> /etc/passwd`
    is refused, and so is anything under /proc, /sys or /dev, a dangling link, a folder, a FIFO,
    a device or a socket. Race-safe: the resolved path is opened without following a link and
    without blocking (a FIFO), the open file is checked again (`fstat`: a regular file, its
    size; its path through /proc/self/fd where Linux has one), and at most `limit` + 1 bytes are
    ever read. `over` ends the message for a file over the limit.
    """
    folder, real = _contained(path)
    try:
        fd = os.open(real, _OPEN_FLAGS)
    except OSError as err:
        raise BriefError(f"{path}: cannot read ({_reason(err)})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise BriefError(f"{path}: not a regular file ({_kind(info.st_mode)})")
        opened = _opened_path(fd)
        if opened is not None:
            _refuse_outside(path, Path(opened), folder)
        if info.st_size > limit:
            raise BriefError(f"{path}: {info.st_size} bytes is over the {limit}-byte limit {over}")
        data = _read_at_most(fd, limit + 1)
    except OSError as err:
        raise BriefError(f"{path}: cannot read ({_reason(err)})") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise BriefError(f"{path}: over the {limit}-byte limit {over} (it grew while read)")
    return data


_OPEN_FLAGS = (
    os.O_RDONLY
    | os.O_NONBLOCK
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


def _contained(path: Path) -> tuple[Path, Path]:
    """`path`'s resolved folder and target, once both pass the rules of `read_regular`."""
    try:
        link = stat.S_ISLNK(os.lstat(path).st_mode)
    except FileNotFoundError:
        raise BriefError(f"{path}: file not found") from None
    except OSError as err:
        raise BriefError(f"{path}: cannot read ({_reason(err)})") from None
    folder = Path(os.path.realpath(path.parent))
    real = Path(os.path.realpath(path))
    if link and not os.path.exists(real):
        raise BriefError(f"{path}: dangling symlink (its target is missing or a loop)")
    _refuse_outside(path, real, folder)
    try:
        mode = os.stat(real).st_mode
    except OSError as err:
        raise BriefError(f"{path}: cannot read ({_reason(err)})") from None
    if not stat.S_ISREG(mode):
        raise BriefError(f"{path}: not a regular file ({_kind(mode)})")
    return folder, real


def _refuse_outside(path: Path, real: Path, folder: Path) -> None:
    for system in SYSTEM_FOLDERS:
        if real.is_relative_to(system):
            raise BriefError(f"{path}: resolves to {real}, under {system}; not a seed file")
    if real == folder or not real.is_relative_to(folder):
        raise BriefError(f"{path}: resolves to {real}, outside its folder {folder}; not read")


def _opened_path(fd: int) -> str | None:
    """Where the open file really is (Linux), or None where that cannot be asked."""
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        return None


def _read_at_most(fd: int, count: int) -> bytes:
    chunks = []
    while count > 0:
        chunk = os.read(fd, min(count, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        count -= len(chunk)
    return b"".join(chunks)


def _kind(mode: int) -> str:
    kinds = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
             (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))  # fmt: skip
    return next((name for test, name in kinds if test(mode)), "not a file")


def _reason(err: OSError) -> str:
    return err.strerror or type(err).__name__


def decode(data: bytes, path: Path) -> str:
    """Decode a seed's bytes when the encoding can be told reliably; refuse anything else.

    Accepted, in this order:

    - a byte-order mark: UTF-8, UTF-16 (LE/BE) or UTF-32 (LE/BE);
    - UTF-16 without a BOM, when the NUL bytes sit in every other position (mostly Latin text
      saved as UTF-16): at least 90% of the code units have a zero high byte, no low byte is
      zero, and the whole decodes strictly;
    - valid UTF-8;
    - UTF-8 whose only flaw is line breaks inside characters, as a byte-wise wrapper
      (coreutils `fold` on Chinese or Japanese text) leaves them: see `_mended_utf8`;
    - Windows-1252, only when the bytes are not valid UTF-8, every non-ASCII byte is one that
      all Windows code pages 1250-1258 decode to the same character (typographic quotes, dashes,
      ellipsis, bullet, no-break space, ©, ° …: see `_WINDOWS_COMMON`), and at least one is in
      0x80-0x9F (a range that is C1 controls in ISO-8859 and Latin-1, so its use marks a Windows
      code page). Such a file is English-like text with "smart" punctuation typed in Word, and
      its decoding is the same whichever Windows code page wrote it.

    Anything else (letters outside ASCII in a legacy code page, Mac Roman, a mostly-UTF-8 file
    with a corrupt byte) is refused with the offending offset: a wrong guess would publish
    mojibake as the "verbatim" article. Line ends become `\\n` (CRLF and CR too).
    """
    if not data.strip():
        raise BriefError(f"{path}: empty file")
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as err:
                raise BriefError(f"{path}: not valid {codec} at byte {err.start}") from None
            break
    else:
        if b"\x00" in data[:8192]:
            text = _bomless_utf16(data)
            if text is None:
                raise BriefError(
                    f"{path}: binary file (NUL bytes), not a text dump (UTF-16 text needs a "
                    "byte-order mark unless it is mostly Latin; save the dump as UTF-8)"
                )
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as err:
                text = _mended_utf8(data)
                if text is None:
                    text = _windows_punctuation(data)
                if text is None:
                    raise BriefError(
                        f"{path}: not valid UTF-8 (byte 0x{data[err.start]:02x} at offset "
                        f"{err.start}) and not reliably another encoding; save the dump as UTF-8"
                    ) from None
    # One line end: CRLF (or CRCRLF, from a double conversion) becomes LF; a lone CR is the line
    # end only of a dump without LF (old Macs), elsewhere a stray break inside a line (see
    # `clean.blocks`).
    text = _CRLF.sub("\n", text)
    if "\n" not in text:
        text = text.replace("\r", "\n")
    if _looks_binary(text):
        raise BriefError(f"{path}: binary file (control characters), not a text dump")
    if not text.strip():
        raise BriefError(f"{path}: empty file (whitespace only)")
    return text


# A line break between the bytes of one UTF-8 character: a lead byte with 0-2 of its
# continuation bytes, the break, the rest of the character.
_SPLIT_CHARACTER = re.compile(rb"([\xc2-\xf4][\x80-\xbf]{0,2})(\r\n|\n|\r)([\x80-\xbf]{1,3})")


def _mended_utf8(data: bytes) -> str | None:
    """`data` as UTF-8 once every character cut by a line break is moved whole to after the
    break, or None when that is not enough to make it valid UTF-8.

    A byte-wise wrapper (coreutils `fold`, which counts bytes) cuts a line of Chinese or
    Japanese text without spaces at the width, often inside a character. Moving the
    character's first bytes after the break keeps every character and every line break.
    """
    mended = _SPLIT_CHARACTER.sub(rb"\2\1\3", data)
    if mended == data:
        return None
    try:
        return mended.decode("utf-8")
    except UnicodeDecodeError:
        return None


# Non-ASCII bytes that every Windows code page 1250-1258 decodes to the same character.
_WINDOWS_COMMON = frozenset(
    b"\x82\x84\x85\x86\x87\x89\x8b\x91\x92\x93\x94\x95\x96\x97\x99\x9b"
    b"\xa0\xa6\xa7\xa9\xab\xac\xad\xae\xb0\xb1\xb5\xb6\xb7\xbb"
)


def _windows_punctuation(data: bytes) -> str | None:
    """`data` as Windows-1252 when that reading is certain (see `decode`), else None."""
    high = {b for b in data if b >= 0x80}
    if not high or not high <= _WINDOWS_COMMON or not any(b < 0xA0 for b in high):
        return None
    return data.decode("cp1252")


UTF16_MIN_SHARE = 0.9


def _bomless_utf16(data: bytes) -> str | None:
    """`data` as UTF-16 without a BOM when its NUL bytes say so unambiguously, else None."""
    if len(data) % 2:
        return None
    for codec, low, high in (("utf-16-le", data[0::2], data[1::2]),
                             ("utf-16-be", data[1::2], data[0::2])):  # fmt: skip
        if b"\x00" in low or high.count(0) < UTF16_MIN_SHARE * len(high):
            continue
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            return None
    return None


# Unicode category Cc except \t \n \v \f \r: what a text file does not hold in bulk.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_CRLF = re.compile(r"\r+\n")


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    controls = len(_CONTROLS.findall(sample))
    return "\x00" in sample or controls > max(8, len(sample) // 100)


def sidecar_path(seed: Path) -> Path | None:
    """The seed's sidecar if an entry of that name exists, whatever it is: a folder or a dangling
    link named like a sidecar is refused when read, not skipped."""
    for suffix in SIDECAR_SUFFIXES:
        candidate = seed.with_suffix(suffix)
        if os.path.lexists(candidate):
            return candidate
    return None


def read_sidecar(seed: Path) -> Sidecar:
    path = sidecar_path(seed)
    if path is None:
        return Sidecar()
    data = sidecar_bytes(path)  # the same refusals as a seed, and a smaller size limit
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise BriefError(
            f"{path}: sidecar is not valid UTF-8 (byte 0x{data[err.start]:02x} at offset "
            f"{err.start})"
        ) from None
    return parse_sidecar(text, path)


def parse_sidecar(text: str, path: Path) -> Sidecar:
    try:
        _refuse_structure(text, path)
        # BaseLoader keeps every scalar a string: no YAML type guessing (dates, booleans,
        # numbers) before the schema validates the value, and nothing constructs objects.
        loader = yaml.BaseLoader(text)
        try:
            node = loader.get_single_node()
            data = None if node is None else loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as err:
        line = err.problem_mark.line + 1 if err.problem_mark else "?"
        raise BriefError(f"{path}:{line}: invalid YAML ({err.problem})") from None
    except yaml.YAMLError as err:
        raise BriefError(f"{path}: invalid YAML ({err})") from None
    if data is None:
        return Sidecar()
    if not isinstance(data, dict):
        raise BriefError(f"{path}:1: sidecar must be a mapping of keys to values")
    seen: set[str] = set()
    for key_node, _ in node.value if isinstance(node, yaml.MappingNode) else []:
        key = getattr(key_node, "value", None)
        if isinstance(key, str) and key in seen:  # YAML would keep the last one silently
            raise BriefError(f"{path}:{key_node.start_mark.line + 1}: key '{key}' given twice")
        seen.add(key)
    try:
        return Sidecar.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        key = str(first["loc"][0]) if first["loc"] else "?"
        line = _key_line(node, key)
        raise BriefError(f"{path}:{line}: key '{key}': {first['msg']}") from None


_OPENERS = (
    yaml.BlockMappingStartToken,
    yaml.BlockSequenceStartToken,
    yaml.FlowMappingStartToken,
    yaml.FlowSequenceStartToken,
)
_CLOSERS = (yaml.BlockEndToken, yaml.FlowMappingEndToken, yaml.FlowSequenceEndToken)


def _refuse_structure(text: str, path: Path) -> None:
    """Refuse anchors, aliases and deep nesting from the token stream, before anything is built.

    A sidecar is flat and needs neither, while aliases can make a small file expand into a huge
    document ("billion laughs") and deep nesting exhausts the composer's recursion. The scanner
    is iterative and stops at the first offending token, so this is linear in the file's size.
    """
    depth = 0
    for token in yaml.scan(text, Loader=yaml.BaseLoader):
        line = token.start_mark.line + 1
        if isinstance(token, yaml.AnchorToken | yaml.AliasToken):
            raise BriefError(f"{path}:{line}: YAML anchors and aliases (& and *) are not allowed")
        if isinstance(token, _OPENERS):
            depth += 1
            if depth > SIDECAR_MAX_DEPTH:
                raise BriefError(
                    f"{path}:{line}: nested more than {SIDECAR_MAX_DEPTH} levels deep (a sidecar "
                    "holds keys with a value or a list)"
                )
        elif isinstance(token, _CLOSERS):
            depth -= 1


def _key_line(node: yaml.Node | None, key: str) -> int | str:
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            if getattr(key_node, "value", None) == key:
                return key_node.start_mark.line + 1
    return "?"
