"""Translations: ``mtb_desk_nb.ts`` (source, edited with Qt Linguist) and its compiled ``.qm``.

Regenerate after changing user-visible strings::

    .venv/bin/pyside6-lupdate $(git ls-files 'ui/*.py') -ts ui/i18n/mtb_desk_nb.ts
    .venv/bin/pyside6-lrelease ui/i18n/mtb_desk_nb.ts -qm ui/i18n/mtb_desk_nb.qm
"""
