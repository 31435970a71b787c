"""Reading files as text and as simple tables, with errors that name file, line and field."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mtb_desk.errors import ImportFileError
from mtb_desk.i18n.phrases import Listing, phrase
from mtb_desk.importers.bounded import read_all
from mtb_desk.importers.bounded import read_head as bounded_head

HEAD_BYTES = 65536


def read_bytes(path: Path) -> bytes:
    """The whole file, decompressed when it is gzip or bgzip (a capped stream: `bounded`)."""
    return read_all(path)


def read_head(path: Path, size: int = HEAD_BYTES) -> tuple[bytes, bool]:
    """The first `size` bytes (decompressed) and whether the file is gzipped; anything but a
    regular file is refused at once."""
    return bounded_head(path, size)


def decode(path: Path, data: bytes, encoding: str = "utf-8") -> str:
    """Decode strictly; a UTF-8 (or UTF-16) byte-order mark is accepted and dropped."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFileError(
            str(path), phrase("import.bad-encoding", encoding=encoding, byte=exc.start), line=line
        ) from exc
    except LookupError as exc:
        raise ImportFileError(
            str(path), phrase("import.unknown-encoding", encoding=encoding)
        ) from exc
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ImportFileError(str(path), phrase("import.nul-bytes"), line=line)
    return text.lstrip("\ufeff")


def read_text(path: Path, encoding: str = "utf-8") -> str:
    return decode(path, read_bytes(path), encoding)


@dataclass(frozen=True, slots=True)
class Table:
    """A delimited table: header cells and (1-based line number, cells) rows."""

    path: Path
    header: tuple[str, ...]
    header_line: int
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    comments: tuple[str, ...]

    def column(self, *names: str) -> int | None:
        """Index of the first header matching one of `names` (case-insensitive)."""
        folded = [cell.lower() for cell in self.header]
        for name in names:
            if name.lower() in folded:
                return folded.index(name.lower())
        return None

    def require(self, *names: str) -> int:
        index = self.column(*names)
        if index is None:
            raise ImportFileError(
                str(self.path),
                phrase("import.missing-column", names=Listing(tuple(repr(n) for n in names), "or")),
                line=self.header_line,
                field=names[0],
            )
        return index


def parse_table(path: Path, text: str, *, delimiter: str = "\t") -> Table:
    """Split text into a table. `#` lines before and inside the body are comments;
    blank (or all-empty) rows are skipped; short rows are padded; extra non-empty cells fail."""
    header: tuple[str, ...] | None = None
    header_line = 0
    rows: list[tuple[int, tuple[str, ...]]] = []
    comments: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("#"):
            comments.append(line)
            continue
        cells = tuple(cell.strip() for cell in line.split(delimiter))
        if not any(cells):
            continue
        if header is None:
            header, header_line = tuple(c.strip('"') for c in cells), number
            continue
        rows.append((number, _fit(path, number, cells, len(header))))
    if header is None:
        raise ImportFileError(str(path), phrase("import.empty-no-header"), line=1)
    if rows and not text.endswith(("\n", "\r")):
        _check_complete(path, text, rows[-1][0], header, delimiter)
    return Table(path, header, header_line, tuple(rows), tuple(comments))


def _check_complete(
    path: Path, text: str, number: int, header: tuple[str, ...], delimiter: str
) -> None:
    """A file that stops without a line break inside a short last row was cut off."""
    last = text.splitlines()[number - 1]
    width = last.count(delimiter) + 1
    if width < len(header) and text.rstrip(delimiter + " ").endswith(last.rstrip(delimiter + " ")):
        raise ImportFileError(
            str(path),
            phrase("import.last-row-incomplete"),
            line=number,
            field=header[width],
        )


def _fit(path: Path, number: int, cells: tuple[str, ...], width: int) -> tuple[str, ...]:
    if len(cells) < width:
        return cells + ("",) * (width - len(cells))
    if len(cells) > width:
        if any(cells[width:]):
            raise ImportFileError(
                str(path),
                phrase("import.row-cells", cells=len(cells), header=width),
                line=number,
            )
        return cells[:width]
    return cells
