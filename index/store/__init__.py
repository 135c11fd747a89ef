"""The Whoosh index on disk: schema, build and update, generations, status. All Whoosh here."""
