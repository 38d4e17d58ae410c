"""The README is the user's manual: every command in it runs, and prints what it says."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

pytestmark = pytest.mark.model

README = (ROOT / "README.md").read_text(encoding="utf-8")


def console_blocks():
    return re.findall(r"```console\n(.*?)```", README, flags=re.S)


def steps():
    """(command, documented output) for every `$ ` line, in order."""
    out = []
    for block in console_blocks():
        cmd, lines = None, []
        for line in block.splitlines():
            if line.startswith("$ "):
                if cmd is not None:
                    out.append((cmd, lines))
                cmd, lines = line[2:], []
            else:
                lines.append(line)
        if cmd is not None:
            out.append((cmd, lines))
    return out


def test_readme_has_the_two_commands():
    cmds = [c for c, _ in steps()]
    assert "make demo" in cmds and "make test" in cmds
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_readme_commands_print_what_the_readme_says(tmp_path):
    (tmp_path / "src").symlink_to(ROOT / "src")
    env = dict(os.environ, COLUMNS="100", NO_COLOR="1", TERM="dumb")
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env["PATH"]
    ran = 0
    for cmd, documented in steps():
        if cmd.startswith("make "):
            continue  # `make demo` and `make test` are what runs this test
        r = subprocess.run(["bash", "-c", cmd], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
        actual = [line.rstrip() for line in (r.stdout + r.stderr).splitlines()]
        expected = [line.rstrip() for line in documented]
        assert actual == expected, f"README output of `{cmd}` is out of date"
        ran += 1
    assert ran >= 8


def test_readme_python_example():
    block = re.search(r"```python\n(.*?)```", README, flags=re.S).group(1)
    expected = [line[2:] for line in block.splitlines() if line.startswith("# ")]
    r = subprocess.run([sys.executable, "-c", block], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == expected
