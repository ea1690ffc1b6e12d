package dev.gatehouse.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Known answers from Django itself (src/test/resources/password/django-vectors.json, made by
 * django_vectors.py beside it), and hashes made here that Django verified (java-vectors.json).
 */
class DjangoVectorsTest {

    @TestFactory
    Stream<DynamicTest> djangoHashesVerifyHere() throws IOException {
        return vectors("django-vectors.json").stream().map(v -> DynamicTest.dynamicTest(name(v), () -> {
            PasswordHasher hasher = hasherFor(v);
            assertTrue(hasher.verify(v.get("password").asText(), v.get("encoded").asText()));
            assertFalse(hasher.verify("x" + v.get("password").asText(), v.get("encoded").asText()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> encodingWithDjangosSaltAndParametersIsByteIdentical() throws IOException {
        return vectors("django-vectors.json").stream().map(v -> DynamicTest.dynamicTest(name(v),
                () -> assertEquals(v.get("encoded").asText(), encodeLikeDjango(v))));
    }

    @TestFactory
    Stream<DynamicTest> hashesMadeHereThatDjangoVerifiedStillVerify() throws IOException {
        return vectors("java-vectors.json").stream().map(v -> DynamicTest.dynamicTest(name(v), () -> {
            PasswordHashers hashers = PasswordHashers.standard(TestPasswordConfig.cheap());
            assertTrue(hashers.verify(v.get("password").asText(), v.get("encoded").asText()));
            assertFalse(hashers.verify("x" + v.get("password").asText(), v.get("encoded").asText()));
        }));
    }

    private static String encodeLikeDjango(JsonNode v) {
        String password = v.get("password").asText();
        String salt = v.get("salt").asText();
        JsonNode p = v.get("params");
        PasswordHasher hasher = hasherFor(v);
        return switch (v.get("algorithm").asText()) {
            case "pbkdf2_sha256", "pbkdf2_sha1" -> ((Pbkdf2Hasher) hasher).encode(password, salt, p.get("iterations").asInt());
            case "bcrypt", "bcrypt_sha256" -> ((AbstractBcryptHasher) hasher).encode(password, salt);
            case "scrypt" -> ((ScryptHasher) hasher).encode(password, salt,
                    p.get("workFactor").asInt(), p.get("blockSize").asInt(), p.get("parallelism").asInt());
            default -> encodeArgon2(v, password, salt, p);
        };
    }

    /** Django 3.2 with argon2-cffi 21.1 made 16-byte argon2 hashes; newer ones make 32: take the length from the vector. */
    private static String encodeArgon2(JsonNode v, String password, String salt, JsonNode p) {
        String encoded = v.get("encoded").asText();
        int hashLength = Base64.getDecoder().decode(encoded.substring(encoded.lastIndexOf('$') + 1)).length;
        if (!p.has("type")) {
            return ((Argon2Hasher) hasherFor(v)).encode(password, salt, hashLength);
        }
        Argon2Hasher.Spec spec = new Argon2Hasher.Spec(p.get("type").asText(), 19, p.get("memory").asInt(),
                p.get("time").asInt(), p.get("parallelism").asInt(), hashLength);
        byte[] saltBytes = salt.getBytes(StandardCharsets.US_ASCII);
        return spec.format(saltBytes, spec.hash(password, saltBytes));
    }

    /** A hasher configured with the vector's own parameters. */
    static PasswordHasher hasherFor(JsonNode v) {
        JsonNode p = v.get("params");
        TestPasswordConfig config = TestPasswordConfig.defaults();
        return switch (v.get("algorithm").asText()) {
            case "pbkdf2_sha256" -> new Pbkdf2Sha256Hasher(config.withPbkdf2(p.get("iterations").asInt()));
            case "pbkdf2_sha1" -> new Pbkdf2Sha1Hasher(config.withPbkdf2(p.get("iterations").asInt()));
            case "bcrypt_sha256" -> new BcryptSha256Hasher(config.withBcrypt(p.get("rounds").asInt()));
            case "bcrypt" -> new BcryptHasher(config.withBcrypt(p.get("rounds").asInt()));
            case "scrypt" -> new ScryptHasher(config.withScrypt(p.get("workFactor").asInt(), p.get("blockSize").asInt(), p.get("parallelism").asInt()));
            case "argon2" -> new Argon2Hasher(config.withArgon2(p.get("memory").asInt(), p.get("time").asInt(), p.get("parallelism").asInt()));
            default -> throw new IllegalArgumentException(v.get("algorithm").asText());
        };
    }

    static List<JsonNode> vectors(String resource) throws IOException {
        try (InputStream in = DjangoVectorsTest.class.getResourceAsStream("/password/" + resource)) {
            List<JsonNode> out = new ArrayList<>();
            new ObjectMapper().readTree(in).get("vectors").forEach(out::add);
            return out;
        }
    }

    private static String name(JsonNode v) {
        String password = v.get("password").asText();
        String shown = password.length() > 12 ? password.substring(0, 12) + "…(" + password.length() + ")" : password;
        return v.get("encoded").asText().split("\\$", 2)[0] + " " + v.get("params") + " '" + shown + "' from " + v.get("source").asText();
    }
}
