"""The document model: plain values shared by every stage (no I/O)."""
