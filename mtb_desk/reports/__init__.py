"""Records → PDF bytes and spreadsheets; PAdES signing and verification.

Nothing is imported here: `records`, `i18n`, `geometry`, `errors`, `signing` and
`verification` load quickly (cryptography/pyHanko load inside their functions), while
`decision_pdf`, `minutes_pdf` (ReportLab, ~0.1 s) and `decisions_table` (pandas, inside the
function) are best imported where they are used.
"""
