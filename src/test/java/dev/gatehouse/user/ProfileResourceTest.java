package dev.gatehouse.user;

import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProfileResourceTest {

    @Test
    void getReturnsTheProfileCreatedWithTheUser() {
        String id = aUser().withProfile("phone_number", "+44 20 7946 0958").create();
        given().auth().oauth2(Tokens.admin()).when().get("/profiles/" + id)
                .then().statusCode(200)
                .body("user_id", equalTo(id))
                .body("date_of_birth", equalTo("1990-04-01"))
                .body("phone_number", equalTo("+44 20 7946 0958"))
                .body("attributes.size()", equalTo(0));
    }

    @Test
    void patchMergesAndNullClears() {
        String id = aUser().withProfile("bio", "old").withProfile("attributes", Map.of("a", 1, "b", 2)).create();
        Map<String, Object> patch = new HashMap<>();
        patch.put("bio", null);
        patch.put("website", "https://example.org/me");
        patch.put("attributes", Map.of("b", 3));
        given().auth().oauth2(Tokens.admin()).contentType("application/merge-patch+json").body(patch)
                .when().patch("/profiles/" + id)
                .then().statusCode(200)
                .body("bio", nullValue())
                .body("website", equalTo("https://example.org/me"))
                .body("attributes.a", equalTo(1))
                .body("attributes.b", equalTo(3))
                .body("date_of_birth", equalTo("1990-04-01"));
    }

    /** Dirty checking must see a change inside the JSON attributes alone (Profile's mutability plan). */
    @Test
    void aChangeToAttributesAloneIsStored() {
        String id = aUser().withProfile("attributes", Map.of("a", 1)).create();
        given().auth().oauth2(Tokens.admin()).contentType("application/merge-patch+json")
                .body(Map.of("attributes", Map.of("a", 2, "c", "new")))
                .when().patch("/profiles/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).when().get("/profiles/" + id)
                .then().statusCode(200).body("attributes.a", equalTo(2)).body("attributes.c", equalTo("new"));
    }

    @Test
    void patchRejectsFutureBirthDateBadUrlAndUnknownField() {
        String id = aUser().create();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("date_of_birth", LocalDate.now().plusDays(1).toString()))
                .when().patch("/profiles/" + id).then().statusCode(400).body("errors[0].field", equalTo("date_of_birth"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("website", "javascript:alert(1)"))
                .when().patch("/profiles/" + id).then().statusCode(400).body("errors[0].field", equalTo("website"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("shoe_size", 44))
                .when().patch("/profiles/" + id).then().statusCode(400).body("errors[0].field", equalTo("shoe_size"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("attributes", "not an object"))
                .when().patch("/profiles/" + id).then().statusCode(400).body("errors.field", hasItem("attributes"));
    }

    @Test
    void attributesAreSizeLimited() {
        String id = aUser().create();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("attributes", Map.of("blob", "x".repeat(20_000))))
                .when().patch("/profiles/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("attributes"));
    }

    @Test
    void unknownProfileIs404() {
        given().auth().oauth2(Tokens.admin()).when().get("/profiles/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("bio", "x"))
                .when().patch("/profiles/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void profileWhenAnonymousThen401Problem() {
        String id = aUser().create();
        given().when().get("/profiles/" + id)
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        given().contentType(ContentType.JSON).body(Map.of("bio", "x")).when().patch("/profiles/" + id)
                .then().statusCode(401).contentType("application/problem+json");
    }
}
