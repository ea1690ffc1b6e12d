package dev.gatehouse.password;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Django's argon2 format, {@code argon2$argon2id$v=19$m=..,t=..,p=..$<salt>$<hash>} (the PHC string
 * without its leading {@code $}); default argon2id, m=19456 KiB, t=2, p=1, 32-byte hash.
 *
 * <p>Like Django, the salt is a 22-character ASCII string whose bytes go into argon2, base64 encoded
 * without padding. Verification reads variety (argon2id, argon2i, argon2d), version (19, or 16 when
 * the {@code v=} field is missing), costs and hash length from the stored hash, as argon2-cffi does.
 */
@Singleton
public class Argon2Hasher implements PasswordHasher {

    static final int HASH_LENGTH = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

    private final Spec configured;
    private final PasswordConfig.Limits limits;

    /** @throws IllegalStateException if the configured costs are past {@code gatehouse.password.limits} */
    @Inject
    public Argon2Hasher(PasswordConfig config) {
        PasswordConfig.Argon2 a = config.argon2();
        this.configured = new Spec("argon2id", Argon2Parameters.ARGON2_VERSION_13,
                a.memoryKib(), a.iterations(), a.parallelism(), HASH_LENGTH);
        this.limits = config.limits();
        CostCeiling.requireWithin("gatehouse.password.argon2", exceeded(configured));
    }

    @Override
    public String algorithm() {
        return "argon2";
    }

    @Override
    public String encode(String rawPassword) {
        return encode(rawPassword, DjangoSalt.generate(), HASH_LENGTH);
    }

    String encode(String rawPassword, String salt, int hashLength) {
        Spec spec = new Spec(configured.variety, configured.version, configured.memoryKib,
                configured.iterations, configured.parallelism, hashLength);
        byte[] saltBytes = salt.getBytes(StandardCharsets.US_ASCII);
        return spec.format(saltBytes, spec.hash(rawPassword, saltBytes));
    }

    @Override
    public boolean verify(String rawPassword, String encoded) {
        if (problem(encoded).isPresent()) {
            return false;
        }
        Parsed parsed = Parsed.parse(encoded);
        try {
            byte[] candidate = parsed.spec.hash(rawPassword, parsed.salt);
            return MessageDigest.isEqual(candidate, parsed.hash);
        } catch (RuntimeException e) {
            return false; // parameters Bouncy Castle refuses (it throws IllegalStateException for some)
        }
    }

    /** Malformed, past the limits (checked before the cost rules, so an overflowing p is named), or cost rules broken. */
    @Override
    public Optional<String> problem(String encoded) {
        Parsed parsed = Parsed.parse(encoded);
        if (parsed == null) {
            return Optional.of("is not a well-formed argon2 hash");
        }
        Optional<String> exceeded = exceeded(parsed.spec);
        if (exceeded.isPresent() || parsed.spec.followsCostRules()) {
            return exceeded;
        }
        return Optional.of("is not a valid argon2 hash: it needs t >= 1, p >= 1 and m >= 8*p KiB");
    }

    private Optional<String> exceeded(Spec spec) {
        return CostCeiling.firstExceeded(
                new CostCeiling("argon2 memory m=" + spec.memoryKib + " KiB", spec.memoryKib, limits.argon2MemoryKib()),
                new CostCeiling("argon2 iterations t=" + spec.iterations, spec.iterations, limits.argon2Iterations()),
                new CostCeiling("argon2 parallelism p=" + spec.parallelism, spec.parallelism, limits.argon2Parallelism()));
    }

    @Override
    public boolean mustUpdate(String encoded) {
        Parsed parsed = Parsed.parse(encoded);
        return parsed != null && (!parsed.spec.equals(configured) || DjangoSalt.isTooShort(parsed.salt.length));
    }

    record Spec(String variety, int version, int memoryKib, int iterations, int parallelism, int hashLength) {

        /** argon2's own rules; in long arithmetic, since 8 * p overflows an int for a planted p=536870912. */
        boolean followsCostRules() {
            return iterations >= 1 && parallelism >= 1 && memoryKib >= 8L * parallelism;
        }

        byte[] hash(String rawPassword, byte[] salt) {
            Argon2Parameters params = new Argon2Parameters.Builder(type())
                    .withVersion(version).withMemoryAsKB(memoryKib).withIterations(iterations)
                    .withParallelism(parallelism).withSalt(salt).build();
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(params);
            byte[] out = new byte[hashLength];
            generator.generateBytes(rawPassword.getBytes(StandardCharsets.UTF_8), out);
            return out;
        }

        String format(byte[] salt, byte[] hash) {
            return "argon2$" + variety + "$v=" + version + "$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism
                    + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
        }

        private int type() {
            return switch (variety) {
                case "argon2id" -> Argon2Parameters.ARGON2_id;
                case "argon2i" -> Argon2Parameters.ARGON2_i;
                default -> Argon2Parameters.ARGON2_d;
            };
        }
    }

    private record Parsed(Spec spec, byte[] salt, byte[] hash) {

        static Parsed parse(String encoded) {
            String[] p = encoded.split("\\$", -1);
            boolean hasVersion = p.length == 6;
            if ((p.length != 5 && !hasVersion) || !p[0].equals("argon2") || !p[1].matches("argon2(id|i|d)")
                    || (hasVersion && !p[2].startsWith("v="))) {
                return null;
            }
            try {
                // argon2 hashes from before version 1.3 carry no v= field
                int version = hasVersion ? Integer.parseInt(p[2].substring(2)) : 0x10;
                int[] costs = costs(p[p.length - 3]);
                byte[] salt = Base64.getDecoder().decode(p[p.length - 2]);
                byte[] hash = Base64.getDecoder().decode(p[p.length - 1]);
                if (costs == null || hash.length < 4 || (version != 0x10 && version != 0x13)) {
                    return null;
                }
                return new Parsed(new Spec(p[1], version, costs[0], costs[1], costs[2], hash.length), salt, hash);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                return null;
            }
        }

        /** {@code "m=..,t=..,p=.."} in argon2-cffi's fixed order, or null; the cost rules are {@link Spec#followsCostRules}'s. */
        private static int[] costs(String field) {
            String[] kv = field.split(",", -1);
            if (kv.length != 3 || !kv[0].startsWith("m=") || !kv[1].startsWith("t=") || !kv[2].startsWith("p=")) {
                return null;
            }
            return new int[] {Integer.parseInt(kv[0].substring(2)), Integer.parseInt(kv[1].substring(2)), Integer.parseInt(kv[2].substring(2))};
        }
    }
}
