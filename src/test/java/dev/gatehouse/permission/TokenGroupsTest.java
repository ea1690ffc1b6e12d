package dev.gatehouse.permission;

import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.testsupport.Callers;
import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The access token's {@code groups} claim carries the user's groups, so downstream {@code @RolesAllowed} works. */
@QuarkusTest
class TokenGroupsTest {

    @Test
    void aUserInGroupsGetsTheirNamesInTheTokenAfterTheStaffRole() throws IOException {
        var user = aUser().with("is_staff", true).with("password", Callers.PASSWORD);
        String id = user.create();
        List<String> groups = Stream.of(Fixtures.aGroup(), Fixtures.aGroup()).sorted().toList();
        groups.forEach(group -> Fixtures.join(id, group));
        JsonNode claims = payload(Tokens.passwordGrant(user.email(), Callers.PASSWORD).path("access_token"));
        List<String> expected = new ArrayList<>(List.of("staff"));
        expected.addAll(groups);
        assertEquals(expected, strings(claims.get("groups")));
        assertNull(claims.get("groups_truncated"));
    }

    /** The payload of a JWT, decoded without verification (AccessTokenTest verifies signatures). */
    static JsonNode payload(String jwt) throws IOException {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }
}
