"""Checks of the edition's output used by the tests (no pipeline imports)."""
