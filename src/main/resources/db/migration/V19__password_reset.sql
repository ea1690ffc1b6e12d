-- Issue 15, item 3: password reset.

-- Every reset request writes one row, for a known email or not, so both cost the same database work and the
-- throttles can count them: per account (email_key) and per client network. A row with a token_hash is a mailed
-- link: only the SHA-256 of its token is stored, and the SHA-256 of the password hash it was issued against, so a
-- password change (by any path) voids it.
create table password_resets (
    id                   uuid primary key,
    user_id              uuid references users (id) on delete cascade, -- null when no user has the email
    email_key            text        not null,                          -- user.Emails.key of the requested email
    client_network       text,                                          -- the address or IPv6 /64 that asked
    token_hash           bytea unique,                                  -- null when no link was mailed
    password_fingerprint bytea,
    created_at           timestamptz not null,
    expires_at           timestamptz not null,
    used_at              timestamptz
);
create index password_resets_email on password_resets (email_key, created_at);
create index password_resets_network on password_resets (client_network, created_at);
create index password_resets_user on password_resets (user_id) where used_at is null;
