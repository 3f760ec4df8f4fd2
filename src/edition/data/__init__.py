"""Stage 2: the data files (data/) → validated records, checked against the document model."""
