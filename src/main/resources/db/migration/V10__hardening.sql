-- Failed-login counters, shared by every instance so N instances enforce one limit. One row per
-- account identifier or client address; the key is a SHA-256 of it, so a password typed into the
-- username field never lands in the table. Written with INSERT ... ON CONFLICT DO UPDATE, so
-- concurrent failures on several instances all count.
CREATE TABLE login_throttle (
    throttle_key bytea       PRIMARY KEY,
    failures     integer     NOT NULL,
    last_failure timestamptz NOT NULL
);
CREATE INDEX login_throttle_last_failure_idx ON login_throttle (last_failure);

-- The audit trail. No foreign key on user_id or actor_id: events outlive the users they name
-- (a deletion is itself an event). The id orders events for keyset pagination.
CREATE TABLE audit_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    type        varchar(64) NOT NULL,
    user_id     uuid,
    actor_id    uuid,
    client_ip   varchar(64),
    detail      jsonb       NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_events_occurred_at_idx ON audit_events (occurred_at);
CREATE INDEX audit_events_user_idx ON audit_events (user_id, id);
CREATE INDEX audit_events_type_idx ON audit_events (type, id);
