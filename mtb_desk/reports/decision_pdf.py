"""The decision PDF: what the board recommended for one case, on which findings, by whom.

`build_decision_pdf(data, lang)` returns the bytes of an A4 PDF. The bottom of the last page
is kept free for the visible signature boxes at `geometry.SIGNATURE_BOXES`.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from mtb_desk.reports import _layout as lay
from mtb_desk.reports import geometry as g
from mtb_desk.reports.anchor import expected_signatures_text
from mtb_desk.reports.i18n import format_date, format_number, term, text
from mtb_desk.reports.records import (
    DecisionInput,
    FindingInput,
    MolecularReportInput,
    RecommendationInput,
)

W = g.FRAME_WIDTH
FRAME_HEIGHT = g.PAGE_HEIGHT - g.MARGIN_TOP - g.MARGIN_BOTTOM - 12  # less the frame padding


def build_decision_pdf(data: DecisionInput, lang: str = "en", *, signed: bool = True) -> bytes:
    """Render the decision for `data` in English ("en") or Norwegian bokmål ("nb").

    `signed` False: the signature area says in words that this copy is not signed."""
    story: list[Flowable] = []
    story += _title(data, lang)
    story += _case(data, lang)
    story += _reports(data.reports, lang)
    story += _findings(data.findings, lang)
    story += _cohorts(data, lang)
    ending = [*_recommendation(data.recommendation, lang), *_attendees(data, lang)]
    story += [keep_with_signatures(ending), *ending, SignatureArea(lang, signed=signed)]
    decor = lay.PageDecor(
        board_name=data.board_name,
        document_title=text("decision.title", lang),
        footer_left=f"{text('document_id', lang)} {data.document_id} · "
        f"{text('revision', lang)} {data.revision} · {text('study_id', lang)} {data.study_id}",
        page_label=lambda page, pages: text("page", lang, page=page, pages=pages),
    )
    return lay.render(
        story,
        decor,
        title=f"{text('decision.title', lang)} – {data.study_id}",
        subject=data.document_id,
        keywords=f"{data.audit_anchor} {expected_signatures_text(g.SIGNATURE_SLOTS)}".strip(),
    )


def _revision(data: DecisionInput, lang: str) -> str:
    if data.supersedes_revision is None:
        return text("revision.value", lang, revision=data.revision)
    return text("revision.supersedes", lang, revision=data.revision, old=data.supersedes_revision)


def _title(data: DecisionInput, lang: str) -> list[Flowable]:
    st = lay.styles()
    meeting = f"{text('meeting_date', lang)} {format_date(data.meeting_date, lang)}"
    return [
        lay.para(text("decision.title", lang), st.title),
        lay.para(f"{meeting} · {text('revision', lang)} {_revision(data, lang)}", st.subtitle),
        Spacer(1, 10),
    ]


def _case(data: DecisionInput, lang: str) -> list[Flowable]:
    st = lay.styles()
    pairs = [
        (text("patient", lang), data.patient_name or text("not_stated", lang)),
        (text("study_id", lang), data.study_id),
        (text("hospital", lang), data.hospital),
        (text("diagnosis", lang), f"{data.diagnosis_name} ({data.diagnosis_code})"),
        (text("meeting_date", lang), format_date(data.meeting_date, lang)),
        (text("revision", lang), _revision(data, lang)),
    ]
    out: list[Flowable] = [lay.para(text("section.case", lang), st.heading), lay.field_table(pairs)]
    if data.case_summary:
        out += [Spacer(1, 5), lay.para(data.case_summary, st.body)]
    return out


def _percent(value: float | None, lang: str) -> str:
    return "" if value is None else f"{format_number(value, lang, 0)} %"


def _report_row(report: MolecularReportInput, lang: str) -> list[str]:
    tmb = (
        ""
        if report.tmb is None
        else f"{format_number(report.tmb, lang)} {text('mut_per_mb', lang)}"
    )
    msi = term("msi", report.msi_status, lang)
    if report.msi_score is not None:
        msi = f"{msi} ({format_number(report.msi_score, lang)} %)".strip()
    return [
        report.assay,
        report.lab or "",
        "\n".join(v for v in (term("specimen", report.specimen, lang), report.sample_id) if v),
        "" if report.report_date is None else format_date(report.report_date, lang),
        _percent(report.tumour_cell_content, lang),
        tmb,
        msi,
    ]


def _reports(reports: tuple[MolecularReportInput, ...], lang: str) -> list[Flowable]:
    st = lay.styles()
    out: list[Flowable] = [lay.para(text("section.reports", lang), st.heading)]
    if not reports:
        return [*out, lay.para(text("no_reports", lang), st.body)]
    keys = ["assay", "lab", "specimen", "report_date", "tumour_cells", "tmb", "msi"]
    widths = [50, 100, 80, 68, 64, 56, W - 418]  # points; headers fit in both languages
    rows = [_report_row(r, lang) for r in reports]
    return [*out, lay.data_table([text(k, lang) for k in keys], rows, widths)]


def _alteration(finding: FindingInput) -> str:
    if finding.label:
        return finding.label
    if finding.kind == "fusion":
        partner = finding.partner_gene or "?"
        return f"{finding.gene}::{partner}" if finding.protein is None else finding.protein
    return finding.protein or "–"


def _kind(finding: FindingInput, lang: str) -> str:
    """The kind, then the lab's germline/somatic call and an equivocal flag where given."""
    words = [term("kind", finding.kind, lang), term("origin", finding.origin, lang)]
    if finding.equivocal:
        words.append(text("equivocal", lang))
    return ", ".join(w for w in words if w)


