"""Qt item models that adapt the services for views (no SQL here)."""
