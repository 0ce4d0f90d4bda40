"""Where a build reads and writes (issue #11): a seed or sidecar is read only when it is a
regular file inside its own folder, `--out` never holds or sits among the seeds, and the output
is the whole old one or the whole new one whatever kills a build, one build at a time."""

from __future__ import annotations

import os
import random
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from brief import read, write
from brief.errors import BriefError
from brief.site import cache as build_cache
from brief.site.generate import generate
from brief.write import MARKER, write_tree

from .conftest import ROOT
from .conftest import run_brief as brief
from .hostile.corpus import article

GOOD = article(random.Random(21), [], title="Border Review and the Agency Report", items=False)
SECRET = article(random.Random(22), [], title="Private Notes Never To Publish", items=False)


@pytest.fixture
def tree(tmp_path):
    """`seeds/` with one good seed, next to `outside/` holding a private article and sidecar."""
    seeds, outside = tmp_path / "seeds", tmp_path / "outside"
    seeds.mkdir()
    outside.mkdir()
    (seeds / "001_good.txt").write_text(GOOD.text)
    (outside / "private_notes.txt").write_text(SECRET.text)
    (outside / "private.yml").write_text("title: Private Notes Never To Publish\n")
    return seeds, outside


def _bad_entry(kind: str, path: Path, outside: Path) -> None:
    if kind == "outside link":
        path.symlink_to(Path("..") / outside.name / "private_notes.txt")
    elif kind == "absolute link out":
        path.symlink_to(outside / "private_notes.txt")
    elif kind == "proc link":
        path.symlink_to("/proc/self/status")
    elif kind == "dev link":
        path.symlink_to("/dev/zero")
    elif kind == "dangling link":
        path.symlink_to("missing.txt")
    elif kind == "folder":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "socket":
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(path))
        sock.close()


REASONS = {
    "outside link": "outside its folder",
    "absolute link out": "outside its folder",
    "proc link": "under /proc",
    "dev link": "under /dev",
    "dangling link": "dangling symlink",
    "folder": "not a regular file (a folder)",
    "fifo": "not a regular file (a FIFO)",
    "socket": "not a regular file (a socket)",
}


def _published(result) -> str:
    return "\n".join(result.files.values())


@pytest.mark.parametrize("kind", sorted(REASONS))
def test_a_bad_seed_entry_is_reported_not_skipped_nor_published(tree, kind):
    seeds, outside = tree
    bad = seeds / "002_bad.txt"
    _bad_entry(kind, bad, outside)
    result = generate(seeds)
    assert [b.source.seed for b in result.briefs] == ["001_good.txt"]
    assert len(result.errors) == 1, result.errors
    assert result.errors[0].startswith(f"{bad}: ") and REASONS[kind] in result.errors[0]
    assert "\n" not in result.errors[0]
    assert "Private Notes" not in _published(result)


@pytest.mark.parametrize("kind", ["outside link", "proc link", "dangling link", "folder", "fifo"])
def test_a_bad_sidecar_entry_fails_its_seed_only(tree, kind):
    seeds, outside = tree
    (seeds / "002_other.txt").write_text(GOOD.text)
    sidecar = seeds / "002_other.yml"
    if kind == "outside link":
        sidecar.symlink_to(Path("..") / outside.name / "private.yml")
    else:
        _bad_entry(kind, sidecar, outside)
    result = generate(seeds)
    assert [b.source.seed for b in result.briefs] == ["001_good.txt"]
    assert len(result.errors) == 1 and result.errors[0].startswith(f"{sidecar}: ")
    assert REASONS[kind] in result.errors[0]
    assert "Private Notes" not in _published(result)


def test_a_link_inside_the_folder_is_read_and_one_out_of_it_is_not(tree):
    """Decision: a symlink whose target is a regular file inside the same folder (or a subfolder
    of it) is read like the file itself."""
    seeds, outside = tree
    (seeds / "002_alias.txt").symlink_to("001_good.txt")
    (seeds / "002_alias.yml").symlink_to(seeds / "sub" / "facts.yml")
    (seeds / "sub").mkdir()
    (seeds / "sub" / "facts.yml").write_text("title: A Second Look at the Report\n")
    (seeds / "003_out.txt").symlink_to(outside / "private_notes.txt")
    result = generate(seeds)
    assert [b.title for b in result.briefs] == [GOOD.title, "A Second Look at the Report"]
    assert len(result.errors) == 1 and "003_out.txt" in result.errors[0]


