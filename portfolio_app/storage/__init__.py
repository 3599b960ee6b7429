"""The database: tables, engine, migrations, backups. The only place, with services, that speaks SQL."""
