package dev.gatehouse.auth.throttle;

import dev.gatehouse.security.Secrets;
import dev.gatehouse.user.Emails;
import dev.gatehouse.user.User;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored key of a counter: a SHA-256 of the normalized identifier or the address, so people who
 * type their password into the username field do not leave it in the table, and keys have one size.
 */
final class ThrottleKey {

    private ThrottleKey() {}

    /** Case and Unicode form do not matter: {@code Ada@Example.org} and {@code ada@example.org} share a counter. */
    static byte[] account(String identifier) {
        return Secrets.sha256("account:" + Emails.key(identifier));
    }

    /** The counters a user's login may have used: the typed identifier, the email and the username. */
    static List<byte[]> accountKeys(User user, String typed) {
        List<byte[]> keys = new ArrayList<>();
        if (typed != null) {
            keys.add(account(typed));
        }
        keys.add(account(user.email));
        if (user.username != null) {
            keys.add(account(user.username));
        }
        return keys;
    }

    /** IPv6 addresses share the counter of their /64 ({@link ClientAddress#network}). */
    static byte[] ip(String address) {
        return Secrets.sha256("ip:" + ClientAddress.network(address));
    }
}
