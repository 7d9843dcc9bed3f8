"""The align command(s)."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
