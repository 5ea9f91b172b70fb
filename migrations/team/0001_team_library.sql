-- team 0001: the newsroom's shared library, on its PostgreSQL server.
--
-- Desks connect to PostgreSQL directly: there is no server process of
-- Attaché's own, so the newsroom backs this database up, replicates it and
-- manages its users as it does its others. Everything lives in the schema
-- `attache`. Each editor is a PostgreSQL role; `team_member` says which
-- roles (or groups of roles) belong to which team library, and row-level
-- security keeps every other role out of its rows.
--
-- `team_row` holds each shared row merged from every desk's changes, field
-- by field (the later change wins); `seq` says when a row last changed, so a
-- desk pulls what changed after the last row it applied. `team_change` is
-- the log of every change pushed, with its editor: a change is applied once
-- per (desk, desk_seq), however often a desk retries its push.

CREATE SCHEMA attache;

CREATE TABLE attache.team_library (
    id          text PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE attache.team_member (
    library_id  text NOT NULL REFERENCES attache.team_library (id) ON DELETE CASCADE,
    role        text NOT NULL,
    PRIMARY KEY (library_id, role)
);

CREATE SEQUENCE attache.team_seq;

CREATE TABLE attache.team_row (
    library_id  text NOT NULL REFERENCES attache.team_library (id) ON DELETE CASCADE,
    tbl         text NOT NULL,
    uid         text NOT NULL,
    -- {column: {value, clock, desk, author}}
    fields      jsonb NOT NULL,
    -- The latest deletion, stamped the same way, or NULL.
    deleted     jsonb,
    seq         bigint NOT NULL,
    PRIMARY KEY (library_id, tbl, uid)
);
CREATE INDEX team_row_seq ON attache.team_row (library_id, seq);

CREATE TABLE attache.team_change (
    library_id  text NOT NULL REFERENCES attache.team_library (id) ON DELETE CASCADE,
    desk        text NOT NULL,
    desk_seq    bigint NOT NULL,
    tbl         text NOT NULL,
    uid         text NOT NULL,
    author      text NOT NULL,
    at          timestamptz NOT NULL DEFAULT now(),
    -- The change as the desk sent it.
    change      jsonb NOT NULL,
    PRIMARY KEY (library_id, desk, desk_seq)
);

CREATE TABLE attache.team_desk (
    library_id  text NOT NULL REFERENCES attache.team_library (id) ON DELETE CASCADE,
    desk        text NOT NULL,
    role        text NOT NULL DEFAULT current_user,
    joined_at   timestamptz NOT NULL DEFAULT now(),
    last_sync   timestamptz,
    PRIMARY KEY (library_id, desk)
);

-- Whether the current role belongs to a team library, directly or through
-- a group. Roles are looked up by oid, so a member role dropped since
-- counts as no one rather than failing every query.
CREATE FUNCTION attache.is_member(library text) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
    SELECT EXISTS (
        SELECT 1 FROM attache.team_member m JOIN pg_roles r ON r.rolname = m.role
        WHERE m.library_id = library AND pg_has_role(current_user, r.oid, 'MEMBER')
    )
$$;

ALTER TABLE attache.team_member ENABLE ROW LEVEL SECURITY;
ALTER TABLE attache.team_library ENABLE ROW LEVEL SECURITY;
ALTER TABLE attache.team_row ENABLE ROW LEVEL SECURITY;
ALTER TABLE attache.team_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE attache.team_desk ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON attache.team_member
    USING (EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = role AND pg_has_role(current_user, r.oid, 'MEMBER')));
CREATE POLICY member ON attache.team_library USING (attache.is_member(id));
CREATE POLICY member ON attache.team_row USING (attache.is_member(library_id)) WITH CHECK (attache.is_member(library_id));
CREATE POLICY member ON attache.team_change USING (attache.is_member(library_id)) WITH CHECK (attache.is_member(library_id));
CREATE POLICY member ON attache.team_desk USING (attache.is_member(library_id)) WITH CHECK (attache.is_member(library_id));

-- How many of these files the server has had applied.
CREATE TABLE attache.team_schema (version integer NOT NULL);
