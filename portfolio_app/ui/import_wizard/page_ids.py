"""The Import wizard's page ids, for the pages' nextId() and the wizard alike (no page imports the wizard)."""

SOURCE, FILE, MAPPING, PREVIEW, DONE = range(5)
