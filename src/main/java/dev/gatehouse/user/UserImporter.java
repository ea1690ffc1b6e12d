package dev.gatehouse.user;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.password.PasswordHashers;
import dev.gatehouse.permission.PrivilegeGuard;
import dev.gatehouse.permission.UserFlags;
import dev.gatehouse.user.ImportSummary.LineError;
import dev.gatehouse.web.FieldPaths;
import dev.gatehouse.web.ProblemException;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Imports users exported from Django, one JSON object per line, keeping their password hashes so
 * nobody has to reset a password. Lines are read and written in chunks, so memory stays flat
 * whatever the size of the upload.
 */
@ApplicationScoped
public class UserImporter {

    /** What to do with a line whose email already belongs to a user. */
    public enum OnConflict { SKIP, UPDATE, FAIL }

    static final int CHUNK = 500;
    static final int MAX_LINE_CHARS = 64 * 1024;

    private final ObjectMapper mapper;
    private final Validator validator;
    private final PasswordHashers hashers;
    private final ProfileService profiles;
    private final ImportChunkWriter writer;
    private final UsersConfig config;
    private final PrivilegeGuard privileges;

    UserImporter(ObjectMapper mapper, Validator validator, PasswordHashers hashers, ProfileService profiles,
            ImportChunkWriter writer, UsersConfig config, PrivilegeGuard privileges) {
        this.privileges = privileges;
        this.mapper = mapper;
        this.validator = validator;
        this.hashers = hashers;
        this.profiles = profiles;
        this.writer = writer;
        this.config = config;
    }

    /**
     * Imports every line. When {@code atomic}, one transaction holds the whole import and any failed
     * line rolls it all back; otherwise each chunk commits on its own and failed lines are skipped. A line
     * that sets account flags or groups {@code callerId} may not hand out stops the import with a 403 problem
     * naming it: nothing is kept when atomic, the chunks before it are kept otherwise.
     */
    public ImportSummary importAll(UUID callerId, InputStream body, OnConflict onConflict, boolean atomic) {
        ImportTally tally = new ImportTally();
        Lines run = new Lines(onConflict, tally, privileges.checkFor(callerId), privileges.isSuperuser(callerId),
                privileges.credentialChangesFor(callerId));
        if (atomic) {
            try {
                QuarkusTransaction.requiringNew().timeout(config.importTimeoutSeconds()).run(() -> {
                    readAll(body, run, false);
                    if (tally.failed() > 0) {
                        throw new FailedLines();
                    }
                });
            } catch (FailedLines e) {
                // rolled back; the tally says which lines failed
            }
        } else {
            readAll(body, run, true);
        }
        return tally.summary(atomic);
    }

    /** Thrown to roll back an all-or-nothing import that had failed lines. */
    private static final class FailedLines extends RuntimeException {
        FailedLines() {
            super(null, null, false, false);
        }
    }

    /** What every line of one import shares: the conflict mode, the tally and the caller's rights. */
    private record Lines(OnConflict onConflict, ImportTally tally, BiConsumer<UserFlags, Collection<String>> allowed,
            boolean mayUpdateSuperusers, Predicate<UUID> mayChangeCredentials) {}

    private void readAll(InputStream body, Lines run, boolean commitEachChunk) {
        NdjsonLines lines = new NdjsonLines(
                new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8)), MAX_LINE_CHARS);
        List<ImportChunkWriter.Row> chunk = new ArrayList<>(CHUNK);
        try {
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (!line.isBlank()) {
                    parse(line, lines.number(), run).ifPresent(chunk::add);
                }
                if (chunk.size() == CHUNK) {
                    write(chunk, run, commitEachChunk);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(chunk, run, commitEachChunk);
    }

    private void write(List<ImportChunkWriter.Row> chunk, Lines run, boolean ownTx) {
        if (chunk.isEmpty()) {
            return;
        }
        List<ImportChunkWriter.Row> rows = List.copyOf(chunk);
        chunk.clear();
        if (ownTx) {
            QuarkusTransaction.requiringNew().run(() -> writer.write(rows, run.onConflict(), run.tally(),
                    run.mayUpdateSuperusers(), run.mayChangeCredentials()));
        } else {
            writer.write(rows, run.onConflict(), run.tally(), run.mayUpdateSuperusers(), run.mayChangeCredentials());
            Panache.getEntityManager().clear(); // keep the persistence context from growing with the import
        }
    }

    private java.util.Optional<ImportChunkWriter.Row> parse(String line, long number, Lines run) {
        ImportTally tally = run.tally();
        if (line == NdjsonLines.TOO_LONG) {
            tally.fail(new LineError(number, "", "is longer than " + MAX_LINE_CHARS + " characters"));
            return java.util.Optional.empty();
        }
        DjangoUser user;
        try {
            user = mapper.readValue(line, DjangoUser.class);
        } catch (JsonProcessingException e) {
            tally.fail(new LineError(number, "", "is not a JSON object with Django's user fields"));
            return java.util.Optional.empty();
        }
        List<LineError> errors = problems(user, number);
        errors.forEach(tally::fail);
        if (errors.isEmpty()) {
            requireAllowed(run, user, number);
        }
        return errors.isEmpty() ? java.util.Optional.of(new ImportChunkWriter.Row(number, user)) : java.util.Optional.empty();
    }

    private static void requireAllowed(Lines run, DjangoUser user, long number) {
        try {
            run.allowed().accept(user.flags(), user.groups() == null ? List.of() : user.groups());
        } catch (ProblemException refused) {
            throw ProblemException.forbidden("Line " + number + ": " + refused.getMessage());
        }
    }

    private List<LineError> problems(DjangoUser user, long number) {
        if (user == null) {
            return List.of(new LineError(number, "", "is not a JSON object"));
        }
        List<LineError> errors = new ArrayList<>();
        validator.validate(user).forEach(v ->
                errors.add(new LineError(number, FieldPaths.of(v.getPropertyPath()), v.getMessage())));
        if (user.password() != null) {
            // a hash carries its own cost: one past gatehouse.password.limits would make every login to it a denial of service
            hashers.problem(user.password()).ifPresent(problem -> errors.add(new LineError(number, "password", problem)));
        }
        profiles.problems(user.profile(), "profile", false)
                .forEach(e -> errors.add(new LineError(number, e.field(), e.message())));
        return errors;
    }
}
