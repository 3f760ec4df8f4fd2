"""The edition's pipeline: seeds → document model → Edition → renderers → MkDocs (README, "The pipeline")."""
