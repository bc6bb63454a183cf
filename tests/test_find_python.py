"""`make` picks the newest supported Python that runs (scripts/find-python)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "find-python"


def fake_python(path, works=True):
    path.parent.mkdir(parents=True, exist_ok=True)
    if works:
        path.symlink_to(sys.executable)
    else:  # what a pyenv shim does for an installed version that is not selected
        path.write_text(
            '#!/bin/sh\necho "pyenv: $(basename $0): command not found" >&2\nexit 127\n'
        )
        path.chmod(0o755)
    return path


def tools(tmp_path):
    """A PATH folder with the commands the script uses, and no system Python."""
    folder = tmp_path / "tools"
    folder.mkdir(exist_ok=True)
    for name in ("bash", "ls", "sort", "basename"):
        if not (folder / name).exists():
            (folder / name).symlink_to(shutil.which(name))
    return folder


def find(tmp_path, *versions, pyenv_root=None):
    env = {
        "PATH": f"{tmp_path / 'bin'}:{tools(tmp_path)}",
        "HOME": str(tmp_path / "home"),
        "PYENV_ROOT": str(pyenv_root or tmp_path / "no-pyenv"),
    }
    return subprocess.run(
        [str(SCRIPT), *versions], env=env, capture_output=True, text=True, check=False
    )


@pytest.fixture(autouse=True)
def needs_bash():
    if not os.path.exists("/bin/bash"):
        pytest.skip("scripts/find-python is a bash script")


def test_a_shim_that_errors_is_skipped_for_an_older_python_that_runs(tmp_path):
    fake_python(tmp_path / "bin" / "python3.13", works=False)
    works = fake_python(tmp_path / "bin" / "python3.12")
    found = find(tmp_path)
    assert found.returncode == 0, found.stderr
    assert found.stdout.strip() == str(works)


def test_pyenvs_versions_folder_counts_newest_version_and_patch_first(tmp_path):
    fake_python(tmp_path / "bin" / "python3.11")
    root = tmp_path / "pyenv"
    for version in ("3.12.1", "3.13.2", "3.13.10"):
        fake_python(root / "versions" / version / "bin" / f"python{version[:4]}")
    found = find(tmp_path, pyenv_root=root)
    assert found.stdout.strip() == str(root / "versions" / "3.13.10" / "bin" / "python3.13")


def test_one_version_can_be_asked_for(tmp_path):
    fake_python(tmp_path / "bin" / "python3.13")
    oldest = fake_python(tmp_path / "bin" / "python3.11")
    assert find(tmp_path, "3.11").stdout.strip() == str(oldest)


def test_no_supported_python_is_a_clear_error(tmp_path):
    fake_python(tmp_path / "bin" / "python3.13", works=False)
    found = find(tmp_path)
    assert found.returncode == 1 and found.stdout == ""
    assert "no Python 3.13 3.12 3.11 found" in found.stderr
