package dev.gatehouse.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * Django's bcrypt formats, {@code <algorithm>$$2b$<cost>$<22-char salt><31-char hash>}: the bcrypt
 * modular-crypt string after {@code "<algorithm>$"}. Bouncy Castle's OpenBSDBCrypt, like Python's
 * bcrypt, uses at most the first 72 bytes of the secret.
 */
abstract class AbstractBcryptHasher implements PasswordHasher {

    private static final Pattern MODULAR_CRYPT = Pattern.compile("\\$(2[aby])\\$(\\d\\d)\\$([./A-Za-z0-9]{22})[./A-Za-z0-9]{31}");
    private static final String BCRYPT_ALPHABET = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int SALT_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String algorithm;
    private final int rounds;
    private final int maxRounds;

    /** @throws IllegalStateException if the configured rounds are past {@code gatehouse.password.limits.bcrypt-rounds} */
    AbstractBcryptHasher(String algorithm, PasswordConfig config) {
        this.algorithm = algorithm;
        this.rounds = config.bcrypt().rounds();
        this.maxRounds = config.limits().bcryptRounds();
        CostCeiling.requireWithin("gatehouse.password.bcrypt.rounds", exceeded(rounds));
    }

    /** The bytes bcrypt sees for this password. */
    abstract byte[] secret(String rawPassword);

    @Override
    public String algorithm() {
        return algorithm;
    }

    @Override
    public String encode(String rawPassword) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return algorithm + "$" + OpenBSDBCrypt.generate("2b", secret(rawPassword), salt, rounds);
    }

    /** Encodes with a Django/bcrypt salt string such as {@code "$2b$12$<22 chars>"}, taking version and cost from it. */
    String encode(String rawPassword, String bcryptSalt) {
        Matcher m = Pattern.compile("\\$(2[aby])\\$(\\d\\d)\\$([./A-Za-z0-9]{22})").matcher(bcryptSalt);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a bcrypt salt");
        }
        return algorithm + "$" + OpenBSDBCrypt.generate(m.group(1), secret(rawPassword), decodeSalt(m.group(3)), Integer.parseInt(m.group(2)));
    }

    @Override
    public boolean verify(String rawPassword, String encoded) {
        if (problem(encoded).isPresent()) {
            return false;
        }
        try {
            String candidate = encode(rawPassword, encoded.substring(algorithm.length() + 1, algorithm.length() + 30));
            return MessageDigest.isEqual(candidate.getBytes(StandardCharsets.US_ASCII), encoded.getBytes(StandardCharsets.US_ASCII));
        } catch (RuntimeException e) {
            return false; // a version or cost Bouncy Castle refuses
        }
    }

    /** Malformed (bcrypt itself allows costs 4 to 31), or a cost past {@code gatehouse.password.limits.bcrypt-rounds}. */
    @Override
    public Optional<String> problem(String encoded) {
        Matcher m = parse(encoded);
        return m == null ? Optional.of("is not a well-formed " + algorithm + " hash") : exceeded(Integer.parseInt(m.group(2)));
    }

    private Optional<String> exceeded(int cost) {
        return CostCeiling.firstExceeded(new CostCeiling(algorithm + " cost " + cost, cost, maxRounds));
    }

    @Override
    public boolean mustUpdate(String encoded) {
        Matcher m = parse(encoded);
        return m != null && Integer.parseInt(m.group(2)) != rounds;
    }

    private Matcher parse(String encoded) {
        if (!encoded.startsWith(algorithm + "$")) {
            return null;
        }
        Matcher m = MODULAR_CRYPT.matcher(encoded.substring(algorithm.length() + 1));
        if (!m.matches()) {
            return null;
        }
        int cost = Integer.parseInt(m.group(2));
        return cost >= 4 && cost <= 31 ? m : null;
    }

    /** bcrypt's own base64 (alphabet {@code ./A-Za-z0-9}, no padding), which Bouncy Castle keeps private. */
    static byte[] decodeSalt(String chars) {
        byte[] out = new byte[SALT_BYTES];
        int acc = 0;
        int bits = 0;
        int n = 0;
        for (int i = 0; i < chars.length() && n < SALT_BYTES; i++) {
            acc = (acc << 6) | BCRYPT_ALPHABET.indexOf(chars.charAt(i));
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[n++] = (byte) (acc >> bits);
                acc &= (1 << bits) - 1;
            }
        }
        return out;
    }
}
