package dev.gatehouse.password;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Prints hashes made here, in every format, for Django to verify:
 * {@code java ... JavaVectors > java-vectors.json; /usr/bin/python3 django_vectors.py check java-vectors.json}.
 * The committed java-vectors.json was checked that way (see its "verifiedBy").
 */
public final class JavaVectors {

    public static void main(String[] args) throws Exception {
        TestPasswordConfig cheap = TestPasswordConfig.cheap();
        List<PasswordHasher> hashers = List.of(new Argon2Hasher(TestPasswordConfig.defaults()), new Argon2Hasher(cheap),
                new Pbkdf2Sha256Hasher(cheap), new Pbkdf2Sha1Hasher(cheap), new BcryptSha256Hasher(cheap),
                new BcryptHasher(cheap), new ScryptHasher(cheap), new ScryptHasher(TestPasswordConfig.defaults()));
        ObjectMapper json = new ObjectMapper();
        ArrayNode vectors = json.createArrayNode();
        for (String password : List.of("letmein", "lètmein", "", "correct horse battery staple ".repeat(3) + "ünïcødé 🔑")) {
            for (PasswordHasher hasher : hashers) {
                ObjectNode v = vectors.addObject();
                v.put("source", "gatehouse").put("algorithm", hasher.algorithm()).put("password", password).put("encoded", hasher.encode(password));
            }
        }
        ObjectNode root = json.createObjectNode();
        root.put("verifiedBy", args.length > 0 ? args[0] : "not yet");
        root.set("vectors", vectors);
        System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }
}
