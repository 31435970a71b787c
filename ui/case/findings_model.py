"""Findings of a case as a table; pathologists edit the annotation columns in place.

A whole-genome case has a million findings: the model holds the pages loaded so far (sorted
by the database, see `mtb_desk.services.finding_pages`) and asks for the next one when the
view scrolls to the end (`fetchMore` emits `more_wanted`; `ui.case.finding_pager` fetches it
off the GUI thread and calls `append_page`). The review count comes from the database too.

The model never saves: an edit becomes `annotation_will_change(finding_id, values, version)`,
the case view saves it through the op helper, and calls `set_annotation` with the result.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from mtb_desk.domain.enums import BIOMARKER_KINDS, CnvCall, EscatTier, Oncogenicity
from mtb_desk.domain.records import AnnotationView, FindingView
from mtb_desk.services.annotations import NO_ANNOTATION_YET, AnnotationInput
from mtb_desk.services.finding_pages import SortKey, sort_key
from ui.formatting import enum_text, number_text, percent_text, ui_language

Index = QModelIndex | QPersistentModelIndex
FINDING_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2  # [(text, value)] for the combo delegate


def protein_text(f: FindingView) -> str:
    if f.kind in BIOMARKER_KINDS or f.kind.value in ("splice", "sv", "loh"):
        return f.description or f.protein_original or ""
    if f.kind.value == "cnv":
        return f.description or ""
    return f.protein or f.protein_original or f.hgvs_c or ""


_FLAGS = (
    QT_TRANSLATE_NOOP("FindingsTableModel", "germline"),
    QT_TRANSLATE_NOOP("FindingsTableModel", "somatic"),
    QT_TRANSLATE_NOOP("FindingsTableModel", "equivocal"),
)


def detail_text(f: FindingView) -> str:
    """The change, then the lab's germline/somatic call and an equivocal flag where given."""
    flags = [f.origin] if f.origin else []
    if f.equivocal:
        flags.append("equivocal")
    words = [QCoreApplication.translate("FindingsTableModel", flag) for flag in flags]
    return " · ".join(w for w in (protein_text(f), *words) if w)


_CALL_SHORT = {
    CnvCall.AMPLIFICATION: str(QT_TRANSLATE_NOOP("FindingsTableModel", "amp")),
    CnvCall.GAIN: str(QT_TRANSLATE_NOOP("FindingsTableModel", "gain")),
    CnvCall.LOSS: str(QT_TRANSLATE_NOOP("FindingsTableModel", "loss")),
    CnvCall.DELETION: str(QT_TRANSLATE_NOOP("FindingsTableModel", "del")),
}


def copy_number_text(f: FindingView) -> str:
    call = (
        QCoreApplication.translate("FindingsTableModel", _CALL_SHORT[f.cnv_call])
        if f.cnv_call
        else ""
    )
    if f.copy_number is None:
        return call
    return number_text(f.copy_number, 1) + (f" ({call})" if call else "")


def _oncogenicity(f: FindingView) -> str:
    return enum_text(f.annotation.oncogenicity) if f.annotation else ""


def _tier(f: FindingView) -> str:
    return f.annotation.escat_tier.value if f.annotation and f.annotation.escat_tier else ""


def _comment(f: FindingView) -> str:
    return f.annotation.comment if f.annotation else ""


def _label(f: FindingView) -> str:
    from mtb_desk.domain.labels import finding_label

    flags = [f.origin] if f.origin else []
    if f.equivocal:
        flags.append("equivocal")
    words = [QCoreApplication.translate("FindingsTableModel", flag) for flag in flags]
    return " · ".join([finding_label(f, ui_language()), *words])


def _reportable(f: FindingView) -> str:
    return ""  # shown as a check box (CheckStateRole)


COLUMNS: tuple[tuple[str, Callable[[FindingView], str]], ...] = (
    (str(QT_TRANSLATE_NOOP("FindingsTableModel", "#")), lambda f: str(f.id)),
    (str(QT_TRANSLATE_NOOP("FindingsTableModel", "Kind")), lambda f: f.kind.value.upper()),
    (str(QT_TRANSLATE_NOOP("FindingsTableModel", "Gene")), lambda f: f.gene or ""),
    (str(QT_TRANSLATE_NOOP("FindingsTableModel", "Alteration")), _label),
    (str(QT_TRANSLATE_NOOP("FindingsTableModel", "VAF")), lambda f: percent_text(f.vaf)),
    (str(QT_TRANSLATE_NOOP("FindingsTableModel", "Copy number")), copy_number_text),
    (str(QT_TRANSLATE_NOOP("FindingsTableModel", "Annotation")), _oncogenicity),
    (str(QT_TRANSLATE_NOOP("FindingsTableModel", "Tier")), _tier),
    (str(QT_TRANSLATE_NOOP("FindingsTableModel", "Reportable")), _reportable),
    (str(QT_TRANSLATE_NOOP("FindingsTableModel", "Comment")), _comment),
)
COL_ID, COL_ALTERATION = 0, 3
COL_ANNOTATION, COL_TIER, COL_REPORTABLE, COL_COMMENT = 6, 7, 8, 9
EDITABLE = frozenset({COL_ANNOTATION, COL_TIER, COL_COMMENT})
_NUMERIC = frozenset({0, 4, 5})


