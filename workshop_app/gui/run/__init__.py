"""The Run page's parts: console panels, the projector window, capture widgets and undo commands."""