def test_brief_build_names_every_bad_seed_and_writes_nothing(tree, tmp_path):
    seeds, outside = tree
    for name, kind in (("002", "outside link"), ("003", "dangling link"), ("004", "folder")):
        _bad_entry(kind, seeds / f"{name}_bad.txt", outside)
    result = brief("build", "--seeds", str(seeds), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("brief: error: ")]
    assert len(errors) == 3 and all(str(seeds) in line for line in errors), result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("command", ["clean", "extract"])
def test_a_seed_named_on_the_command_line_may_be_anywhere_but_no_link_out(tree, command):
    """Decision: containment is checked against the named seed's own folder, so any regular
    file can be named, but `seeds/x.txt -> ../outside/…` is refused even when named."""
    seeds, outside = tree
    assert brief(command, str(outside / "private_notes.txt")).returncode == 0
    link = seeds / "x.txt"
    link.symlink_to(outside / "private_notes.txt")
    result = brief(command, str(link))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith(f"brief: error: {link}: resolves to ")
    assert "outside its folder" in result.stderr and len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("target", ["/proc/self/status", "/proc/self/environ"])
def test_a_proc_file_named_on_the_command_line_is_refused(target):
    result = brief("extract", target)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith(f"brief: error: {target}: resolves to /proc/")
    assert "under /proc" in result.stderr


def test_the_build_cache_never_hashes_what_the_reader_refuses(tree, tmp_path, monkeypatch):
    seeds, outside = tree
    link = seeds / "002_link.txt"
    link.symlink_to(outside / "private_notes.txt")
    monkeypatch.delenv(build_cache.CACHE_ENV, raising=False)
    assert build_cache._fingerprint(link) is None
    assert build_cache._fingerprint(seeds / "001_good.txt") is not None
    result = generate(seeds, cache=tmp_path / "cache")
    assert len(result.errors) == 1 and "outside its folder" in result.errors[0]
    assert len(list((tmp_path / "cache" / "briefs").iterdir())) == 1  # the good seed only


def test_a_seed_swapped_for_a_link_while_being_opened_is_not_followed(tree, monkeypatch):
    """Race: the checks pass, then the file becomes a link out before it is opened."""
    seeds, outside = tree
    seed = seeds / "001_good.txt"
    checked = read._contained

    def check_then_swap(path):
        result = checked(path)
        seed.unlink()
        seed.symlink_to(outside / "private_notes.txt")
        return result

    monkeypatch.setattr(read, "_contained", check_then_swap)
    with pytest.raises(BriefError, match=r"001_good\.txt: cannot read"):
        read.read_seed(seed)


def test_a_seeds_folder_swapped_for_a_link_while_being_opened_is_caught(tree, monkeypatch):
    """Race: the seeds folder itself becomes a link out between the checks and the open; the
    open file's real path (/proc/self/fd) is checked again."""
    seeds, outside = tree
    (outside / "001_good.txt").write_text(SECRET.text)
    checked = read._contained

    def check_then_swap(path):
        result = checked(path)
        seeds.rename(seeds.with_name("seeds.moved"))
        seeds.symlink_to(outside)
        return result

    monkeypatch.setattr(read, "_contained", check_then_swap)
    with pytest.raises(BriefError, match="outside its folder"):
        read.read_seed(seeds / "001_good.txt")


# --- --out and the seeds ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seeds", "out"), [("out/seeds", "out"), ("out", "out"), ("seeds", "seeds/out")]
)
def test_an_out_around_or_inside_the_seeds_is_refused_and_nothing_is_touched(tmp_path, seeds, out):
    prior = tmp_path / "out"
    write_tree(prior, {"index.md": "old"})  # a folder a build wrote: replaceable
    folder = tmp_path / seeds
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "001_good.txt").write_text(GOOD.text)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    result = brief("build", "--seeds", str(folder), "--out", str(tmp_path / out))
    assert result.returncode == 2
    assert result.stderr.startswith(f"brief: error: {tmp_path / out}: output folder ")
    assert len(result.stderr.splitlines()) == 1 and "refusing" in result.stderr
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