def annotation_input(annotation: AnnotationView | None) -> AnnotationInput:
    if annotation is None:
        return AnnotationInput(oncogenicity=None)
    return AnnotationInput(
        annotation.oncogenicity, annotation.escat_tier, annotation.reportable, annotation.comment
    )


def needs_review(finding: FindingView) -> bool:
    """An alteration nobody has judged yet (TMB and MSI are measurements, not reviewed)."""
    if finding.kind in BIOMARKER_KINDS:
        return False
    return finding.annotation is None or finding.annotation.oncogenicity is None


class FindingsTableModel(QAbstractTableModel):
    annotation_will_change = Signal(int, object, int)  # finding id, AnnotationInput, version
    review_count_did_change = Signal(int, int)  # still to review, all
    more_wanted = Signal(object)  # the sort key after which the next page starts

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._findings: list[FindingView] = []
        self._rows: dict[int, int] = {}
        self._saving: set[int] = set()
        self._editable_reason: str | None = QCoreApplication.translate(
            "FindingsTableModel", "Nobody is logged in"
        )
        self.highlight_brush: QBrush | None = None
        self._highlighted: frozenset[int] = frozenset()
        self._counts = (0, 0)  # (still to review, all) of the whole case
        self.total = 0  # findings that pass the filter, loaded or not
        self.start = 0  # where the first row sorts among them (0 unless jumped to a finding)
        self._more = False
        self._fetching = False

    def set_findings(self, findings: Sequence[FindingView]) -> None:
        """All findings at once (a small case, or a test)."""
        counts = (sum(1 for f in findings if needs_review(f)), len(findings))
        self.set_page(findings, len(findings), more=False, counts=counts)

    def set_page(
        self,
        findings: Sequence[FindingView],
        total: int,
        *,
        more: bool,
        counts: tuple[int, int] | None = None,
        start: int = 0,
    ) -> None:
        """Show a page: the first, or (`start` > 0) one that begins further on, at a finding
        the user asked to see; `counts` (to review, all) when the whole case was counted."""
        self.beginResetModel()
        self.start = start
        self._findings = list(findings)
        self._rows = {f.id: i for i, f in enumerate(self._findings)}
        self._saving.clear()
        self._highlighted = frozenset()
        self.total, self._more, self._fetching = total, more, False
        if counts is not None:
            self._counts = counts
        self.endResetModel()
        self._announce_review_count()

    def append_page(self, findings: Sequence[FindingView], *, more: bool) -> None:
        fresh = [f for f in findings if f.id not in self._rows]
        self._more, self._fetching = more, False  # before the rows announce themselves
        if fresh:
            start = len(self._findings)
            self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
            for row, finding in enumerate(fresh, start):
                self._rows[finding.id] = row
            self._findings.extend(fresh)
            self.endInsertRows()

    @property
    def end(self) -> int:
        """Where the row after the last one loaded sorts."""
        return self.start + len(self._findings)

    def last_key(self) -> SortKey | None:
        return sort_key(self._findings[-1]) if self._findings else None

    def fetch_failed(self) -> None:
        self._fetching = False

    @property
    def more(self) -> bool:
        return self._more

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more and not self._fetching and bool(self._findings)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if self.canFetchMore(parent):
            self._fetching = True
            self.more_wanted.emit(sort_key(self._findings[-1]))

    def set_edit_permission(self, reason_not: str | None) -> None:
        """None lets the user edit annotations; a sentence disables editing and explains why."""
        self._editable_reason = reason_not
        if self._findings:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._findings) - 1, len(COLUMNS) - 1)
            )

    def finding(self, row: int) -> FindingView:
        return self._findings[row]

    def row_of(self, finding_id: int) -> int | None:
        return self._rows.get(finding_id)

    def review_counts(self) -> tuple[int, int]:
        return self._counts

    def set_annotation(self, finding_id: int, annotation: AnnotationView | None) -> None:
        row = self._rows.get(finding_id)
        if row is None:
            return
        was = needs_review(self._findings[row])
        self._findings[row] = dataclasses.replace(self._findings[row], annotation=annotation)
        now = needs_review(self._findings[row])
        self._counts = (self._counts[0] + int(now) - int(was), self._counts[1])
        self._saving.discard(finding_id)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self._announce_review_count()

    def mark_saving(self, finding_id: int, saving: bool) -> None:
        (self._saving.add if saving else self._saving.discard)(finding_id)
        row = self._rows.get(finding_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, COL_ANNOTATION), self.index(row, COL_COMMENT))

    def set_highlighted(self, finding_ids: frozenset[int]) -> None:
        changed = self._highlighted | finding_ids
        self._highlighted = finding_ids
        for finding_id in changed:
            row = self._rows.get(finding_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _announce_review_count(self) -> None:
        self.review_count_did_change.emit(*self.review_counts())

    # -- the table --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: C901
        finding = self._findings[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if role == Qt.ItemDataRole.EditRole and column in EDITABLE:
                return self._edit_value(finding, column)
            return COLUMNS[column][1](finding)
        if role == FINDING_ID_ROLE:
            return finding.id
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_REPORTABLE:
            reportable = finding.annotation is not None and finding.annotation.reportable
            return Qt.CheckState.Checked if reportable else Qt.CheckState.Unchecked
        if role == CHOICES_ROLE:
            return self._choices(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and finding.id in self._saving and column in EDITABLE:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and finding.id in self._highlighted:
            return self.highlight_brush
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(finding, column)
        return None

    def _edit_value(self, finding: FindingView, column: int) -> Any:
        annotation = finding.annotation
        if column == COL_ANNOTATION:
            return annotation.oncogenicity.value if annotation and annotation.oncogenicity else ""
        if column == COL_TIER:
            return annotation.escat_tier.value if annotation and annotation.escat_tier else ""
        return annotation.comment if annotation else ""

    def _choices(self, column: int) -> list[tuple[str, str]] | None:
        none = QCoreApplication.translate("FindingsTableModel", "(not assessed)")
        if column == COL_ANNOTATION:
            return [(none, "")] + [(enum_text(o), o.value) for o in Oncogenicity]
        if column == COL_TIER:
            return [(none, "")] + [(t.value, t.value) for t in EscatTier]
        return None

    def _tooltip(self, finding: FindingView, column: int) -> str | None:
        if column in EDITABLE and self._editable_reason:
            return self._editable_reason
        if column in EDITABLE and finding.annotation and finding.annotation.annotated_by:
            who = QCoreApplication.translate("FindingsTableModel", "Annotated by %1")
            return who.replace("%1", finding.annotation.annotated_by)
        if column == 2 and finding.symbol_in_file:
            said = QCoreApplication.translate("FindingsTableModel", "Written in the file as %1")
            return said.replace("%1", finding.symbol_in_file)
        if column == COL_ALTERATION and finding.hgvs_c:
            return f"{finding.transcript or ''} {finding.hgvs_c} {finding.protein_original or ''}"
        if column == COL_REPORTABLE:
            return QCoreApplication.translate(
                "FindingsTableModel", "In the decision PDF and the minutes (R toggles)"
            )
        text = COLUMNS[column][1](finding)
        return text or None  # a cut-off (elided) cell shows its whole text on hover

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() in EDITABLE and self._editable_reason is None:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == COL_REPORTABLE and self._editable_reason is None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == COL_REPORTABLE:
            if not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
                return False
            finding = self._findings[index.row()]
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            values = dataclasses.replace(annotation_input(finding.annotation), reportable=checked)
            return self._emit_change(finding, values)
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        finding = self._findings[index.row()]
        current = annotation_input(finding.annotation)
        text = str(value or "").strip()
        column = index.column()
        if column == COL_ANNOTATION:
            values = dataclasses.replace(current, oncogenicity=Oncogenicity(text) if text else None)
        elif column == COL_TIER:
            values = dataclasses.replace(current, escat_tier=EscatTier(text) if text else None)
        else:
            values = dataclasses.replace(current, comment=str(value or ""))
        if values == current:
            return False
        return self._emit_change(finding, values)

    def _emit_change(self, finding: FindingView, values: AnnotationInput) -> bool:
        if values == annotation_input(finding.annotation):
            return False
        version = finding.annotation.version if finding.annotation else NO_ANNOTATION_YET
        self.mark_saving(finding.id, True)
        self.annotation_will_change.emit(finding.id, values, version)
        return True

    def annotate(self, row: int, **changes: Any) -> bool:
        """One keystroke's annotation (``oncogenicity=…``, ``escat_tier=…``, ``reportable=``);
        False when nothing changes or editing is not allowed."""
        if self._editable_reason is not None or not 0 <= row < len(self._findings):
            return False
        finding = self._findings[row]
        values = dataclasses.replace(annotation_input(finding.annotation), **changes)
        return self._emit_change(finding, values)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("FindingsTableModel", COLUMNS[section][0])
        return None
