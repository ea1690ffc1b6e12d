-- Browser login (OpenID Connect authorization code with PKCE): client types, login sessions, codes.

-- Clients have a type. service: client_credentials with a secret, acting as its own service-account user
-- (every client before this migration). confidential: a web backend with a secret that logs people in.
-- public: an SPA or native app, no secret. Redirect URIs are matched as exact strings.
ALTER TABLE service_clients RENAME TO clients;
ALTER TABLE clients ADD COLUMN client_type varchar(16) NOT NULL DEFAULT 'service'
    CHECK (client_type IN ('service', 'confidential', 'public'));
ALTER TABLE clients ALTER COLUMN secret_hash DROP NOT NULL;
ALTER TABLE clients ALTER COLUMN user_id DROP NOT NULL;
ALTER TABLE clients ADD COLUMN redirect_uris text[] NOT NULL DEFAULT '{}';
ALTER TABLE clients ADD COLUMN post_logout_redirect_uris text[] NOT NULL DEFAULT '{}';
ALTER TABLE clients ADD COLUMN allowed_origins text[] NOT NULL DEFAULT '{}';
ALTER TABLE clients ADD COLUMN grant_types text[] NOT NULL DEFAULT '{client_credentials}';
ALTER TABLE clients ADD CONSTRAINT clients_secret_by_type CHECK ((client_type = 'public') = (secret_hash IS NULL));
ALTER TABLE clients ADD CONSTRAINT clients_account_by_type CHECK ((client_type = 'service') = (user_id IS NOT NULL));

-- The SPA client that gatehouse.token.public-clients configured until now. Its redirect URIs, origins and
-- whether it keeps the legacy password grant come from gatehouse.clients.web.* at start-up when set.
INSERT INTO clients (id, client_id, name, client_type, grant_types, created_at)
VALUES ('0190f6a0-0000-7000-8000-000000000001', 'gatehouse-web', 'Gatehouse web', 'public',
        '{authorization_code,refresh_token}', now());

-- A login session (single sign-on) of the hosted login page. The cookie holds a random secret, stored here
-- only as its SHA-256; id is the public name (the sid claim, the sessions API).
CREATE TABLE login_sessions (
    id             uuid PRIMARY KEY,
    secret_hash    bytea        NOT NULL UNIQUE,
    user_id        uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    auth_backend   varchar(64)  NOT NULL,
    amr            varchar(200) NOT NULL,
    auth_time      timestamptz  NOT NULL,
    created_at     timestamptz  NOT NULL,
    last_seen_at   timestamptz  NOT NULL,
    expires_at     timestamptz  NOT NULL,
    ended_at       timestamptz,
    user_agent     varchar(300),
    client_address varchar(64)
);
CREATE INDEX login_sessions_user_idx ON login_sessions (user_id);

-- Authorization codes: stored as SHA-256, single-use, bound to everything the token request must repeat.
-- family_id is the refresh family the redemption started, revoked when the code is presented again.
CREATE TABLE authorization_codes (
    code_hash      bytea PRIMARY KEY,
    client_id      varchar(128)  NOT NULL,
    redirect_uri   text          NOT NULL,
    user_id        uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    session_id     uuid          NOT NULL REFERENCES login_sessions (id) ON DELETE CASCADE,
    scope          varchar(1000) NOT NULL,
    nonce          varchar(500),
    code_challenge varchar(128),
    created_at     timestamptz   NOT NULL,
    expires_at     timestamptz   NOT NULL,
    redeemed_at    timestamptz,
    family_id      uuid
);
CREATE INDEX authorization_codes_expiry_idx ON authorization_codes (expires_at);

-- Refresh tokens of a browser login end with its session.
ALTER TABLE refresh_families ADD COLUMN session_id uuid REFERENCES login_sessions (id) ON DELETE SET NULL;
CREATE INDEX refresh_families_session_idx ON refresh_families (session_id);
