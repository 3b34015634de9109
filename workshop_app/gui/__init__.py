"""The Qt GUI. The only package that imports Qt widgets."""
