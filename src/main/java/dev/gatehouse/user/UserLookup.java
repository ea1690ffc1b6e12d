package dev.gatehouse.user;

import dev.gatehouse.web.Cursor;
import dev.gatehouse.permission.GrantFilters;
import dev.gatehouse.web.ProblemException;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads users; every read that returns a user fetches its profile in the same SQL statement. */
@ApplicationScoped
public class UserLookup {

    private static final String WITH_PROFILE = "select u from User u left join fetch u.profile";

    private final UsersConfig config;

    UserLookup(UsersConfig config) {
        this.config = config;
    }

    public Optional<User> findWithProfile(UUID id) {
        return User.find(WITH_PROFILE + " where u.id = ?1", id).firstResultOptional();
    }

    public Optional<User> findByEmail(String email) {
        return User.find(WITH_PROFILE + " where lower(u.email) = ?1", Emails.key(email)).firstResultOptional();
    }

    public boolean emailTaken(String email) {
        return User.count("lower(email) = ?1", Emails.key(email)) > 0;
    }

    public boolean usernameTaken(String username) {
        return User.count("lower(username) = lower(?1)", username) > 0;
    }

    /** One page in id order (ids are time-ordered); the cursor is the last id of the previous page. */
    public UserPage list(UserFilter filter, String cursor, int limit) {
        if (filter.ids().size() > config.batchLookupMax()) {
            throw ProblemException.invalid("id", "must be given at most " + config.batchLookupMax() + " times");
        }
        Cursor.checkLimit(limit, config.pageMax());
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Parameters params = new Parameters();
        if (filter.email() != null) {
            where.append(" and lower(u.email) = :email");
            params.and("email", Emails.key(filter.email()));
        }
        if (filter.isActive() != null) {
            where.append(" and u.active = :active");
            params.and("active", filter.isActive());
        }
        if (!filter.ids().isEmpty()) {
            where.append(" and u.id in :ids");
            params.and("ids", filter.ids());
        }
        GrantFilters.apply(filter.group(), filter.permission(), filter.includeSuperusers(), where, params);
        if (cursor != null) {
            where.append(" and u.id > :after");
            params.and("after", Cursor.decode(cursor, UUID::fromString));
        }
        List<User> rows = User.<User>find(WITH_PROFILE + where + " order by u.id", params).range(0, limit).list();
        String next = Cursor.next(rows, limit, u -> u.id);
        return new UserPage(rows.stream().limit(limit).map(UserView::of).toList(), next);
    }
}
