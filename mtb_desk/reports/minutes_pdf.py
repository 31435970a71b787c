"""The minutes of a board meeting: who attended, and what was decided or deferred per case.

Minutes name cases by study id, hospital and diagnosis only: patient names stay in the
decision PDFs, which go to the referring clinician alone.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from mtb_desk.reports import _layout as lay
from mtb_desk.reports import geometry as g
from mtb_desk.reports.i18n import format_date, term, text
from mtb_desk.reports.records import AgendaCaseInput, MinutesInput

W = g.FRAME_WIDTH


def build_minutes_pdf(data: MinutesInput, lang: str = "en") -> bytes:
    """Render the minutes of the meeting in `data` in English ("en") or bokmål ("nb")."""
    story: list[Flowable] = []
    story += _title(data, lang)
    story += _attendees(data, lang)
    story.append(lay.para(text("section.agenda", lang), lay.styles().heading))
    if not data.cases:
        story.append(lay.para(text("no_cases", lang), lay.styles().body))
    for case in data.cases:
        story += _case(case, lang)
    if data.notes:
        story += [lay.para(text("notes", lang), lay.styles().heading)]
        story += [lay.para(data.notes, lay.styles().body)]
    date = format_date(data.meeting_date, lang)
    decor = lay.PageDecor(
        board_name=data.board_name,
        document_title=f"{text('minutes.title', lang)} {date}",
        footer_left=f"{text('document_id', lang)} {data.document_id}",
        page_label=lambda page, pages: text("page", lang, page=page, pages=pages),
    )
    title = f"{text('minutes.title', lang)} {date}"
    return lay.render(
        story, decor, title=title, subject=data.document_id, keywords=data.audit_anchor
    )


def _title(data: MinutesInput, lang: str) -> list[Flowable]:
    st = lay.styles()
    date = format_date(data.meeting_date, lang)
    pairs = [
        (text("meeting_date", lang), date),
        (text("chair", lang), data.chair),
        (text("location", lang), data.location or text("not_stated", lang)),
        (text("secretary", lang), data.secretary or text("not_stated", lang)),
    ]
    return [
        lay.para(f"{text('minutes.title', lang)} – {data.title}", st.title),
        lay.para(f"{date} · {text('cases_count', lang, n=len(data.cases))}", st.subtitle),
        Spacer(1, 10),
        lay.field_table(pairs),
    ]


def _attendees(data: MinutesInput, lang: str) -> list[Flowable]:
    if not data.attendees:
        return []
    st = lay.styles()
    heads = [text(k, lang) for k in ("name", "role", "organisation", "presence")]
    rows = [
        [
            a.name,
            term("role", a.role, lang),
            a.organisation,
            text("present" if a.present else "absent", lang),
        ]
        for a in data.attendees
    ]
    return [
        lay.para(text("section.attendees", lang), st.heading),
        lay.data_table(heads, rows, [150, 95, W - 325, 80]),
    ]


def _decision_text(case: AgendaCaseInput, lang: str) -> str:
    parts = [term("outcome", case.outcome, lang)] if case.outcome else []
    if case.cohort:
        parts.append(f"{text('cohort', lang)} {case.cohort}")
    if case.drugs:
        parts.append(", ".join(case.drugs))
    if case.trial_id:
        parts.append(case.trial_id)
    return " · ".join(parts)


def _case_rows(case: AgendaCaseInput, lang: str) -> list[tuple[str, str]]:
    rows = [(text("summary", lang), case.summary)] if case.summary else []
    if case.status == "deferred":
        reason = case.deferral_reason or text("not_stated", lang)
        deferred = term("agenda", "deferred", lang).capitalize()
        rows.append((text("decision", lang), f"{deferred}: {reason}"))
        return rows
    if case.status == "pending":
        rows.append((text("decision", lang), term("agenda", "pending", lang).capitalize()))
        return rows
    decided = _decision_text(case, lang)
    if case.decision:
        decided = f"{decided}\n{case.decision}" if decided else case.decision
    rows.append((text("decision", lang), decided or text("not_stated", lang)))
    if case.further_tests:
        rows.append((text("further_tests", lang), ", ".join(case.further_tests)))
    return rows


def _case(case: AgendaCaseInput, lang: str) -> list[Flowable]:
    st = lay.styles()
    diagnosis = f"{case.diagnosis_name} ({case.diagnosis_code})" if case.diagnosis_code else ""
    head = " · ".join(
        v for v in (text("case_no", lang, n=case.position), case.study_id, case.hospital) if v
    )
    title = f"<b>{escape(head)}</b>"
    if diagnosis:
        muted = "#" + lay.MUTED.hexval()[2:]
        title += f"   <font name='{lay.FONT}' color='{muted}'>{escape(diagnosis)}</font>"
    rows: list[list[object]] = [[Paragraph(title, st.cell_head), ""]]
    for label, value in _case_rows(case, lang):
        rows.append([lay.para(label, st.label), lay.para(value, st.cell)])
    table = Table(rows, colWidths=[0.2 * W, 0.8 * W], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (1, 0)),
                ("BACKGROUND", (0, 0), (-1, 0), lay.PANEL_FILL),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, lay.ACCENT),
                ("LINEBELOW", (0, -1), (-1, -1), 0.4, lay.RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), lay.FONT),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [KeepTogether([table]), Spacer(1, 8)]
