"""Import operations: one file (or a sample's DRAGEN output folder, as one report) into one
case, as a dry run or for real."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ui.context import AppContext
from ui.ops.op import Op

if TYPE_CHECKING:
    from mtb_desk.progress import Progress
    from mtb_desk.services.imports import ImportSummary


def import_op(
    parent: QObject,
    context: AppContext,
    study_id: str,
    path: Path,
    *,
    sample: str | None,
    dry_run: bool,
) -> Op[ImportSummary]:
    """Not yet run: the caller adds callbacks, progress and the pool."""
    database, actor = context.database, context.actor

    def work(progress: Progress) -> ImportSummary:
        from mtb_desk.services.imports import import_file, import_folder

        if path.is_dir():
            return import_folder(database, actor, study_id, path, dry_run=dry_run)
        return import_file(
            database, actor, study_id, path, sample=sample, dry_run=dry_run, progress=progress
        )

    return Op(parent, work)