def _vaf_cn(finding: FindingInput, lang: str) -> str:
    parts = []
    if finding.vaf is not None:
        parts.append(f"{format_number(100 * finding.vaf, lang)} %")
    if finding.copy_number is not None:
        parts.append(f"CN {format_number(finding.copy_number, lang)}")
    return " / ".join(parts)


def _findings(findings: tuple[FindingInput, ...], lang: str) -> list[Flowable]:
    st = lay.styles()
    out: list[Flowable] = [lay.para(text("section.findings", lang), st.heading)]
    if not findings:
        return [*out, lay.para(text("no_findings", lang), st.body)]
    keys = ["gene", "alteration", "kind", "vaf_cn", "oncogenicity", "escat", "comment"]
    widths = [44, 72, 58, 52, 76, 40, W - 342]
    rows = [
        [
            f.gene,
            _alteration(f),
            _kind(f, lang),
            _vaf_cn(f, lang),
            term("oncogenicity", f.oncogenicity, lang),
            f.escat_tier or "",
            f.comment,
        ]
        for f in findings
    ]
    return [*out, lay.data_table([text(k, lang) for k in keys], rows, widths)]


def _cohorts(data: DecisionInput, lang: str) -> list[Flowable]:
    st = lay.styles()
    out: list[Flowable] = [lay.para(text("section.cohorts", lang), st.heading)]
    if not data.cohorts:
        return [*out, lay.para(text("no_cohorts", lang), st.body)]
    keys = ["cohort", "drug", "status", "reason"]
    rows = [
        [
            c.cohort,
            c.drug,
            f"{text('eligible' if c.eligible else 'not_eligible', lang)}"
            + (f": {term('match', c.status, lang)}" if c.status else ""),
            c.reason,
        ]
        for c in data.cohorts
    ]
    widths = [58, 84, 115, W - 257]
    return [*out, lay.data_table([text(k, lang) for k in keys], rows, widths)]


def _recommendation_pairs(rec: RecommendationInput, lang: str) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    if rec.cohort:
        pairs.append((text("cohort", lang), rec.cohort))
    if rec.drugs:
        pairs.append((text("drugs", lang), ", ".join(rec.drugs)))
    if rec.trial_id:
        pairs.append((text("trial", lang), rec.trial_id))
    if rec.escat_tier:
        pairs.append((text("evidence", lang), rec.escat_tier))
    if rec.use_type:
        pairs.append((text("use_type", lang), term("use_type", rec.use_type, lang)))
    return pairs


def _recommendation(rec: RecommendationInput, lang: str) -> list[Flowable]:
    st = lay.styles()
    out: list[Flowable] = [
        lay.para(text("section.recommendation", lang), st.heading),
        OutcomeBanner(term("outcome", rec.outcome, lang)),
        Spacer(1, 6),
    ]
    pairs = _recommendation_pairs(rec, lang)
    if pairs:
        out += [lay.field_table(pairs), Spacer(1, 6)]
    out += _labelled(text("rationale", lang), rec.rationale)
    if rec.further_tests:
        out += _labelled(
            text("further_tests", lang), "\n".join(f"• {t}" for t in rec.further_tests)
        )
    if rec.follow_up:
        out += _labelled(text("follow_up", lang), rec.follow_up)
    return out


