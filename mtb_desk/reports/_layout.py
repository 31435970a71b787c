"""ReportLab building blocks shared by the decision and minutes PDFs.

Fonts are the Bitstream Vera TrueType files shipped inside the reportlab package, embedded
(subset) in every PDF, so Norwegian letters print on any machine. Pages carry a header with
the board's name and a footer with the document id and "page x of y"; the total is known
only at the end, so `_NumberedCanvas` keeps each page's state and draws the footers on save.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from mtb_desk.reports import geometry as g

FONT = "MTBSans"
FONT_BOLD = "MTBSans-Bold"
INK = colors.HexColor("#1B2430")
ACCENT = colors.HexColor("#1F3A5F")
MUTED = colors.HexColor("#5B6573")
RULE = colors.HexColor("#A9B4C2")
HEADER_FILL = colors.HexColor("#E6ECF3")
PANEL_FILL = colors.HexColor("#F4F7FA")


@cache
def register_fonts() -> None:
    """Register the embedded font family once per process."""
    folder = Path(reportlab.__file__).parent / "fonts"
    faces = {FONT: "Vera.ttf", FONT_BOLD: "VeraBd.ttf"}
    faces |= {f"{FONT}-Italic": "VeraIt.ttf", f"{FONT}-BoldItalic": "VeraBI.ttf"}
    for name, filename in faces.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=f"{FONT}-Italic", boldItalic=f"{FONT}-BoldItalic"
    )


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    lead_in: ParagraphStyle
    label: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    outcome: ParagraphStyle
    right: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=FONT, bulletFontName=FONT, fontSize=9.5, leading=13, textColor=INK
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=8.2, leading=10.2)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=MUTED),
        cell=cell,
        cell_head=ParagraphStyle(
            "cell_head", parent=cell, fontName=FONT_BOLD, fontSize=8, textColor=ACCENT
        ),
        lead_in=ParagraphStyle(
            "lead_in",
            parent=cell,
            fontName=FONT_BOLD,
            textColor=ACCENT,
            keepWithNext=True,
            spaceBefore=2,
        ),
        label=ParagraphStyle("label", parent=cell, textColor=MUTED),
        title=ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=16, leading=20, textColor=ACCENT
        ),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=10, textColor=MUTED),
        heading=_heading(body),
        outcome=ParagraphStyle(
            "outcome", parent=body, fontName=FONT_BOLD, fontSize=12, leading=15, textColor=ACCENT
        ),
        right=ParagraphStyle("right", parent=cell, alignment=TA_RIGHT),
    )


def _heading(body: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(
        "heading", parent=body, fontName=FONT_BOLD, fontSize=11, leading=14, textColor=ACCENT,
        spaceBefore=12, spaceAfter=5, keepWithNext=True,
    )  # fmt: skip


def para(value: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: markup characters are escaped, newlines kept."""
    shown = escape(str(value)).replace("\n", "<br/>")
    return Paragraph(shown, style)


def break_at_hyphens(value: str, width: float, style: ParagraphStyle) -> str:
    """Put line breaks after hyphens in words too wide for `width` points, so a long code
    ("MSI-HIGH-ATEZOLIZUMAB") wraps as MSI-HIGH- / ATEZOLIZUMAB, never mid-word."""

    def fits(text: str) -> bool:
        return bool(pdfmetrics.stringWidth(text, style.fontName, style.fontSize) <= width)

    out = []
    for word in value.split(" "):
        if "-" not in word or fits(word):
            out.append(word)
            continue
        lines = [""]
        for piece in re.split(r"(?<=-)", word):
            if lines[-1] and not fits(lines[-1] + piece):
                lines.append("")
            lines[-1] += piece
        out.append("\n".join(lines))
    return " ".join(out)


CELL_PADDING = 8  # left + right padding of a table cell, points


def data_table(
    header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float]
) -> Table:
    """A table with a tinted header row, a light grid and wrapping cells (long hyphenated
    codes wrap at their hyphens)."""
    st = styles()
    data = [[para(h, st.cell_head) for h in header]]
    data += [
        [
            para(break_at_hyphens("" if v is None else str(v), w - CELL_PADDING, st.cell), st.cell)
            for v, w in zip(row, widths, strict=False)
        ]
        for row in rows
    ]
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def field_table(pairs: Sequence[tuple[str, str]], *, columns: int = 2) -> Table:
    """Label/value pairs laid out in `columns` column pairs, without a grid."""
    st = styles()
    cells = [(para(label, st.label), para(value, st.cell)) for label, value in pairs]
    rows: list[list[Paragraph | str]] = []
    for start in range(0, len(cells), columns):
        row: list[Paragraph | str] = []
        for label_cell, value_cell in cells[start : start + columns]:
            row += [label_cell, value_cell]
        row += [""] * (2 * columns - len(row))
        rows.append(row)
    label_w = 0.17 * g.FRAME_WIDTH
    value_w = g.FRAME_WIDTH / columns - label_w
    table = Table(rows, colWidths=[label_w, value_w] * columns, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
            ]
        )
    )
    return table


@dataclass(frozen=True)
class PageDecor:
    """What the header and footer of every page show."""

    board_name: str
    document_title: str
    footer_left: str
    page_label: Callable[[int, int], str]  # (page, pages) -> "Page 1 of 2"


def _draw_decor(canvas: Canvas, decor: PageDecor, page: int, pages: int) -> None:
    canvas.saveState()
    top = g.PAGE_HEIGHT - 44
    left, right = g.MARGIN_LEFT, g.PAGE_WIDTH - g.MARGIN_RIGHT
    canvas.setFillColor(ACCENT)
    canvas.setFont(FONT_BOLD, 11)
    canvas.drawString(left, top, decor.board_name)
    room = right - left - canvas.stringWidth(decor.board_name, FONT_BOLD, 11) - 16
    canvas.setFillColor(MUTED)
    for size in (8.5, 7.5):  # the title is repeated in the body: leave it out if no room
        if canvas.stringWidth(decor.document_title, FONT, size) <= room:
            canvas.setFont(FONT, size)
            canvas.drawRightString(right, top, decor.document_title)
            break
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1.2)
    canvas.line(left, top - 9, right, top - 9)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, 48, right, 48)
    canvas.setFont(FONT, 7.5)
    canvas.drawString(left, 37, decor.footer_left)
    canvas.drawRightString(right, 37, decor.page_label(page, pages))
    canvas.restoreState()


def _canvas_class(decor: PageDecor) -> type[Canvas]:
    class _NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = FONT  # else an unused Helvetica is listed
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _draw_decor(self, decor, number, total)
                super().showPage()
            super().save()

    return _NumberedCanvas


def render(
    story: list[Flowable], decor: PageDecor, *, title: str, subject: str, keywords: str = ""
) -> bytes:
    """Lay `story` out on A4 pages with the header and footer and return the PDF bytes."""
    register_fonts()
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=(g.PAGE_WIDTH, g.PAGE_HEIGHT),
        leftMargin=g.MARGIN_LEFT,
        rightMargin=g.MARGIN_RIGHT,
        topMargin=g.MARGIN_TOP,
        bottomMargin=g.MARGIN_BOTTOM,
        title=title,
        subject=subject,
        author=decor.board_name,
        creator="MTB Desk",
        keywords=keywords,
        invariant=False,
    )
    frame = Frame(
        g.MARGIN_LEFT,
        g.MARGIN_BOTTOM,
        g.FRAME_WIDTH,
        g.PAGE_HEIGHT - g.MARGIN_TOP - g.MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=_canvas_class(decor))
    return out.getvalue()
