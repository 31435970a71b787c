"""Saving an annotation edit, and resolving a conflict with whoever saved first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from mtb_desk.domain.enums import EscatTier, Oncogenicity
from mtb_desk.domain.records import AnnotationView, FindingView
from mtb_desk.errors import ConflictError
from mtb_desk.services.annotations import AnnotationInput, annotate_finding
from mtb_desk.services.case_opening import findings_of
from ui.case.findings_model import FindingsTableModel, annotation_input
from ui.conflict_dialog import ConflictDialog, ConflictField, Resolution
from ui.context import AppContext, Changes
from ui.formatting import enum_text
from ui.ops.op import Op, show_error


class AnnotationSaver(QObject):
    annotation_did_save = Signal(int)  # finding id
    conflict_did_open = Signal(object)  # the ConflictDialog, for tests and the status bar
    status_message = Signal(str)

    def __init__(
        self, context: AppContext, case_id: int, model: FindingsTableModel, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._case_id = case_id
        self._model = model
        self._widget = parent
        model.annotation_will_change.connect(self.save)

    def save(self, finding_id: int, values: AnnotationInput, expected_version: int) -> None:
        context = self._context
        (
            Op(
                self,
                lambda _p: annotate_finding(
                    context.database,
                    context.actor,
                    finding_id,
                    values,
                    expected_version=expected_version,
                ),
            )
            .success(lambda view: self._saved(finding_id, view))
            .failure(lambda error: self._failed(finding_id, values, error))
            .writes()
            .run()
        )

    def _saved(self, finding_id: int, view: AnnotationView) -> None:
        self._model.set_annotation(finding_id, view)
        self._context.bus.announce(Changes(findings=frozenset({finding_id}), matches=True))
        self.status_message.emit(self.tr("Annotation saved"))
        self.annotation_did_save.emit(finding_id)

    def _failed(self, finding_id: int, mine: AnnotationInput, error: BaseException) -> None:
        if not isinstance(error, ConflictError):
            self._model.mark_saving(finding_id, False)
            show_error(self._widget, error)
            return
        database, case_id = self._context.database, self._case_id
        (
            Op(self, lambda _p: findings_of(database, case_id, [finding_id]))
            .success(lambda findings: self._ask(finding_id, mine, findings))
            .run()
        )

    def _ask(self, finding_id: int, mine: AnnotationInput, findings: Sequence[FindingView]) -> None:
        current = next((f for f in findings if f.id == finding_id), None)
        theirs: AnnotationView | None = current.annotation if current else None
        row = self._model.row_of(finding_id)
        label = self._model.finding(row).gene if row is not None else None
        record = self.tr("The annotation of %1").replace("%1", label or str(finding_id))
        who = theirs.annotated_by if theirs else None
        dialog = ConflictDialog(record, who, conflict_fields(mine, theirs), self._widget)
        dialog.accepted.connect(lambda: self._resolved(finding_id, dialog, theirs))
        dialog.rejected.connect(lambda: self._model.set_annotation(finding_id, theirs))
        dialog.open()
        self.conflict_did_open.emit(dialog)

    def _resolved(
        self, finding_id: int, dialog: ConflictDialog, theirs: AnnotationView | None
    ) -> None:
        if dialog.resolution is Resolution.TAKE_THEIRS:
            self._model.set_annotation(finding_id, theirs)
            self.status_message.emit(self.tr("Kept the other user's annotation"))
            return
        chosen = dialog.values()
        base = annotation_input(theirs)
        values = AnnotationInput(
            oncogenicity=Oncogenicity(chosen["oncogenicity"]) if chosen["oncogenicity"] else None,
            escat_tier=EscatTier(chosen["escat_tier"]) if chosen["escat_tier"] else None,
            reportable=base.reportable,
            comment=chosen["comment"],
        )
        self._model.set_annotation(finding_id, theirs)
        self._model.mark_saving(finding_id, True)
        self.save(finding_id, values, theirs.version if theirs else 0)


def conflict_fields(mine: AnnotationInput, theirs: AnnotationView | None) -> list[ConflictField]:
    other = annotation_input(theirs)
    none = ("–", "")
    oncogenicity = (none, *((enum_text(o), o.value) for o in Oncogenicity))
    tiers = (none, *((t.value, t.value) for t in EscatTier))

    return [
        ConflictField(
            "oncogenicity",
            QCoreApplication.translate("AnnotationSaver", "Annotation"),
            mine.oncogenicity.value if mine.oncogenicity else "",
            other.oncogenicity.value if other.oncogenicity else "",
            oncogenicity,
        ),
        ConflictField(
            "escat_tier",
            QCoreApplication.translate("AnnotationSaver", "Tier"),
            mine.escat_tier.value if mine.escat_tier else "",
            other.escat_tier.value if other.escat_tier else "",
            tiers,
        ),
        ConflictField(
            "comment",
            QCoreApplication.translate("AnnotationSaver", "Comment"),
            mine.comment,
            other.comment,
        ),
    ]
