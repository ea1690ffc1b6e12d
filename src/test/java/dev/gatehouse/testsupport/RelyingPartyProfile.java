package dev.gatehouse.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.RestAssured;
import java.net.URI;
import java.util.Map;

/**
 * For tests where a relying-party library (Nimbus) checks what Gatehouse issues. That library compares an ID
 * token's {@code iat} and {@code exp} with the real time, so these tests run in an application of their own,
 * whose {@link TestClock} no other test has moved forward. The issuer stays {@code http://localhost:8080}
 * (the port is random under test): {@link #reachable} maps a URL of the discovery document to the address the
 * test reaches, as a reverse proxy in front of the issuer would.
 */
public class RelyingPartyProfile implements QuarkusTestProfile {

    public static final String ISSUER = "http://localhost:8080";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of();
    }

    /** As {@link #reachable(String)}. */
    public static URI reachable(URI url) {
        return reachable(url.toString());
    }

    /** The discovery document's {@code url} on the port the test application listens on. */
    public static URI reachable(String url) {
        if (!url.startsWith(ISSUER + "/")) {
            throw new IllegalArgumentException("Not under the issuer: " + url);
        }
        return URI.create("http://localhost:" + RestAssured.port + url.substring(ISSUER.length()));
    }
}
