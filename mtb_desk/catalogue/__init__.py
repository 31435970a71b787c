"""The trial's drug catalogue: drugs, cohorts and supply agreements, validated before use."""
