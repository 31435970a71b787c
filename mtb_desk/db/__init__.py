"""Persistence: SQLAlchemy models, opening a database, units of work."""
