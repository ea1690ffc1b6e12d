-- An authorization request waiting for its login form (oidc/PendingAuthorizations). Kept here, not in the
-- browser, so nothing the form sends back is trusted, and any instance can take the form's POST.
-- browser_hash is SHA-256 of the login cookie the request is bound to (no login CSRF with a request started
-- by someone else); csrf_hash is SHA-256 of the token in the form. A row lives minutes and is used once.
CREATE TABLE pending_authorizations (
    id             uuid PRIMARY KEY,
    browser_hash   bytea         NOT NULL,
    csrf_hash      bytea         NOT NULL,
    client_id      varchar(128)  NOT NULL,
    redirect_uri   text          NOT NULL,
    scope          varchar(1000) NOT NULL,
    state          varchar(500),
    nonce          varchar(500),
    code_challenge varchar(128)  NOT NULL,
    login_hint     varchar(320),
    created_at     timestamptz   NOT NULL,
    expires_at     timestamptz   NOT NULL
);
CREATE INDEX pending_authorizations_expiry_idx ON pending_authorizations (expires_at);
