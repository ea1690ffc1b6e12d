package dev.gatehouse.auth.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gatehouse.user.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The chain's contract: empty = ask the next; AuthenticationDenied = stop; a user = success. */
class AuthenticationChainTest {

    private final List<String> asked = new ArrayList<>();
    private final List<String> throwawayHashes = new ArrayList<>();

    private AuthenticationBackend backend(String name, Function<Credentials, Optional<User>> answer) {
        return new AuthenticationBackend() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<User> authenticate(Credentials credentials) {
                asked.add(name);
                return answer.apply(credentials);
            }
        };
    }

    private AuthenticationChain chain(AuthenticationBackend... backends) {
        return new AuthenticationChain(List.of(backends), throwawayHashes::add);
    }

    private static User user(boolean active) {
        User user = new User();
        user.id = UUID.randomUUID();
        user.email = "ada@example.org";
        user.active = active;
        return user;
    }

    private static Credentials credentials() {
        return new Credentials("ada@example.org", "secret-password", "127.0.0.1");
    }

    @Test
    void chainWhenBackendSaysNotMineThenAsksTheNextAndFirstUserWins() {
        User ada = user(true);
        var result = chain(backend("a", c -> Optional.empty()), backend("b", c -> Optional.of(ada)),
                backend("c", c -> Optional.of(user(true)))).authenticate(credentials());
        assertEquals(ada, result.orElseThrow().user());
        assertEquals("b", result.get().backend());
        assertEquals(List.of("a", "b"), asked);
    }

    @Test
    void chainWhenBackendDeniesThenStopsAndRejects() {
        var result = chain(backend("a", c -> { throw new AuthenticationDenied("locked"); }),
                backend("b", c -> Optional.of(user(true)))).authenticate(credentials());
        assertTrue(result.isEmpty());
        assertEquals(List.of("a"), asked);
    }

    @Test
    void chainWhenBackendUnavailableThenSkipsItAndReportsItToReadiness() {
        AuthenticationChain chain = chain(backend("down", c -> { throw new BackendUnavailable("unreachable", null); }),
                backend("db", c -> Optional.of(user(true))));
        assertEquals("db", chain.authenticate(credentials()).orElseThrow().backend());
        assertEquals(Map.of("down", BackendUnavailable.class.getName()), chain.failing());
    }

    @Test
    void chainWhenAConnectionFailureEscapesABackendThenReportsItToReadiness() {
        AuthenticationChain chain = chain(backend("down", c -> {
            throw new IllegalStateException("wrapped", new java.net.ConnectException("Connection refused"));
        }));
        chain.authenticate(credentials());
        assertEquals(Map.of("down", IllegalStateException.class.getName()), chain.failing());
    }

    @Test
    void chainWhenBackendCannotUseTheInputThenAsksTheNextAndReadinessStaysUp() {
        // what PostgreSQL answers for a NUL in a query parameter: SQLSTATE 22021, a data exception
        var refused = new jakarta.persistence.PersistenceException("could not execute query",
                new java.sql.SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));
        AuthenticationChain chain = chain(backend("picky", c -> { throw refused; }),
                backend("lenient", c -> { throw new IllegalArgumentException("not a DN"); }),
                backend("db", c -> Optional.of(user(true))));
        assertEquals("db", chain.authenticate(credentials()).orElseThrow().backend());
        assertEquals(List.of("picky", "lenient", "db"), asked);
        assertTrue(chain.failing().isEmpty());
    }

    @Test
    void chainWhenBackendRecoversThenReadinessForgetsIt() {
        boolean[] down = {true};
        AuthenticationChain chain = chain(backend("flaky", c -> {
            if (down[0]) {
                throw new BackendUnavailable("unreachable", null);
            }
            return Optional.empty();
        }));
        chain.authenticate(credentials());
        down[0] = false;
        chain.authenticate(credentials());
        assertTrue(chain.failing().isEmpty());
    }

    @Test
    void chainWhenUserInactiveThenNotAuthenticatedUnlessBackendOptsIn() {
        assertTrue(chain(backend("db", c -> Optional.of(user(false)))).authenticate(credentials()).isEmpty());
        AuthenticationBackend allowAll = new AuthenticationBackend() {
            @Override
            public String name() {
                return "allow-all";
            }

            @Override
            public Optional<User> authenticate(Credentials credentials) {
                return Optional.of(user(false));
            }

            @Override
            public boolean canAuthenticate(User user) {
                return true; // like Django's AllowAllUsersModelBackend
            }
        };
        assertTrue(chain(allowAll).authenticate(credentials()).isPresent());
    }

    @Test
    void chainWhenNoBackendRanAHashThenRunsTheDefaultHasherOnce() {
        chain(backend("a", c -> Optional.empty()), backend("b", c -> Optional.empty())).authenticate(credentials());
        assertEquals(List.of("secret-password"), throwawayHashes);
    }

    @Test
    void chainWhenABackendRanAHashThenDoesNotHashAgain() {
        var hashers = dev.gatehouse.password.PasswordHashers.standard(dev.gatehouse.password.TestPasswordConfig.cheap());
        chain(backend("a", c -> {
            c.verify(hashers, "!unusable");
            return Optional.empty();
        })).authenticate(credentials());
        assertTrue(throwawayHashes.isEmpty());
    }

    @Test
    void selectWhenConfiguredThenUsesExactlyThoseInThatOrder() {
        var a = backend("a", c -> Optional.empty());
        var b = backend("b", c -> Optional.empty());
        var c = backend("c", c2 -> Optional.empty());
        assertEquals(List.of(c, a), AuthenticationChain.select(List.of(a, b, c), Optional.of(List.of("c", "a"))));
        assertEquals(List.of(a, b, c), AuthenticationChain.select(List.of(a, b, c), Optional.empty()));
    }

    @Test
    void selectWhenConfiguredNameUnknownThenFailsAtBoot() {
        var a = backend("a", c -> Optional.empty());
        var e = assertThrows(IllegalStateException.class,
                () -> AuthenticationChain.select(List.of(a), Optional.of(List.of("a", "ldap"))));
        assertTrue(e.getMessage().contains("ldap"));
    }

    @Test
    void credentialsNeverShowThePassword() {
        assertFalse(credentials().toString().contains("secret-password"));
    }
}
