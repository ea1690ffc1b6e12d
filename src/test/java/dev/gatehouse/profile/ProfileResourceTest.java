package dev.gatehouse.profile;

import static dev.gatehouse.testsupport.UserBuilder.aUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProfileResourceTest {

    @Test
    void profileWhenAnonymousThen401Problem() {
        String id = aUser().create();
        given().when().get("/profiles/" + id)
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        given().contentType(ContentType.JSON).body(Map.of("bio", "x")).when().patch("/profiles/" + id)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void profileWhenAuthenticatedThenReadAndPatch() {
        String id = aUser().withProfile("bio", "before").create();
        given().auth().oauth2(Tokens.admin()).when().get("/profiles/" + id)
                .then().statusCode(200).body("bio", equalTo("before"));
        given().auth().oauth2(Tokens.admin()).contentType("application/merge-patch+json").body(Map.of("bio", "after"))
                .when().patch("/profiles/" + id)
                .then().statusCode(200).body("bio", equalTo("after"));
    }
}
