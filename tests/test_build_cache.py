"""The build cache (`build/cache/` under the hook): a rebuild from it gives the same bytes as a
fresh build, converts only what changed, and never hides a refusal."""

from __future__ import annotations

import shutil

import pytest
from brief.render.environment import environment, keep_compiled
from brief.site import cache as build_cache
from brief.site import generate as gen

from .conftest import SEED


@pytest.fixture
def seeds(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    shutil.copy(SEED.with_suffix(".yml"), folder / SEED.with_suffix(".yml").name)
    shutil.copy(SEED, folder / "001_copy.txt")
    return folder


@pytest.fixture
def converted(monkeypatch):
    """The seeds `generate` converts (not read from the cache), in order."""
    monkeypatch.delenv(build_cache.CACHE_ENV, raising=False)
    names = []
    real = gen.convert_path

    def convert(path):
        names.append(path.name)
        return real(path)

    monkeypatch.setattr(gen, "convert_path", convert)
    yield names


def test_a_rebuild_from_the_cache_is_byte_identical(seeds, converted, tmp_path):
    fresh = gen.generate(seeds)
    first = gen.generate(seeds, cache=tmp_path / "cache")
    converted.clear()
    again = gen.generate(seeds, cache=tmp_path / "cache")
    assert fresh.files == first.files == again.files and fresh.nav == again.nav
    assert converted == []  # nothing converted again
    assert len(list((tmp_path / "cache" / "briefs").glob("*.json"))) == 2


def test_an_edited_seed_or_sidecar_is_converted_again(seeds, converted, tmp_path):
    cache = tmp_path / "cache"
    gen.generate(seeds, cache=cache)
    copy = seeds / "001_copy.txt"
    copy.write_text(copy.read_text(encoding="utf-8").replace("the", "thé", 1), encoding="utf-8")
    sidecar = seeds / SEED.with_suffix(".yml").name
    sidecar.write_text(
        sidecar.read_text(encoding="utf-8").replace("publisher:", "title: A New Title\npublisher:"),
        encoding="utf-8",
    )
    converted.clear()
    result = gen.generate(seeds, cache=cache)
    assert converted == [SEED.name, "001_copy.txt"] and not result.errors
    assert result.files == gen.generate(seeds).files
    assert result.briefs[0].title == "A New Title"


def test_a_damaged_entry_is_converted_again(seeds, converted, tmp_path):
    cache = tmp_path / "cache"
    expected = gen.generate(seeds, cache=cache).files
    for entry in (cache / "briefs").glob("*.json"):
        entry.write_text('{"slug": ', encoding="utf-8")
    converted.clear()
    assert gen.generate(seeds, cache=cache).files == expected
    assert converted == [SEED.name, "001_copy.txt"]


def test_refusals_are_never_cached_away(seeds, converted, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    gen.generate(seeds, cache=cache)
    monkeypatch.setenv("BRIEF_MAX_SEED_BYTES", "100")
    result = gen.generate(seeds, cache=cache)
    assert result.briefs == [] and len(result.errors) == 2
    assert all("over the 100-byte limit" in e for e in result.errors)


def test_the_cache_can_be_moved_or_turned_off(seeds, converted, tmp_path, monkeypatch):
    monkeypatch.setenv(build_cache.CACHE_ENV, "off")
    gen.generate(seeds, cache=tmp_path / "unused")
    assert not (tmp_path / "unused").exists()
    monkeypatch.setenv(build_cache.CACHE_ENV, str(tmp_path / "elsewhere"))
    gen.generate(seeds, cache=tmp_path / "unused")
    assert not (tmp_path / "unused").exists()
    assert len(list((tmp_path / "elsewhere" / "briefs").glob("*.json"))) == 2


def test_a_rebuild_compiles_no_template_and_renders_the_same(seeds, tmp_path, monkeypatch):
    """What a new `mkdocs build` or `mkdocs serve` process does: templates come compiled from the
    cache (Jinja checks them against their sources), and the pages are the same bytes."""
    monkeypatch.delenv(build_cache.CACHE_ENV, raising=False)
    env = environment()
    compiled = []
    real = type(env).compile
    monkeypatch.setattr(
        type(env), "compile", lambda self, *a, **k: compiled.append(a) or real(self, *a, **k)
    )

    def new_process(cache):
        env.cache.clear()  # templates loaded in this process are forgotten
        compiled.clear()
        return gen.generate(seeds, cache=cache)

    try:
        first = new_process(tmp_path / "cache")
        assert compiled and list((tmp_path / "cache" / "templates").iterdir())
        again = new_process(tmp_path / "cache")
        assert compiled == [] and again.files == first.files
        assert new_process(None).files == first.files and compiled  # no cache: compiled anew
    finally:
        keep_compiled(None)
        env.cache.clear()
