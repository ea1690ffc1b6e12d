package dev.gatehouse.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.time.Instant;
import java.util.Map;

/** Starts the packaged jar in the production profile, as an operator would, for the failsafe ITs. */
final class PackagedJar {

    private PackagedJar() {}

    /** One instance with its own HTTP and management port (health is served on the latter), logging to target/{log}. */
    static Process launch(Map<String, String> env, int port, int managementPort, String log) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + managementPort, "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true).redirectOutput(Path.of("target", log).toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Polls readiness on the management port, as a load balancer would; gives up after 90 s or when the process dies. */
    static void awaitReady(int managementPort, Process process) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready")).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the process is still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Instance with management port " + managementPort + " did not become ready; see target/*.log");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A new RSA signing key as the PEM (PKCS#8) file the prod profile reads, deleted when the JVM exits. */
    static Path newSigningKey() throws IOException, NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Path key = Files.createTempFile("gatehouse-it", ".pem");
        Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        key.toFile().deleteOnExit();
        return key;
    }
}
