"""Stage 1: the witnesses (seeds/) → the Japanese document model."""
