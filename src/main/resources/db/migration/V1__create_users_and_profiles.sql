-- Users: the email is the login identifier, unique case-insensitively (enforced here, not only in Java).
CREATE TABLE users (
    id             uuid PRIMARY KEY,
    email          varchar(254) NOT NULL,
    username       varchar(150),
    password       varchar(512) NOT NULL,
    first_name     varchar(150) NOT NULL DEFAULT '',
    last_name      varchar(150) NOT NULL DEFAULT '',
    is_active      boolean      NOT NULL DEFAULT true,
    is_staff       boolean      NOT NULL DEFAULT false,
    is_superuser   boolean      NOT NULL DEFAULT false,
    last_login     timestamptz,
    date_joined    timestamptz  NOT NULL DEFAULT now(),
    provisioned_by varchar(64)  NOT NULL DEFAULT 'api'
);
CREATE UNIQUE INDEX users_email_ci_key ON users (lower(email));
CREATE UNIQUE INDEX users_username_ci_key ON users (lower(username)) WHERE username IS NOT NULL;

-- Profiles: one-to-one with users; the primary key is the user's id and the row goes with its user.
CREATE TABLE profiles (
    user_id       uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    date_of_birth date,
    phone_number  varchar(32),
    bio           varchar(2000),
    website       varchar(200),
    attributes    jsonb NOT NULL DEFAULT '{}'::jsonb
);
