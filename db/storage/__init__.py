"""The project file and the one connection to it: opening, locking, schema, the store and
its errors."""
