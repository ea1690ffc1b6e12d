package dev.gatehouse.user;

import dev.gatehouse.profile.ProfileService;
import dev.gatehouse.user.ImportSummary.LineError;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes one chunk of imported users: one query finds which emails exist, then batched inserts. */
@ApplicationScoped
class ImportChunkWriter {

    /** A validated line and its number. */
    record Row(long line, DjangoUser user) {}

    private final ProfileService profiles;

    ImportChunkWriter(ProfileService profiles) {
        this.profiles = profiles;
    }

    void write(List<Row> rows, UserImporter.OnConflict onConflict, ImportTally tally) {
        Map<String, User> existing = existing(rows);
        Map<String, Long> seen = new HashMap<>();
        for (Row row : rows) {
            String key = UserService.emailKey(row.user().email());
            Long first = seen.putIfAbsent(key, row.line());
            if (first != null) {
                tally.fail(new LineError(row.line(), "email", "repeats the email of line " + first));
            } else if (existing.containsKey(key)) {
                resolveConflict(existing.get(key), row, onConflict, tally);
            } else {
                newUser(row.user()).persist();
                tally.imported();
            }
        }
        Panache.getEntityManager().flush();
    }

    private Map<String, User> existing(List<Row> rows) {
        List<String> keys = rows.stream().map(r -> UserService.emailKey(r.user().email())).toList();
        List<User> found = User.list("lower(email) in ?1", keys);
        return found.stream().collect(Collectors.toMap(u -> UserService.emailKey(u.email), Function.identity()));
    }

    private void resolveConflict(User user, Row row, UserImporter.OnConflict onConflict, ImportTally tally) {
        switch (onConflict) {
            case SKIP -> tally.skipped();
            case FAIL -> tally.fail(new LineError(row.line(), "email", "belongs to an existing user"));
            case UPDATE -> {
                copy(row.user(), user);
                tally.updated();
            }
        }
    }

    private User newUser(DjangoUser source) {
        User user = new User();
        user.provisionedBy = "import";
        copy(source, user);
        user.attach(profiles.newProfile(source.profile()));
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
    }
}
