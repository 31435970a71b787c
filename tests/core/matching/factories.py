"""Small builders for findings and cases used by the matching tests."""

from __future__ import annotations

import itertools
from typing import Any

from mtb_desk.domain.enums import CnvCall, FindingKind, MsiStatus, Oncogenicity
from mtb_desk.domain.records import AnnotationView, FindingView
from mtb_desk.matching.evaluation import CaseInput

_ids = itertools.count(1)
_UNSET: Any = object()


def annotation(level: Oncogenicity | None) -> AnnotationView:
    return AnnotationView(
        oncogenicity=level, escat_tier=None, reportable=True, comment="",
        annotated_by="path", annotated_at=None, version=1,
    )  # fmt: skip


def finding(
    kind: FindingKind | str = FindingKind.SNV,
    gene: str | None = None,
    *,
    onc: Oncogenicity | None | Any = Oncogenicity.ONCOGENIC,
    id: int | None = None,  # noqa: A002
    cnv_call: CnvCall | str | None = None,
    **fields: Any,
) -> FindingView:
    """A finding view; `onc=None` means not annotated yet."""
    values: dict[str, Any] = dict.fromkeys(FindingView.__dataclass_fields__)
    values.update(
        id=id if id is not None else next(_ids), report_id=1, kind=FindingKind(kind), gene=gene,
        is_filtered=False, cnv_call=CnvCall(cnv_call) if cnv_call else None,
        annotation=None if onc is None else annotation(onc),
    )  # fmt: skip
    values.update(fields)
    return FindingView(**values)


def case(
    *findings: FindingView,
    diagnosis: str = "LUAD",
    tmb: float | None = None,
    msi: MsiStatus | None = None,
    panel: frozenset[str] | None = None,
) -> CaseInput:
    return CaseInput(findings=findings, diagnosis=diagnosis, tmb=tmb, msi=msi, panel=panel)
