"""Enrolling a case in a cohort: the cohort, the case, the date, the recommendation it rests
on, and the cohort's two-stage state (stage 1 of 8 or stage 2 of 24, places left, closed or
suspended), with the refusal the enrolment service would give shown before anyone saves.

The dialog only shows and collects; `ui.cohorts.enrolling.EnrolmentFlow` loads the preview
(off the GUI thread) whenever the cohort, the case or the date changes, and saves. "Enrol"
does not close the dialog: it asks for the save (`enrolment_will_save`); the flow closes it
once stored, or shows the refusal on the dialog's message line with everything still there.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui import theme
from ui.followup.dialogs import date_edit, date_of
from ui.formatting import date_text, phrase_text
from ui.settings import PreservedDialog
from ui.translation import localise_buttons

if TYPE_CHECKING:
    from mtb_desk.services.enrolment_preview import (
        EnrolmentPreview,
        RestingRecommendation,
        StageView,
    )

STATE_WORDS = {
    "draft": QT_TRANSLATE_NOOP("EnrolDialog", "draft"),
    "final": QT_TRANSLATE_NOOP("EnrolDialog", "final"),
    "signed": QT_TRANSLATE_NOOP("EnrolDialog", "signed"),
    "superseded": QT_TRANSLATE_NOOP("EnrolDialog", "superseded"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("EnrolDialog", text)


class EnrolDialog(PreservedDialog):
    choice_did_change = Signal()  # cohort, case or date: the flow loads a new preview
    enrolment_will_save = Signal(object)  # dict: cohort, study_id, on, override, token

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrol_dialog")
        self.setWindowTitle(self.tr("Enrol in cohort"))
        self.preview: EnrolmentPreview | None = None
        self.cohort = QComboBox()
        self.case = QComboBox()
        self.case.setEditable(True)
        self.case_edit = self.case.lineEdit()
        assert self.case_edit is not None
        self.case_edit.setPlaceholderText(self.tr("Study id"))
        self.case_text = self._label(rich=False)
        self.enrolled_on = date_edit()
        self.recommendation = self._label()
        self.stage = self._label()
        self.counts = self._label(rich=False)
        self.match = self._label()
        self.override = QLineEdit()
        self.override.setPlaceholderText(self.tr("Why the chair enrols against the match"))
        self.then_start = QCheckBox(
            self.tr("Then open the follow-up to record the treatment start")
        )
        self.then_start.setChecked(True)
        self.message = self._label(rich=False)
        self.message.setObjectName("enrol_refusal")
        self.message.setStyleSheet(f"color: {theme.accent('warn', self).name()};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        localise_buttons(self.buttons)
        self.enrol_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.enrol_button.setText(self.tr("Enrol"))
        self._busy = False
        self._build()
        self.cohort.currentIndexChanged.connect(lambda _i: self.choice_did_change.emit())
        self.case.activated.connect(lambda _i: self.choice_did_change.emit())
        self.case_edit.editingFinished.connect(self._case_edited)
        self.enrolled_on.dateChanged.connect(lambda _d: self.choice_did_change.emit())
        self.override.textChanged.connect(lambda _t: self._update_button())
        self.buttons.accepted.connect(self._ask_save)
        self.buttons.rejected.connect(self.reject)

    @staticmethod
    def _label(rich: bool = True) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        return label

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Cohort"), self.cohort)
        form.addRow(self.tr("Two-stage state"), self.stage)
        form.addRow("", self.counts)
        form.addRow(self.tr("Case"), self.case)
        form.addRow("", self.case_text)
        form.addRow(self.tr("Enrolled on"), self.enrolled_on)
        form.addRow(self.tr("Rests on"), self.recommendation)
        form.addRow(self.tr("Match"), self.match)
        form.addRow(self.tr("Override"), self.override)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.then_start)
        layout.addWidget(self.buttons)
        self.override_row = form
        self.resize(620, 460)

    # -- what was chosen --------------------------------------------------------
    def chosen(self) -> tuple[str | None, str | None, dt.date]:
        """(cohort code, study id, enrolment date) as the dialog shows them now."""
        code = self.cohort.currentData()
        study_id = self.case.currentText().strip() or None
        return (str(code) if code else None), study_id, date_of(self.enrolled_on)

    def _case_edited(self) -> None:
        if self.preview is None or self.case.currentText().strip() != (self.preview.study_id or ""):
            self.choice_did_change.emit()

    # -- showing a preview --------------------------------------------------------
    def show_preview(self, preview: EnrolmentPreview) -> None:
        self.preview = preview
        self._fill_choices(preview)
        self.case_text.setText(preview.case_text)
        self.stage.setText(self._stage_html(preview.stage))
        self.counts.setText(self._counts_text(preview.stage))
        self.recommendation.setText(self._recommendation_text(preview))
        self.match.setText(self._match_html(preview))
        self.override.setVisible(preview.overridable)
        label = self.override_row.labelForField(self.override)
        if label is not None:
            label.setVisible(preview.overridable)
        self._show_message(preview)
        self._update_button()

    def _fill_choices(self, preview: EnrolmentPreview) -> None:
        for combo in (self.cohort, self.case):
            combo.blockSignals(True)
        self.cohort.clear()
        for code, name in preview.cohorts:
            self.cohort.addItem(f"{code} — {name}", code)
        self.cohort.setCurrentIndex(max(self.cohort.findData(preview.cohort), 0))
        typed = preview.study_id or self.case.currentText().strip()
        self.case.clear()
        self.case.addItems(list(preview.candidates))
        self.case.setEditText(typed)
        for combo in (self.cohort, self.case):
            combo.blockSignals(False)

    def _stage_html(self, stage: StageView | None) -> str:
        if stage is None:
            return self.tr("No IMPRESS cohort in the catalogue.")
        head = (
            self.tr("Stage %1 of 2: %2 of %3 enrolled")
            .replace("%1", str(stage.stage))
            .replace("%2", str(min(stage.enrolled, stage.stage_size)))
            .replace("%3", str(stage.stage_size))
        )
        kind = "ok" if stage.accepting else "warn"
        colour = theme.accent(kind, self).name()
        why = escape(phrase_text(stage.why))
        return f"<b>{escape(head)}</b> · <span style='color:{colour}'>{why}</span>"

    def _counts_text(self, stage: StageView | None) -> str:
        if stage is None:
            return ""
        return (
            self.tr("%1 with benefit, %2 without, %3 awaiting week 16, %4 withdrawn")
            .replace("%1", str(stage.benefit))
            .replace("%2", str(stage.no_benefit))
            .replace("%3", str(stage.pending))
            .replace("%4", str(stage.withdrawn))
        )

    def _recommendation_text(self, preview: EnrolmentPreview) -> str:
        rec: RestingRecommendation | None = preview.recommendation
        if preview.study_id is None:
            return "–"
        if rec is None:
            return self.tr("No final or signed recommendation of the board names this cohort.")
        meeting = date_text(rec.meeting_date) or self.tr("no meeting")
        text = (
            self.tr("Revision %1 (%2), board meeting %3")
            .replace("%1", str(rec.revision))
            .replace("%2", _tr(str(STATE_WORDS.get(rec.state, rec.state))))
            .replace("%3", meeting)
        )
        rationale = rec.rationale if len(rec.rationale) < 160 else rec.rationale[:157] + "…"
        return f"<b>{escape(text)}</b><br>{escape(rationale)}"

    @staticmethod
    def _match_html(preview: EnrolmentPreview) -> str:
        status = phrase_text(preview.match_status) if preview.match_status else ""
        reason = phrase_text(preview.match_reason) if preview.match_reason else ""
        if not (status or reason):
            return "–"
        return "<br>".join(t for t in (f"<b>{escape(status)}</b>" if status else "",
                                       escape(reason)) if t)  # fmt: skip

    def _show_message(self, preview: EnrolmentPreview) -> None:
        from ui.errors import describe_error

        if preview.refusal is None:
            self.message.hide()
            return
        text = describe_error(preview.refusal)
        if preview.overridable:
            text += " " + self.tr("As chair you may enrol with a written reason.")
        self.show_refusal(text)

    def show_refusal(self, text: str) -> None:
        """Why it cannot be (or was not) saved; nothing was stored, the choices stay."""
        self.set_busy(False)
        self.message.setText(text)
        self.message.show()

    # -- saving -----------------------------------------------------------------
    def _update_button(self) -> None:
        preview, (code, study_id, _on) = self.preview, self.chosen()
        ready = (
            preview is not None
            and preview.study_id is not None
            and ((preview.cohort, preview.study_id) == (code, study_id))
        )
        allowed = (
            ready
            and preview is not None
            and (
                preview.refusal is None
                or (preview.overridable and bool(self.override.text().strip()))
            )
        )
        self.enrol_button.setEnabled(bool(allowed) and not self._busy)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_button()

    def _ask_save(self) -> None:
        preview = self.preview
        code, study_id, on = self.chosen()
        if preview is None or code is None or study_id is None:
            return
        self.set_busy(True)
        override = self.override.text().strip() if preview.overridable else ""
        self.enrolment_will_save.emit({"cohort": code, "study_id": study_id, "on": on,
                                       "override": override or None,
                                       "token": preview.state_token})  # fmt: skip

    def saved(self) -> None:
        self.set_busy(False)
        self.done(self.DialogCode.Accepted)
