"""Meetings: list, agenda, attendance, live minutes, and the presentation mode."""
