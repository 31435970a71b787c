"""The `[Section]` structure of a TSO500 CombinedVariantOutput.tsv: rows, key/value sections and
tables (a header row then rows, or one `NA` row when empty). Shared by the v1 and v2 readers."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from mtb_desk.errors import ImportFileError
from mtb_desk.i18n.phrases import phrase


@dataclass(frozen=True, slots=True)
class Row:
    line: int
    cells: tuple[str, ...]
    width: int = 0  # cells on the line before trailing empty ones were dropped
    last: bool = False  # the last non-blank line of the file

    def get(self, index: int | None) -> str:
        return self.cells[index] if index is not None and index < len(self.cells) else ""


@dataclass(slots=True)
class Section:
    name: str
    line: int
    rows: list[Row]


def split_sections(path: Path, text: str) -> dict[str, Section]:
    sections: dict[str, Section] = {}
    current: Section | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        cells = tuple(cell.strip() for cell in raw.split("\t"))
        while cells and not cells[-1]:
            cells = cells[:-1]
        if not cells:
            continue
        if cells[0].startswith("[") and cells[0].endswith("]") and len(cells) == 1:
            current = Section(cells[0][1:-1].strip(), number, [])
            if current.name in sections:
                raise ImportFileError(
                    str(path), phrase("import.section-twice", section=current.name), line=number
                )
            sections[current.name] = current
        elif current is not None:
            current.rows.append(Row(number, cells, raw.count("\t") + 1))
    if current is not None and current.rows:
        current.rows[-1] = replace(current.rows[-1], last=True)
    if "Analysis Details" not in sections:
        raise ImportFileError(
            str(path),
            phrase("import.no-analysis-details"),
            line=1,
        )
    return sections


def key_values(section: Section | None) -> dict[str, tuple[str, int]]:
    if section is None:
        return {}
    return {row.cells[0]: (row.get(1), row.line) for row in section.rows if row.cells[0] != "NA"}


def table(path: Path, section: Section | None) -> tuple[dict[str, int], list[Row]]:
    """Header index by column name and the data rows; an `NA` row means an empty table."""
    if section is None:
        return {}, []
    if not section.rows:
        raise ImportFileError(
            str(path), phrase("import.section-no-header", section=section.name), line=section.line
        )
    header = {name: index for index, name in enumerate(section.rows[0].cells)}
    rows = [row for row in section.rows[1:] if not (row.cells[0] == "NA" and len(row.cells) == 1)]
    for row in rows:
        if len(row.cells) > len(header):
            raise ImportFileError(
                str(path), phrase("import.section-wide-row", section=section.name), line=row.line
            )
        if row.last and row.width < len(header):
            missing = section.rows[0].cells[row.width]
            raise ImportFileError(
                str(path),
                phrase("import.last-row-incomplete"),
                line=row.line,
                field=missing,
            )
    return header, rows
