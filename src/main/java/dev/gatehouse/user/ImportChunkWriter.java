package dev.gatehouse.user;

import dev.gatehouse.permission.GrantService;
import dev.gatehouse.permission.PrivilegeGuard;
import dev.gatehouse.permission.RoleNames;
import dev.gatehouse.user.ImportSummary.LineError;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Writes one chunk of imported users: one query finds which emails exist, then batched inserts. */
@ApplicationScoped
class ImportChunkWriter {

    /** A validated line and its number. */
    record Row(long line, DjangoUser user) {}

    private final UserProvisioning provisioning;
    private final GrantService grants;
    private final Event<CredentialsChanged> credentialsChanged;

    ImportChunkWriter(UserProvisioning provisioning, GrantService grants, Event<CredentialsChanged> credentialsChanged) {
        this.provisioning = provisioning;
        this.grants = grants;
        this.credentialsChanged = credentialsChanged;
    }

    /**
     * Writes the rows; {@code mayUpdateSuperusers} is false unless the caller is a superuser, because
     * updating a superuser's password hash or email would hand over the account. For the same reason an update
     * that changes another user's hash, email or active flag needs {@code mayChangeCredentials} of its id.
     */
    void write(List<Row> rows, UserImporter.OnConflict onConflict, ImportTally tally, boolean mayUpdateSuperusers,
            Predicate<UUID> mayChangeCredentials) {
        Map<String, User> existing = existing(rows);
        Set<String> unknownGroups = grants.unknownGroups(groupNames(rows));
        Map<String, Long> seen = new HashMap<>();
        Map<User, List<String>> memberships = new HashMap<>();
        List<UUID> newHashes = new ArrayList<>();
        for (Row row : rows) {
            String key = Emails.key(row.user().email());
            Long first = seen.putIfAbsent(key, row.line());
            List<String> groups = row.user().groups();
            if (first != null) {
                tally.fail(new LineError(row.line(), "email", "repeats the email of line " + first));
            } else if (groups != null && groups.stream().anyMatch(RoleNames::isReserved)) {
                tally.fail(new LineError(row.line(), "groups", "names " + RoleNames.RESERVED_MESSAGE));
            } else if (groups != null && groups.stream().anyMatch(unknownGroups::contains)) {
                tally.fail(new LineError(row.line(), "groups", "names a group that does not exist; create it first"));
            } else if (takesOver(existing.get(key), row, onConflict, mayChangeCredentials)) {
                tally.fail(new LineError(row.line(), "email", PrivilegeGuard.TAKEOVER_REFUSED));
            } else {
                User before = existing.get(key);
                String oldHash = before == null ? null : before.password;
                writeRow(row, before, conflictMode(before, onConflict, mayUpdateSuperusers), tally).ifPresent(user -> {
                    memberships.put(user, groups);
                    if (before != null && !Objects.equals(oldHash, user.password)) {
                        newHashes.add(user.id);
                    }
                });
            }
        }
        Panache.getEntityManager().flush();
        // a new hash is a new password: the sessions made with the old one end, as on a password change
        newHashes.forEach(userId -> credentialsChanged.fire(new CredentialsChanged(userId)));
        memberships.forEach((user, groups) -> {
            if (groups != null) {
                grants.setGroups(user.id, groups);
            }
        });
    }

    /** The user written for this row, if any: new, or updated on conflict. */
    private Optional<User> writeRow(Row row, User existing, UserImporter.OnConflict onConflict, ImportTally tally) {
        if (existing == null) {
            User user = newUser(row.user());
            user.persist();
            tally.imported();
            return Optional.of(user);
        }
        resolveConflict(existing, row, onConflict, tally);
        return onConflict == UserImporter.OnConflict.UPDATE ? Optional.of(existing) : Optional.empty();
    }

    private static Set<String> groupNames(List<Row> rows) {
        Set<String> names = new HashSet<>();
        rows.stream().map(r -> r.user().groups()).filter(Objects::nonNull).forEach(names::addAll);
        return names;
    }

    private Map<String, User> existing(List<Row> rows) {
        preferIndexLookups();
        List<String> keys = rows.stream().map(r -> Emails.key(r.user().email())).toList();
        List<User> found = User.list("lower(email) in ?1", keys);
        return found.stream().collect(Collectors.toMap(u -> Emails.key(u.email), Function.identity()));
    }

    /**
     * Makes this transaction look emails up through the unique index. An import often starts on a users
     * table that has never been analyzed and grows it within one transaction, so the planner's estimates
     * favour a sequential scan for the chunk's 500-email lookup: measured, each chunk's lookup then took
     * about 1 s by 50,000 rows and the import went quadratic (bench/README.md). SET LOCAL ends with the
     * transaction, and nothing else in an import reads a table without an index on what it asks.
     */
    private static void preferIndexLookups() {
        Panache.getEntityManager().createNativeQuery("set local enable_seqscan = off").executeUpdate();
    }

    /** A superuser is updated only by a superuser: for anyone else, updating one fails its line. */
    private static UserImporter.OnConflict conflictMode(User existing, UserImporter.OnConflict asked,
            boolean mayUpdateSuperusers) {
        boolean protectedUser = existing != null && existing.superuser && !mayUpdateSuperusers;
        return protectedUser && asked == UserImporter.OnConflict.UPDATE ? UserImporter.OnConflict.FAIL : asked;
    }

    /**
     * True when the update would change the password hash, email or active flag of a user the caller may not
     * take over. Superusers are left to {@link #conflictMode}, which refuses any update of them.
     */
    private static boolean takesOver(User existing, Row row, UserImporter.OnConflict onConflict,
            Predicate<UUID> mayChangeCredentials) {
        return existing != null && onConflict == UserImporter.OnConflict.UPDATE && !existing.superuser
                && changesCredentials(existing, row.user()) && !mayChangeCredentials.test(existing.id);
    }

    /** True when writing the line over the user would change its password hash, email or active flag. */
    private static boolean changesCredentials(User user, DjangoUser line) {
        return !Objects.equals(user.password, line.password()) || !Objects.equals(user.email, line.email())
                || user.active != (line.isActive() == null || line.isActive());
    }

    private void resolveConflict(User user, Row row, UserImporter.OnConflict onConflict, ImportTally tally) {
        switch (onConflict) {
            case SKIP -> tally.skipped();
            case FAIL -> tally.fail(new LineError(row.line(), "email", user.superuser
                    ? "belongs to an existing superuser; only superusers may update it" : "belongs to an existing user"));
            case UPDATE -> {
                copy(row.user(), user);
                tally.updated();
            }
        }
    }

    private User newUser(DjangoUser source) {
        User user = provisioning.newUser("import", source.email(), source.profile());
        copy(source, user);
        return user;
    }

    private static void copy(DjangoUser source, User user) {
        user.email = source.email();
        user.password = source.password();
        user.username = source.username();
        user.firstName = source.firstName() == null ? "" : source.firstName();
        user.lastName = source.lastName() == null ? "" : source.lastName();
        user.active = source.isActive() == null || source.isActive();
        user.staff = Boolean.TRUE.equals(source.isStaff());
        user.superuser = Boolean.TRUE.equals(source.isSuperuser());
        user.dateJoined = source.dateJoined() == null ? OffsetDateTime.now() : source.dateJoined();
        user.lastLogin = source.lastLogin();
        if (source.emailVerified() != null) { // else a new user stays unverified and an update keeps what it had
            user.emailVerified = source.emailVerified();
        }
    }
}
