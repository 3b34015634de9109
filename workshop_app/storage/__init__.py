"""Local storage: the workshop database, backups, recovery and the workshop file.

The only package in the app with SQL in it. The GUI, the services and the
command line use :class:`Store` (opened with :func:`open_store`) and the
functions below; nothing here imports Qt widgets.

Each name is imported from its module when first used (workshop_app.lazy_names): opening
the store as the window starts loads neither backups nor the workshop file format.
"""

from workshop_app.lazy_names import lazy_names

_MODULES = {
    **dict.fromkeys(("BackupInfo", "backup_now", "check_backup", "list_backups", "maybe_backup",
                     "restore_backup", "thin_backups"), "backups"),
    **dict.fromkeys(("DatabaseNewerError", "StorageError", "StorageWriteError",
                     "WorkshopFileError"), "errors"),
    "open_store": "recovery",
    "SearchHit": "search",
    "Store": "store",
    **dict.fromkeys(("read_workshop_file", "workshop_data_from_dict", "write_workshop_file"),
                    "workshop_file"),
    "WorkshopSummary": "workshops",
}
__getattr__, __dir__ = lazy_names(__name__, _MODULES)
__all__ = sorted(_MODULES)
