"""Use cases: each call checks the actor's permission, runs in one transaction, writes the
audit trail and returns frozen read models (DESIGN.md)."""
