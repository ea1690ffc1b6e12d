-- The identity a backend knows a user by (the LDAP entry's uid or entryUUID), so that a renamed email
-- in the directory updates the local user instead of creating a second one.
ALTER TABLE users ADD COLUMN external_id varchar(512);
CREATE UNIQUE INDEX users_external_id_key ON users (provisioned_by, external_id) WHERE external_id IS NOT NULL;
