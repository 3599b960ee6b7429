"""Use cases the GUI and the CLI share. No Qt here; each write is one transaction."""
