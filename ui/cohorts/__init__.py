"""Cohorts and the drug catalogue: enrolments, outcomes, the two-stage rule."""
