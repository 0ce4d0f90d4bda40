"""The GitHub Actions workflows: valid against GitHub's workflow schema, no zizmor finding, and the
publishing rules of README.md ("Publishing") that neither tool checks."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
BIN = Path(sys.executable).parent
SHA_PIN = re.compile(r"^[\w.-]+/[\w.-]+(/[\w./-]+)?@[0-9a-f]{40}$")


def _tool(name: str) -> str:
    path = BIN / name
    if path.exists():
        return str(path)
    found = shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed (pip install -e '.[test]')")
    return found


def _load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as True
    return data


def _steps(workflow: dict):
    for name, job in workflow["jobs"].items():
        for step in job.get("steps", []):
            yield name, job, step


def test_there_are_the_publish_and_preview_workflows():
    assert {p.name for p in WORKFLOWS} >= {"publish.yml", "preview.yml"}


def test_workflows_match_githubs_schema():
    result = subprocess.run(
        [_tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", *WORKFLOWS],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_nothing():
    result = subprocess.run(
        [_tool("zizmor"), "--offline", "--no-progress", "--persona", "pedantic", *WORKFLOWS],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings" in result.stdout


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit_with_its_version(path):
    text = path.read_text(encoding="utf-8")
    uses = re.findall(r"uses:\s*(\S+)(.*)", text)
    assert uses
    for ref, rest in uses:
        assert SHA_PIN.match(ref), ref
        assert re.match(r"\s+# v\d", rest), f"{ref}: no `# vX.Y.Z` comment"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_least_privilege_and_no_stored_credentials(path):
    workflow = _load(path)
    assert workflow["permissions"] == {}
    assert set(workflow["on"]) <= {"push", "pull_request", "workflow_dispatch"}
    for name, job in workflow["jobs"].items():
        assert "permissions" in job, name
        if "build" in name:
            assert job["permissions"] == {"contents": "read"}, name
    for name, _job, step in _steps(workflow):
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step["with"]["persist-credentials"] is False, name


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_the_build_job_caches_pip_and_builds_strictly_without_writing(path):
    workflow = _load(path)
    build = workflow["jobs"]["build"]
    assert "SITE_URL" in build["env"]
    steps = build["steps"]
    python = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python@"))
    assert python["with"]["cache"] == "pip"
    assert python["with"]["cache-dependency-path"] == "requirements.lock"
    assert any(s.get("run") == "make build" for s in steps)  # mkdocs build --strict
    assert "mkdocs build --strict" in (ROOT / "Makefile").read_text(encoding="utf-8")
    assert any(s.get("uses", "").startswith("actions/upload-artifact@") for s in steps)
    for name, job in workflow["jobs"].items():
        if name != "build":  # jobs that can write never run the project's code
            assert not any("make" in s.get("run", "") for s in job["steps"]), name


def test_publishing_main_keeps_the_previews():
    workflow = _load(ROOT / ".github" / "workflows" / "publish.yml")
    assert workflow["on"]["push"]["branches"] == ["main"]
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["permissions"] == {"contents": "write"}
    step = next(s for s in deploy["steps"] if "github-pages-deploy-action" in s.get("uses", ""))
    assert step["with"]["branch"] == "gh-pages"
    assert step["with"]["clean-exclude"].strip("/") == "pr-preview"
    assert "gh-deploy" not in (ROOT / ".github" / "workflows" / "publish.yml").read_text()


def test_previews_are_published_under_pr_preview_and_removed_on_close():
    workflow = _load(ROOT / ".github" / "workflows" / "preview.yml")
    assert set(workflow["on"]) == {"pull_request"}
    assert set(workflow["on"]["pull_request"]["types"]) >= {"opened", "synchronize", "closed"}
    build = workflow["jobs"]["build"]
    assert "pr-preview/pr-{1}/" in build["env"]["SITE_URL"]
    preview = workflow["jobs"]["preview"]
    assert preview["permissions"] == {"contents": "write", "pull-requests": "write"}
    assert "head.repo.full_name == github.repository" in preview["if"]
    step = next(s for s in preview["steps"] if "pr-preview-action" in s.get("uses", ""))
    assert step["with"]["umbrella-dir"] == "pr-preview"
    assert step["with"]["preview-branch"] == "gh-pages"
    assert step["with"].get("action", "auto") == "auto"


def test_site_url_from_the_environment_sets_canonical_links_and_sitemap(tmp_path):
    """What the preview job does: SITE_URL points canonical links and the sitemap at the preview."""
    url = "https://owner.github.io/repo/pr-preview/pr-7/"
    site = tmp_path / "site"
    result = subprocess.run(
        [str(BIN / "mkdocs"), "build", "--strict", "-d", str(site)],
        cwd=ROOT,
        env={**os.environ, "SITE_URL": url, "BRIEF_PROGRESS": "0"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    home = (site / "index.html").read_text("utf-8")
    assert f'<link rel="canonical" href="{url}">' in home
    about = (site / "about" / "index.html").read_text("utf-8")
    assert f'<link rel="canonical" href="{url}about/">' in about
    locations = re.findall(r"<loc>([^<]+)</loc>", (site / "sitemap.xml").read_text("utf-8"))
    assert locations and all(loc.startswith(url) for loc in locations)
    assert any("/briefs/" in loc for loc in locations)
