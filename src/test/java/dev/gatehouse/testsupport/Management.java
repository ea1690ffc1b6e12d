package dev.gatehouse.testsupport;

import org.eclipse.microprofile.config.ConfigProvider;

/** URLs on the management interface (health, metrics), which has its own port, random under test. */
public final class Management {

    private Management() {}

    /** For example {@code url("/q/health/ready")}; Quarkus publishes the port it bound as the test port. */
    public static String url(String path) {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        return "http://localhost:" + port + path;
    }
}
