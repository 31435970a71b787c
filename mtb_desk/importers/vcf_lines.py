"""One VCF data line parsed in plain Python: the fast reader's fallback `RecordView`."""

from __future__ import annotations

from pathlib import Path

from mtb_desk.errors import ImportFileError
from mtb_desk.i18n.phrases import phrase


class LineRecord:
    __slots__ = ("alts", "chrom", "filter", "line", "pos", "ref", "_format", "_info")

    def __init__(self, line: int, fields: list[str], sample: int | None) -> None:
        self.line = line
        self.chrom, self.pos, _, self.ref, alt, _, self.filter, info = fields[:8]
        self.alts = alt.split(",")
        self._info: dict[str, str] = {}
        if info != ".":
            for item in info.split(";"):
                key, _, value = item.partition("=")
                self._info[key] = value
        self._format: dict[str, str] = {}
        if sample is not None and len(fields) > 9 + sample:
            keys = fields[8].split(":")
            self._format = dict(zip(keys, fields[9 + sample].split(":"), strict=False))

    @classmethod
    def parse(
        cls, path: Path, raw: bytes, line: int, columns: int, sample: int | None
    ) -> LineRecord:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ImportFileError(str(path), phrase("import.line-not-utf8"), line=line) from None
        fields = text.split("\t")
        if len(fields) != columns:
            names = ["#CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO", "FORMAT"]
            where = names[len(fields)] if len(fields) < len(names) else "sample"
            raise ImportFileError(
                str(path),
                phrase("import.tab-columns", columns=columns, found=len(fields)),
                line=line,
                field=where,
            )
        return cls(line, fields, sample)

    def info(self, key: str) -> str | None:
        return self._info.get(key)

    def fmt(self, key: str) -> list[str] | None:
        value = self._format.get(key)
        return None if value is None else value.split(",")
