package dev.gatehouse.auth.backend;

import dev.gatehouse.password.PasswordHashers;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a client presented at login: an identifier (email or username), a password and the client's IP
 * (null when unknown). Not a record on purpose: it remembers whether any backend ran a password hash,
 * and its {@code toString()} never shows the password.
 */
public final class Credentials {

    private final String identifier;
    private final String password;
    private final String clientIp;
    private final AtomicBoolean hashRan = new AtomicBoolean();

    public Credentials(String identifier, String password, String clientIp) {
        this.identifier = Objects.requireNonNull(identifier, "identifier");
        this.password = Objects.requireNonNull(password, "password");
        this.clientIp = clientIp;
    }

    public String identifier() {
        return identifier;
    }

    public String password() {
        return password;
    }

    public String clientIp() {
        return clientIp;
    }

    /** Verifies the password against a stored hash and records that a hash ran. */
    public boolean verify(PasswordHashers hashers, String encoded) {
        hashRan.set(true);
        return hashers.verify(password, encoded);
    }

    /** Whether some backend has already spent the time of one password hash on this attempt. */
    public boolean hashRan() {
        return hashRan.get();
    }

    @Override
    public String toString() {
        return "Credentials[" + identifier + "]";
    }
}
