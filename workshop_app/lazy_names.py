"""A package's names, each imported from its module the first time it is used (PEP 562).

A package ``__init__`` that re-exports names from its modules imports every one of them
with the package, so importing one small module of it imports them all. Instead::

    __getattr__, __dir__ = lazy_names(__name__, {"open_store": "recovery", ...})

``from package import open_store`` then imports ``package.recovery`` only then: the window
opens the store without loading backups or the workshop file format (start-up).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

Getattr = Callable[[str], Any]
Dir = Callable[[], list[str]]


def lazy_names(package: str, names: Mapping[str, str]) -> tuple[Getattr, Dir]:
    """``__getattr__`` and ``__dir__`` for ``package``, whose ``names`` map each name to the
    module (under the package) that defines it."""
    namespace = importlib.import_module(package).__dict__

    def module_getattr(name: str) -> Any:
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value  # found directly from now on
        return value

    def module_dir() -> list[str]:
        return sorted(set(namespace) | set(names))

    return module_getattr, module_dir