# --- kills and concurrent builds --------------------------------------------------------------

OLD = {"index.md": "old home\n", "briefs/a/index.md": "old a\n", "briefs/a/cases.csv": "1\n"}
NEW = {"index.md": "new home\n", "briefs/b/index.md": "new b\n", "briefs/b/text.md": "b\n"}
CHILD = """
import pathlib, sys
from brief import write

out, mode, stop = sys.argv[1:]
if mode == "renames":
    write._exchange = lambda a, b: False  # a system without RENAME_EXCHANGE

def hold(step):
    print(step, flush=True)
    sys.stdin.read()  # held here until the test kills this process

def after_first(name):
    real = getattr(pathlib.Path, name)
    def wrapper(self, *args, **kwargs):
        result = real(self, *args, **kwargs)
        hold(name)
        return result
    setattr(pathlib.Path, name, wrapper)

if stop in ("write_text", "rename"):  # the first file written, the first rename (out -> .old)
    after_first(stop)
else:
    write._checkpoint = lambda step: step == stop and hold(step)
write.write_tree(pathlib.Path(out), {files!r})
print("finished", flush=True)
"""


def _contents(folder: Path) -> dict[str, str] | None:
    if not folder.is_dir():
        return None
    files = [p for p in folder.rglob("*") if p.is_file() and p.name != MARKER]
    return {p.relative_to(folder).as_posix(): p.read_text() for p in files}


def _killed_at(out: Path, mode: str, step: str) -> None:
    """Run `write_tree(out, NEW)` in a child process and SIGKILL it at `step` (no sleeps: the
    child says it reached the step on its stdout, then waits on its stdin)."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD.format(files=NEW), str(out), mode, step],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    reached = child.stdout.readline().strip()
    child.kill()
    child.wait(timeout=60)
    child.stdout.close()
    child.stdin.close()
    assert reached == step


STEPS = [
    ("exchange", "locked"),
    ("exchange", "write_text"),
    ("exchange", "staged"),
    ("exchange", "exchanged"),
    ("renames", "staged"),
    ("renames", "rename"),
    ("renames", "renamed"),
]


@pytest.mark.parametrize(("mode", "step"), STEPS)
def test_a_build_killed_at_any_step_leaves_old_or_new_output(tmp_path, mode, step):
    out = tmp_path / "out"
    write_tree(out, OLD)
    _killed_at(out, mode, step)
    now = _contents(out)
    if mode == "exchange":  # atomic exchange: never a moment without a whole output
        assert now in (OLD, NEW)
    else:  # between two renames only the `.old` folder holds the output
        assert now in (OLD, NEW) or _contents(tmp_path / ".out.old") == OLD
    # The next build repairs first, even when it then fails: the output is whole again.
    with pytest.raises(ValueError, match="outside the output folder"):
        write_tree(out, {"../escape.md": "x"})
    assert _contents(out) == (now if now is not None else OLD)
    write_tree(out, {"index.md": "third\n"})
    assert _contents(out) == {"index.md": "third\n"}
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no staging, .old or lock left


def test_a_concurrent_build_waits_for_the_lock_then_writes_its_output(tmp_path):
    out = tmp_path / "out"
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "001_good.txt").write_text(GOOD.text)
    with write.build_lock(out):
        child = subprocess.Popen(
            [sys.executable, "-m", "brief.cli", "build", "--seeds", str(seeds), "--out", str(out)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        waiting = child.stderr.readline()  # blocks until the build has to wait
        assert waiting == f"brief: waiting for another build into {out}\n"
        assert not out.exists()
    stdout, stderr = child.communicate(timeout=120)
    assert child.returncode == 0, stderr
    assert stdout.startswith("brief: 1 brief(s)")
    assert (out / "briefs" / "border-review-and-the-agency-report" / "index.md").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "seeds"]
