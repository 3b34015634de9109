"""The pack editor: trainers create and change exercise packs without writing YAML by hand.

:class:`PackEditors` (in ``launch``) opens editor windows from the Library page.
"""