def _labelled(label: str, body: str) -> list[Flowable]:
    st = lay.styles()
    return [lay.para(label, st.lead_in), lay.para(body, st.body), Spacer(1, 5)]


def _attendees(data: DecisionInput, lang: str) -> list[Flowable]:
    st = lay.styles()
    out: list[Flowable] = []
    present = [a for a in data.attendees if a.present]
    if present:
        # One compact line per few people, so the signature area usually fits on page 1.
        names = [
            f"{a.name} ({term('role', a.role, lang)}"
            + (f", {a.organisation})" if a.organisation else ")")
            for a in present
        ]
        out += [
            lay.para(text("section.attendees", lang), st.heading),
            lay.para(" · ".join(names), st.body),
        ]
    rec = data.recommendation
    if rec.catalogue_version or rec.reference_version:
        versions = text(
            "versions",
            lang,
            catalogue=rec.catalogue_version or "–",
            reference=rec.reference_version or "–",
        )
        out += [Spacer(1, 6), lay.para(versions, st.small)]
    return out


class OutcomeBanner(Flowable):  # type: ignore[misc]
    """The recommendation's outcome on a tinted band with an accent bar at its left."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self._para: Paragraph = lay.para(label, lay.styles().outcome)
        self._width = 0.0
        self._height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, h = self._para.wrap(avail_width - 20, avail_height)
        self._width, self._height = avail_width, h + 12
        return avail_width, self._height

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(lay.PANEL_FILL)
        c.rect(0, 0, self._width, self._height, stroke=0, fill=1)
        c.setFillColor(lay.ACCENT)
        c.rect(0, 0, 3.5, self._height, stroke=0, fill=1)
        self._para.drawOn(c, 12, 6)


def keep_with_signatures(ending: list[Flowable]) -> Flowable:
    """A page break before the recommendation when it and the signature area would not both
    fit on this page but do fit on a fresh one (the signatures never stand alone)."""
    needed = sum(f.wrap(W, FRAME_HEIGHT)[1] for f in ending) + g.SIGNATURE_AREA_HEIGHT
    return CondPageBreak(needed if needed <= FRAME_HEIGHT else 0)


class SignatureArea(Flowable):  # type: ignore[misc]
    """Takes the rest of the last page; draws the captions of the signature boxes at its foot.

    It always sits on the frame's bottom edge, so the boxes in `geometry.SIGNATURE_BOXES`
    fall inside it; when less room is left than it needs, it moves to a new page.
    """

    def __init__(self, lang: str, *, signed: bool = True) -> None:
        super().__init__()
        self._lang = lang
        self._signed = signed
        self._height = float(g.SIGNATURE_AREA_HEIGHT)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._height = max(float(g.SIGNATURE_AREA_HEIGHT), avail_height)
        return avail_width, self._height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        c, lang = self.canv, self._lang
        st = lay.styles()
        top = g.MARGIN_BOTTOM + g.SIGNATURE_AREA_HEIGHT  # absolute y of the area's top
        note = lay.para(text("signature_note" if self._signed else "unsigned_note", lang), st.small)
        _, note_h = note.wrap(W, 100)
        heading = lay.para(text("section.signatures", lang), st.heading)
        _, head_h = heading.wrap(W, 100)
        heading.drawOn(c, 0, top - g.MARGIN_BOTTOM - head_h)
        note.drawOn(c, 0, top - g.MARGIN_BOTTOM - head_h - note_h - 2)
        for slot, (x1, y1, x2, y2) in g.SIGNATURE_BOXES.items():
            left, bottom = x1 - g.MARGIN_LEFT, y1 - g.MARGIN_BOTTOM
            c.setStrokeColor(lay.RULE)
            c.setDash(2, 2)
            c.setLineWidth(0.5)
            c.rect(left, bottom, x2 - x1, y2 - y1, stroke=1, fill=0)
            c.setDash()
            c.setFillColor(lay.MUTED)
            c.setFont(lay.FONT, 7.5)
            c.drawString(left, bottom - 10, text(f"slot.{slot}", lang))
