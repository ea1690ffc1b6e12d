package dev.gatehouse.web;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** jqwik arbitraries for JSON text: any shape, and valid user bodies with one field gone wrong. */
final class Json {

    private Json() {}

    static Arbitrary<String> values(int depth) {
        Arbitrary<String> scalars = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(50).map(Json::quote),
                Arbitraries.bigIntegers().between(new java.math.BigInteger("-1" + "0".repeat(40)), new java.math.BigInteger("1" + "0".repeat(40))).map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.of("true", "false", "null", "{}", "[]", "\"\"", "{", "[", "\"unterminated", "1e99999", "NaN"));
        if (depth == 0) {
            return scalars;
        }
        Arbitrary<String> arrays = values(depth - 1).list().ofMaxSize(4)
                .map(items -> items.stream().collect(Collectors.joining(",", "[", "]")));
        Arbitrary<String> objects = Arbitraries.oneOf(Arbitraries.of(FIELDS), Arbitraries.strings().ofMaxLength(10))
                .flatMap(key -> values(depth - 1).map(value -> quote(key) + ":" + value))
                .list().ofMaxSize(5).map(members -> members.stream().collect(Collectors.joining(",", "{", "}")));
        return Arbitraries.oneOf(scalars, arrays, objects);
    }

    /** A plausible user body where one known field holds a generated value of any type. */
    static Arbitrary<String> mutatedUser() {
        return Arbitraries.of(FIELDS).flatMap(field -> values(2).map(value ->
                "{\"email\":\"fuzz@example.org\",\"profile\":{\"date_of_birth\":\"1990-01-01\"},"
                        + quote(field) + ":" + value + "}"));
    }

    static final List<String> FIELDS = List.of("email", "password", "username", "first_name", "last_name",
            "is_active", "is_staff", "is_superuser", "profile", "date_of_birth", "attributes", "website", "users",
            "defaults", "name", "permission", "permissions", "user_id", "object", "grant_type", "old_password",
            "new_password", "client_id", "token");

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
