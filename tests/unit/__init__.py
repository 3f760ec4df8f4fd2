"""Unit tests: fast, in-process, on small synthetic input (one file per module of src/edition).

A package, so that its modules (``unit.test_citation``) do not clash with the integration
tests of the same name in tests/.
"""
