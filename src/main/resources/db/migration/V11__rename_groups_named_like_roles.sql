-- A group may no longer be named like a role of the tokens' groups claim (staff, superuser): the claim lists
-- group names and roles together, so each member of a group named "superuser" was a superuser to every service
-- trusting @RolesAllowed("superuser"). Existing such groups keep their id, members and permissions and get the
-- first free name of <name>-group, <name>-group-2, ... The comparison matches RoleNames.isReserved: Unicode
-- compatibility forms (NFKC, which also maps the long s and the Kelvin sign to ASCII), case and surrounding
-- spaces are ignored. normalize() needs PostgreSQL 13 and a UTF8 database.
--
-- Each rename is logged with RAISE NOTICE, which Flyway writes to the service's log as "DB: ..." at INFO: a SQL
-- migration keeps the rename in one transaction with the schema history row, and unlike a Java migration it
-- needs no class registered for reflection in the native image.
DO $$
DECLARE
    g         record;
    candidate text;
    n         integer;
BEGIN
    FOR g IN SELECT id, name FROM auth_group
             WHERE lower(btrim(normalize(name, NFKC))) IN ('staff', 'superuser')
             ORDER BY id
    LOOP
        candidate := g.name || '-group';
        n := 1;
        WHILE EXISTS (SELECT 1 FROM auth_group WHERE name = candidate) LOOP
            n := n + 1;
            candidate := g.name || '-group-' || n;
        END LOOP;
        UPDATE auth_group SET name = candidate WHERE id = g.id;
        RAISE NOTICE 'Renamed group "%" (id %) to "%": its name is reserved for a role in the tokens'' groups claim',
            g.name, g.id, candidate;
    END LOOP;
END
$$;
