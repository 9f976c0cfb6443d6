"""Figures over many records: `figures` counts, `tables` draws them for a
terminal (rich), `report` writes a self-contained HTML page."""
