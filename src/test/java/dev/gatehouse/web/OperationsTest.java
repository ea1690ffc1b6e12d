package dev.gatehouse.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.gatehouse.testsupport.Management;
import dev.gatehouse.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Health and metrics live on the management interface's own port, not on the port clients use. */
@QuarkusTest
class OperationsTest {

    @Test
    void readinessChecksThePostgresConnection() {
        given().when().get(Management.url("/q/health/ready"))
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().when().get(Management.url("/q/health/live")).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreServedInPrometheusFormat() {
        given().auth().oauth2(Tokens.admin()).when().get("/users/not-a-uuid").then().statusCode(400);
        given().when().get(Management.url("/q/metrics"))
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void healthAndMetricsAreNotServedOnTheMainPort() {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics"}) {
            given().when().get(path).then().statusCode(404);
        }
        given().when().get("/q/openapi").then().statusCode(200);
    }
}
