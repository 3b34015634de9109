"""Workshop files: import and export (shared by the GUI and the command line)."""

from __future__ import annotations

from pathlib import Path

from workshop_app.services.context import AppContext


def import_workshop_file(ctx: AppContext, path: Path) -> int:
    """Create a new workshop from a workshop file; returns its id (nothing written on error)."""
    from workshop_app.storage.workshop_file import read_workshop_file

    return ctx.store.import_workshop(read_workshop_file(Path(path)))


def export_workshop_file(ctx: AppContext, workshop_id: int, path: Path) -> Path:
    from workshop_app.storage.workshop_file import write_workshop_file

    return write_workshop_file(ctx.store.export_workshop(workshop_id), Path(path))


def import_sample(ctx: AppContext) -> int:
    """Import the sample workshop that ships with the app."""
    from workshop_app.resources import sample_workshop_path

    return import_workshop_file(ctx, sample_workshop_path())
