"""The shared evaluation's ``score.py``, imported from a path as it is: its matching defines what counts
as right for the training tools (``tools/train_pairs.py``, ``tools/train_scorer.py``) and the
evaluation tests. Third-party code read where it lies, never copied into the repository."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType


def import_score(path: str | Path) -> ModuleType:
    """``score.py`` at ``path`` as a module; a clear stop when there is nothing to import there."""
    spec = importlib.util.spec_from_file_location("geoalign_eval_score", path)
    if spec is None or spec.loader is None or not Path(path).is_file():
        raise SystemExit(f"no scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
