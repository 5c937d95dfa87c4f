#!/usr/bin/env python3
"""Runs the README's Quick start as a new user would: the first block exactly as written, then
every command of the "Then ask questions" block, from the repository root with the default data
dir. Fails on a non-zero exit or an empty answer, so the README cannot drift from the CLI.

Usage: scripts/readme-quickstart.py [README.md]
"""
import re
import shlex
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def quick_start_blocks(readme):
    """The fenced shell blocks of the Quick start section, each with the sentence before it."""
    text = readme.read_text(encoding="utf-8")
    start = re.search(r"^#+\s*quick\s*-?start.*$", text, re.I | re.M)
    if not start:
        sys.exit(f"{readme}: no Quick start heading")
    rest = text[start.end():]
    end = re.search(r"^#{1,2}\s", rest, re.M)
    section = rest[: end.start()] if end else rest
    return [(m.group(1), m.group(2)) for m in re.finditer(r"([^`]*)```(?:sh|bash|shell)?\s*\n(.*?)```", section, re.S)]


def commands(block):
    """Shell commands of a block: a command goes on over lines while a quote is open."""
    out, current = [], ""
    for line in block.splitlines():
        if not line.strip() and not current:
            continue
        current = current + "\n" + line if current else line
        try:
            shlex.split(current)
        except ValueError:
            continue
        out.append(current)
        current = ""
    if current:
        sys.exit(f"unbalanced quotes in the README block: {current}")
    return out


def run(command):
    words = shlex.split(command)
    if "-o" in words:  # a file left by an earlier run must not pass for this one's answer
        Path(words[words.index("-o") + 1]).unlink(missing_ok=True)
    began = time.monotonic()
    proc = subprocess.run(["bash", "-c", command], cwd=ROOT, capture_output=True, text=True)
    seconds = time.monotonic() - began
    answer = proc.stdout.strip()
    if "-o" in words:  # the answer is the file it wrote
        target = Path(words[words.index("-o") + 1])
        answer = target.read_text(encoding="utf-8").strip() if target.is_file() else ""
    status = "ok" if proc.returncode == 0 and answer else "FAILED"
    print(f"{status:6} {seconds:6.1f} s  {command.splitlines()[0]}", flush=True)
    if status != "ok":
        print(f"exit {proc.returncode}; stdout:\n{proc.stdout}\nstderr:\n{proc.stderr}", file=sys.stderr)
        sys.exit(f"README Quick start: command failed or printed nothing: {command}")


def main():
    readme = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "README.md"
    blocks = quick_start_blocks(readme)
    questions = [b for lead, b in blocks if re.search(r"ask questions", lead, re.I)]
    if not blocks or not questions:
        sys.exit(f"{readme}: the Quick start needs its first block and a 'Then ask questions' block")
    for command in commands(blocks[0][1]):
        run(command)
    for command in commands(questions[0]):
        run(command)


if __name__ == "__main__":
    main()
