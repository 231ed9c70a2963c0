-- CII Workbench: the roles of a department's shared store on PostgreSQL.
--
-- Run it once, as the user that owns the store (the one that ran `init`, or the server's
-- administrator), in the store's database:
--
--   psql -h SERVER -U OWNER -d DATABASE -f setup-roles.sql
--
-- It makes two group roles, and gives them their rights on the store's tables now and on every
-- table the owner makes later (a newer CII Workbench adds some when it upgrades the store; it
-- also grants them itself whenever the owner opens the store):
--
--   cii_readers  leadership, auditors: browse and export; the program opens the store read-only
--   cii_writers  regulators: read and write; the audit log records each one's own user
--
-- Running it again changes nothing. Each person then gets a login of their own, a member of
-- one group (examples at the end).

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cii_readers') THEN
        CREATE ROLE cii_readers NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cii_writers') THEN
        CREATE ROLE cii_writers NOLOGIN;
    END IF;
END
$$;

GRANT CONNECT ON DATABASE :"DBNAME" TO cii_readers, cii_writers;
GRANT USAGE ON SCHEMA public TO cii_readers, cii_writers;

-- What is there now.
GRANT SELECT ON ALL TABLES IN SCHEMA public TO cii_readers;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO cii_writers;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO cii_writers;

-- What the owner (the user running this) makes later.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO cii_readers;
ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO cii_writers;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO cii_writers;

-- The people: one login each (names as they are to appear in the audit log). A password is
-- set with \password NAME in psql, or the server trusts its own authentication (peer, GSSAPI).
--
--   CREATE ROLE zhang LOGIN IN ROLE cii_writers;
--   CREATE ROLE li LOGIN IN ROLE cii_writers;
--   CREATE ROLE leader LOGIN IN ROLE cii_readers;
--
-- Someone who leaves: REVOKE cii_writers FROM zhang; ALTER ROLE zhang NOLOGIN;
-- (the audit log keeps the name, so the role is not dropped).
