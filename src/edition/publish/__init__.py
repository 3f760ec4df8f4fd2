"""Stage 5: the generated files into docs/ and MkDocs (plugin), and what follows a build
(per-language search indexes, the offline archive, the URL manifest)."""
