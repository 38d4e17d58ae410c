"""Re-run every command in README.md's console blocks and write their real output back.

Run with `make readme` after a change that alters what the commands print; tests/test_readme.py
fails when the README and the program disagree. `make ...` lines are not run."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_block(block: str, cwd: Path, env: dict) -> str:
    out: list[str] = []
    for line in block.splitlines():
        if not line.startswith("$ "):
            continue  # old output: replaced below
        out.append(line)
        if line.startswith("$ make"):
            continue
        r = subprocess.run(["bash", "-c", line[2:]], cwd=cwd, env=env, capture_output=True, text=True)
        text = (r.stdout + r.stderr).rstrip("\n")
        if text:
            out.extend(text.splitlines())
    return "\n".join(out) + "\n"


def main() -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "src").symlink_to(ROOT / "src")
        env = dict(os.environ, COLUMNS="100", NO_COLOR="1", TERM="dumb")
        env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env["PATH"]
        text = re.sub(r"(```console\n)(.*?)(```)", lambda m: m[1] + run_block(m[2], work, env) + m[3], text, flags=re.S)
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
