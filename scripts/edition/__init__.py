"""The edition pipeline: seeds → parse → document model → render (ja, en) → MkDocs."""
