"""The Plan page's parts: details form, participants table, agenda builder, CSV import, undo."""
