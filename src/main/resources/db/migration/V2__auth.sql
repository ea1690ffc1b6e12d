-- Refresh tokens: opaque values stored only as their SHA-256 hash. Every rotation adds a row to the same
-- family; presenting a rotated row again is reuse (a stolen token) and revokes the whole family.
CREATE TABLE refresh_tokens (
    id           uuid PRIMARY KEY,
    token_hash   bytea        NOT NULL UNIQUE,
    family_id    uuid         NOT NULL,
    user_id      uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id    varchar(128),
    scope        varchar(1000) NOT NULL DEFAULT '',
    auth_backend varchar(64)  NOT NULL,
    issued_at    timestamptz  NOT NULL,
    expires_at   timestamptz  NOT NULL,
    rotated_at   timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);

-- Service clients: the secret is 256 random bits, stored as its SHA-256 hash. Each client acts as its
-- own service-account user, which goes (and takes the client with it) when the user is deleted.
CREATE TABLE service_clients (
    id          uuid PRIMARY KEY,
    client_id   varchar(128) NOT NULL UNIQUE,
    name        varchar(200) NOT NULL,
    secret_hash bytea        NOT NULL,
    user_id     uuid         NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    created_at  timestamptz  NOT NULL
);
