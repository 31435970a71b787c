"""Saving a visit from its dialog: a refusal is shown in the dialog (nothing stored, input
kept); a visit someone else saved meanwhile opens the conflict dialog, as for annotations
and recommendations, and nothing is overwritten unless the user chooses so."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from mtb_desk.domain.enums import VisitResponse
from mtb_desk.errors import ConflictError
from ui.conflict_dialog import ConflictDialog, ConflictField, Resolution
from ui.context import AppContext, Changes
from ui.errors import describe_error
from ui.ops.op import Op

if TYPE_CHECKING:
    from mtb_desk.services.followup_records import CaseFollowUp, TreatmentRecord, VisitRecord
    from mtb_desk.services.visits import AdverseEventInput, VisitInput
    from ui.followup.visit_dialog import VisitDialog


FIELDS = {
    "performed_on": QT_TRANSLATE_NOOP("VisitSaver", "Date"),
    "ecog": QT_TRANSLATE_NOOP("VisitSaver", "ECOG"),
    "response": QT_TRANSLATE_NOOP("VisitSaver", "Response"),
    "criteria": QT_TRANSLATE_NOOP("VisitSaver", "Criteria"),
    "note": QT_TRANSLATE_NOOP("VisitSaver", "Note"),
    "adverse_events": QT_TRANSLATE_NOOP("VisitSaver", "Adverse events"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("VisitSaver", text)


def visit_label(week: int) -> str:
    if week == 0:
        return QCoreApplication.translate("VisitSaver", "day 1")
    return QCoreApplication.translate("VisitSaver", "week %1").replace("%1", str(week))


def visit_record_text(week: int, study_id: str) -> str:
    """How the conflict dialog names the visit: "The week 8 visit of DEMO-007"."""
    text = QCoreApplication.translate("VisitSaver", "The %1 visit of %2")
    return text.replace("%1", visit_label(week)).replace("%2", study_id)


def events_text(events: tuple[AdverseEventInput, ...]) -> str:
    if not events:
        return QCoreApplication.translate("VisitSaver", "none")
    return "; ".join(f"{e.term} G{e.grade}{' SAE' if e.serious else ''}" for e in events)


def recorded_input(visit: VisitRecord) -> VisitInput:
    """What is stored for `visit`, as the input the dialog would send."""
    from mtb_desk.services.visits import AdverseEventInput, VisitInput

    events = tuple(
        AdverseEventInput(a.term, a.grade, a.attribution, a.started_on, a.serious, a.ended_on)
        for a in visit.adverse_events
    )
    return VisitInput(
        visit.week, visit.performed_on or dt.date.today(), visit.ecog,
        visit.response.value if visit.response else None, visit.criteria, visit.note, events,
    )  # fmt: skip


def conflict_fields(mine: VisitInput, theirs: VisitInput) -> list[ConflictField]:
    dates = tuple(dict.fromkeys((mine.performed_on.isoformat(), theirs.performed_on.isoformat())))
    ecog = (("—", ""), *((str(n), str(n)) for n in range(6)))
    responses = (("—", ""), *((r.value, r.value) for r in VisitResponse))

    def text(value: object) -> str:
        return "" if value is None else str(getattr(value, "value", value))

    def field(
        name: str, mine: str, theirs: str, choices: tuple[tuple[str, str], ...] = ()
    ) -> ConflictField:
        return ConflictField(name, _tr(str(FIELDS[name])), mine, theirs, choices)

    criteria = tuple(dict.fromkeys(((mine.criteria,) * 2, (theirs.criteria,) * 2)))
    events = ((events_text(mine.adverse_events), "mine"),
              (events_text(theirs.adverse_events), "theirs"))  # fmt: skip
    return [
        field("performed_on", dates[0], theirs.performed_on.isoformat(),
              tuple((d, d) for d in dates)),
        field("ecog", text(mine.ecog), text(theirs.ecog), ecog),
        field("response", text(mine.response), text(theirs.response), responses),
        field("criteria", mine.criteria, theirs.criteria, criteria),
        field("note", mine.note, theirs.note),
        field("adverse_events", "mine", "theirs", events),
    ]  # fmt: skip


def merged_input(mine: VisitInput, theirs: VisitInput, chosen: dict[str, str]) -> VisitInput:
    from mtb_desk.services.visits import VisitInput

    return VisitInput(
        mine.week, dt.date.fromisoformat(chosen["performed_on"]),
        int(chosen["ecog"]) if chosen["ecog"] else None, chosen["response"] or None,
        chosen["criteria"] or mine.criteria, chosen["note"],
        theirs.adverse_events if chosen["adverse_events"] == "theirs" else mine.adverse_events,
    )  # fmt: skip


class VisitSaver(QObject):
    visit_did_save = Signal()
    conflict_did_open = Signal(object)  # the ConflictDialog (tests, status bar)
    status_message = Signal(str)

    def __init__(self, context: AppContext, study_id: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.context, self.study_id, self._widget = context, study_id, parent

    def attach(self, dialog: VisitDialog, treatment_id: int) -> None:
        dialog.visit_will_save.connect(
            lambda data, version: self.save(data, treatment_id, version, dialog)
        )

    def save(
        self,
        data: VisitInput,
        treatment_id: int,
        version: int | None,
        dialog: VisitDialog | None = None,
    ) -> Op[TreatmentRecord]:
        """Store the visit with its events (one transaction); `version` is the one seen."""
        from mtb_desk.services.visits import record_visit

        db, actor, study_id = self.context.database, self.context.actor, self.study_id
        return (
            Op(
                self,
                lambda _p: record_visit(
                    db, actor, study_id, data, treatment_id=treatment_id, expected_version=version
                ),
            )  # fmt: skip
            .success(lambda _r: self._saved(dialog))
            .failure(lambda error: self._failed(data, treatment_id, error, dialog))
            .writes()
            .run()
        )

    def _saved(self, dialog: VisitDialog | None) -> None:
        if dialog is not None:
            dialog.saved()
        self.status_message.emit(self.tr("Visit recorded for %1").replace("%1", self.study_id))
        self.context.bus.announce(Changes(cohorts=True, matches=True))
        self.visit_did_save.emit()

    def _failed(
        self,
        mine: VisitInput,
        treatment_id: int,
        error: BaseException,
        dialog: VisitDialog | None,
    ) -> None:
        if not isinstance(error, ConflictError):
            if dialog is not None and dialog.isVisible():
                dialog.show_refusal(describe_error(error))
            else:
                from ui.errors import present_error

                present_error(self._widget, error)
            return
        if dialog is not None:
            dialog.done(dialog.DialogCode.Rejected)  # what was typed goes to the conflict
        from mtb_desk.services.followup_records import case_followup

        db, study_id = self.context.database, self.study_id
        (
            Op(self, lambda _p: case_followup(db, study_id))
            .success(lambda data: self._ask(mine, treatment_id, data))
            .run()
        )

    def _ask(self, mine: VisitInput, treatment_id: int, data: CaseFollowUp) -> None:
        treatment = next((t for t in data.treatments if t.id == treatment_id), None)
        visit = next((v for v in treatment.visits if v.week == mine.week), None) if treatment \
            else None  # fmt: skip
        if visit is None:  # the visit is gone (treatment stopped, schedule cut): say so
            from ui.errors import present_error

            present_error(
                self._widget,
                self.tr("The %1 visit of %2 no longer exists; nothing was saved.")
                .replace("%1", visit_label(mine.week))
                .replace("%2", self.study_id),
            )
            return
        theirs = recorded_input(visit)
        record = visit_record_text(mine.week, self.study_id)
        dialog = ConflictDialog(record, visit.recorded_by, conflict_fields(mine, theirs),
                                self._widget)  # fmt: skip
        dialog.setObjectName("visit_conflict")
        dialog.accepted.connect(lambda: self._resolved(mine, theirs, visit, treatment_id, dialog))
        dialog.rejected.connect(lambda: self.context.bus.announce(Changes(cohorts=True)))
        dialog.open()
        self.conflict_did_open.emit(dialog)

    def _resolved(
        self,
        mine: VisitInput,
        theirs: VisitInput,
        visit: VisitRecord,
        treatment_id: int,
        dialog: ConflictDialog,
    ) -> None:
        if dialog.resolution is Resolution.TAKE_THEIRS:
            self.status_message.emit(self.tr("Kept the visit as the other user saved it"))
            self.context.bus.announce(Changes(cohorts=True))  # show theirs
            return
        chosen = mine if dialog.resolution is Resolution.KEEP_MINE else merged_input(
            mine, theirs, dialog.values()
        )  # fmt: skip
        self.save(chosen, treatment_id, visit.version)  # a third save meanwhile conflicts again
