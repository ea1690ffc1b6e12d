package dev.gatehouse.password;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
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
    // a stored hash asking for more memory than this is refused rather than risking an out-of-memory
    private static final int MAX_MEMORY_KIB = 1 << 20;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

    private final Spec configured;

    @Inject
    public Argon2Hasher(PasswordConfig config) {
        PasswordConfig.Argon2 a = config.argon2();
        this.configured = new Spec("argon2id", Argon2Parameters.ARGON2_VERSION_13,
                a.memoryKib(), a.iterations(), a.parallelism(), HASH_LENGTH);
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
        Parsed parsed = Parsed.parse(encoded);
        if (parsed == null || parsed.spec.memoryKib > MAX_MEMORY_KIB) {
            return false;
        }
        byte[] candidate = parsed.spec.hash(rawPassword, parsed.salt);
        return MessageDigest.isEqual(candidate, parsed.hash);
    }

    @Override
    public boolean mustUpdate(String encoded) {
        Parsed parsed = Parsed.parse(encoded);
        return parsed != null && (!parsed.spec.equals(configured) || DjangoSalt.isTooShort(parsed.salt.length));
    }

    record Spec(String variety, int version, int memoryKib, int iterations, int parallelism, int hashLength) {

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

        /** {@code "m=..,t=..,p=.."} in argon2-cffi's fixed order, or null. */
        private static int[] costs(String field) {
            String[] kv = field.split(",", -1);
            if (kv.length != 3 || !kv[0].startsWith("m=") || !kv[1].startsWith("t=") || !kv[2].startsWith("p=")) {
                return null;
            }
            int[] costs = {Integer.parseInt(kv[0].substring(2)), Integer.parseInt(kv[1].substring(2)), Integer.parseInt(kv[2].substring(2))};
            return costs[1] >= 1 && costs[2] >= 1 && costs[0] >= 8 * costs[2] ? costs : null;
        }
    }
}
