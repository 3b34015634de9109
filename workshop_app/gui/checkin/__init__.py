"""The check-ins after a workshop in the window: planning one, running one, what the room sees."""
