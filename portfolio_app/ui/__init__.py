"""The Qt user interface. Talks to services only: no SQL, no sessions, no PDF layout here."""
