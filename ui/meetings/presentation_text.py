"""What presentation mode says about a case: key findings with VAF or copy number, each
match with its reason (and, for an excluded cohort, why not), and what was decided."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from mtb_desk.domain.enums import RecommendationState
from mtb_desk.domain.labels import finding_label
from mtb_desk.domain.records import FindingView
from ui.case.matches import MatchLike, reason_text, status_text
from ui.formatting import enum_text, number_text, percent_text, ui_language

if TYPE_CHECKING:
    from mtb_desk.services.recommendations import RecommendationView


def _tr(text: str) -> str:
    return QCoreApplication.translate("PresentationText", text)


def finding_line(finding: FindingView) -> str:
    """``BRAF V600E · VAF 36 % · oncogenic · ESCAT I-A`` (the one alteration label)."""
    words = [finding_label(finding, ui_language())]
    if finding.vaf is not None:
        words.append(
            QCoreApplication.translate("PresentationText", "VAF %1").replace(
                "%1", percent_text(finding.vaf)
            )
        )
    if finding.kind.value == "cnv" and finding.copy_number is None and finding.fold_change:
        words.append(
            QCoreApplication.translate("PresentationText", "fold change %1").replace(
                "%1", number_text(finding.fold_change, 1)
            )
        )
    annotation = finding.annotation
    if annotation is not None and annotation.oncogenicity is not None:
        words.append(enum_text(annotation.oncogenicity))
    if annotation is not None and annotation.escat_tier is not None:
        words.append(f"ESCAT {annotation.escat_tier.value}")
    return " · ".join(w for w in words if w)


def match_line(match: MatchLike) -> str:
    """Two lines: the cohort, drugs and status; then the reason (or why not)."""
    head = " · ".join(
        p for p in (match.cohort, ", ".join(match.drugs), status_text(match.status)) if p
    )
    value = str(getattr(match.status, "value", match.status))
    label = (
        QCoreApplication.translate("PresentationText", "Why not: %1")
        if value in ("excluded", "closed", "full")
        else QCoreApplication.translate("PresentationText", "Why: %1")
    )
    reason = reason_text(match)
    return f"{head}\n{label.replace('%1', reason)}" if reason else head


def decided_text(latest: RecommendationView) -> str:
    """What the board decided, in full: outcome, cohort/trial, drugs, rationale, signatures."""
    target = latest.cohort_code or latest.trial_id or ""
    lines = [
        QCoreApplication.translate("PresentationText", "Decided (revision %1, %2): %3")
        .replace("%1", str(latest.revision))
        .replace("%2", enum_text(latest.state))
        .replace("%3", enum_text(latest.outcome) + (f" — {target}" if target else ""))
    ]
    if latest.drugs:
        lines.append(
            QCoreApplication.translate("PresentationText", "Drugs: %1").replace(
                "%1", ", ".join(latest.drugs)
            )
        )
    if latest.rationale:
        lines.append(
            QCoreApplication.translate("PresentationText", "Rationale: %1").replace(
                "%1", latest.rationale
            )
        )
    if latest.signatures:
        names = ", ".join(s.signer_name for s in latest.signatures)
        lines.append(
            QCoreApplication.translate("PresentationText", "Signed by %1").replace("%1", names)
        )
    elif latest.state is RecommendationState.FINAL:
        lines.append(
            QCoreApplication.translate(
                "PresentationText",
                "Not signed yet: sign now (Ctrl+Shift+E) or with the meeting's batch.",
            )
        )
    return "\n".join(lines)
