"""Developer commands that build resources (translations, icon sizes); not loaded by the app."""
