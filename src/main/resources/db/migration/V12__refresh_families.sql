-- One row per refresh-token family (one login and its rotations). Rotation and revocation lock this
-- row first (SELECT ... FOR UPDATE), so a revocation cannot miss a successor a concurrent rotation is
-- inserting; expires_at is the family's absolute end, which rotation never moves.
CREATE TABLE refresh_families (
    id         uuid PRIMARY KEY,
    user_id    uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id  varchar(128),
    created_at timestamptz  NOT NULL,
    expires_at timestamptz  NOT NULL,
    revoked_at timestamptz
);
CREATE INDEX refresh_families_user_idx ON refresh_families (user_id);
CREATE INDEX refresh_families_client_idx ON refresh_families (client_id);

-- Families of tokens issued before this migration: they end 30 days (the default
-- gatehouse.token.refresh-max-lifetime) after their first token, and are revoked when their last one is.
INSERT INTO refresh_families (id, user_id, client_id, created_at, expires_at, revoked_at)
SELECT family_id, min(user_id::text)::uuid, min(client_id), min(issued_at), min(issued_at) + interval '30 days',
       CASE WHEN bool_and(revoked_at IS NOT NULL) THEN max(revoked_at) END
FROM refresh_tokens GROUP BY family_id;

ALTER TABLE refresh_tokens ADD CONSTRAINT refresh_tokens_family_fk
    FOREIGN KEY (family_id) REFERENCES refresh_families (id) ON DELETE CASCADE;
