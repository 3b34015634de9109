"""Local storage: the workshop database, backups, recovery and the workshop file.

The only package in the app with SQL in it. The GUI, the services and the
command line use :class:`Store` (opened with :func:`open_store`) and the
functions below; nothing here imports Qt widgets.
"""

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
