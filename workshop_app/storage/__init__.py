"""Local storage: the workshop database, backups, recovery and the workshop file.

The only package in the app with SQL in it. The GUI, the services and the
command line use :class:`Store` (opened with :func:`open_store`) and the
functions below; nothing here imports Qt widgets.

Each name is imported from its module when first used (workshop_app.lazy_names): opening
the store as the window starts loads neither backups nor the workshop file format.
"""

from typing import TYPE_CHECKING

from workshop_app.lazy_names import lazy_names

__getattr__, __dir__ = lazy_names(__name__, {
    "BackupInfo": "backups", "backup_now": "backups", "check_backup": "backups",
    "list_backups": "backups", "maybe_backup": "backups", "restore_backup": "backups",
    "thin_backups": "backups",
    "DatabaseNewerError": "errors", "StorageError": "errors", "StorageWriteError": "errors",
    "WorkshopFileError": "errors",
    "open_store": "recovery",
    "SearchHit": "search",
    "Store": "store",
    "read_workshop_file": "workshop_file", "workshop_data_from_dict": "workshop_file",
    "write_workshop_file": "workshop_file",
    "WorkshopSummary": "workshops",
})

if TYPE_CHECKING:  # pragma: no cover - the same names, for type checkers
    from workshop_app.storage.backups import (
        BackupInfo,
        backup_now,
        check_backup,
        list_backups,
        maybe_backup,
        restore_backup,
        thin_backups,
    )
    from workshop_app.storage.errors import (
        DatabaseNewerError,
        StorageError,
        StorageWriteError,
        WorkshopFileError,
    )
    from workshop_app.storage.recovery import open_store
    from workshop_app.storage.search import SearchHit
    from workshop_app.storage.store import Store
    from workshop_app.storage.workshop_file import (
        read_workshop_file,
        workshop_data_from_dict,
        write_workshop_file,
    )
    from workshop_app.storage.workshops import WorkshopSummary

__all__ = [
    "BackupInfo", "DatabaseNewerError", "SearchHit", "Store", "StorageError", "StorageWriteError",
    "WorkshopFileError", "WorkshopSummary", "backup_now", "check_backup", "list_backups",
    "maybe_backup", "open_store", "read_workshop_file", "restore_backup", "thin_backups",
    "workshop_data_from_dict", "write_workshop_file",
]
