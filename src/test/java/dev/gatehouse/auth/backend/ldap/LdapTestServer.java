package dev.gatehouse.auth.backend.ldap;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSimpleBindRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLSocketFactory;

/**
 * A real LDAP server in the test JVM: UnboundID's {@link InMemoryDirectoryServer} loaded with
 * {@code ldap/directory.ldif}, on a fixed free port so a test can stop and restart it. Arg {@code mode}:
 * {@code template} (plain LDAP, DN template, memberOf) or {@code search} (StartTLS with a self-signed
 * certificate made by keytool, service bind, search then bind, group search).
 */
public class LdapTestServer implements QuarkusTestResourceLifecycleManager {

    static final String BASE = "dc=example,dc=org";
    static final String STORE_PASSWORD = "test-store-password";
    static final String SERVICE_DN = "cn=gatehouse,ou=services," + BASE;
    /** Simple binds by anyone but the service account: the directory's work per login. */
    private final AtomicInteger userBinds = new AtomicInteger();

    private String mode = "template";
    private InMemoryDirectoryServer server;

    @Override
    public void init(Map<String, String> initArgs) {
        mode = initArgs.getOrDefault("mode", mode);
    }

    @Override
    public Map<String, String> start() {
        try {
            int port = freePort();
            boolean search = mode.equals("search");
            Path stores = search ? keyStores() : null;
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.setSchema(null); // memberOf is written by hand in the fixture; no overlay maintains it here
            config.addInMemoryOperationInterceptor(new InMemoryOperationInterceptor() {
                @Override
                public void processSimpleBindRequest(InMemoryInterceptedSimpleBindRequest request) {
                    if (!SERVICE_DN.equalsIgnoreCase(request.getRequest().getBindDN())) {
                        userBinds.incrementAndGet();
                    }
                }
            });
            SSLSocketFactory startTls = search ? new SSLUtil(new KeyStoreKeyManager(stores.resolve("server.p12").toFile(),
                    STORE_PASSWORD.toCharArray(), "PKCS12", "ldap"), new TrustAllTrustManager()).createSSLSocketFactory() : null;
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(),
                    port, startTls));
            server = new InMemoryDirectoryServer(config);
            server.importFromLDIF(true, Path.of("src/test/resources/ldap/directory.ldif").toFile());
            server.startListening();
            return search ? searchMode(port, stores) : templateMode(port);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the in-memory LDAP server: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> templateMode(int port) {
        Map<String, String> config = common();
        config.put("gatehouse.backends.ldap.url", "ldap://127.0.0.1:" + port);
        config.put("gatehouse.backends.ldap.user-dn-template", "uid={0},ou=people," + BASE);
        return config;
    }

    private static Map<String, String> searchMode(int port, Path stores) {
        Map<String, String> config = common();
        // "localhost" is what the certificate names: StartTLS checks the host name
        config.put("gatehouse.backends.ldap.url", "ldap://localhost:" + port);
        config.put("gatehouse.backends.ldap.start-tls", "true");
        config.put("gatehouse.backends.ldap.trust-store-path", stores.resolve("trust.p12").toString());
        config.put("gatehouse.backends.ldap.trust-store-password", STORE_PASSWORD);
        config.put("gatehouse.backends.ldap.bind-dn", SERVICE_DN);
        config.put("gatehouse.backends.ldap.bind-password", "service-bind-password");
        config.put("gatehouse.backends.ldap.base-dn", "ou=people," + BASE);
        config.put("gatehouse.backends.ldap.group-base-dn", "ou=groups," + BASE);
        return config;
    }

    private static Map<String, String> common() {
        Map<String, String> config = new HashMap<>();
        config.put("gatehouse.backends.ldap.group-mapping.engineers", "ldap-engineers");
        config.put("gatehouse.backends.ldap.group-mapping.\"cn=everyone,ou=groups," + BASE + "\"", "ldap-everyone");
        config.put("gatehouse.backends.ldap.group-mapping.admins", "ldap-admins-missing");
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(LdapServer.class, InMemoryDirectoryServer.class));
        // a JDK type, so the test sees this very counter whichever class loader loaded the test
        injector.injectIntoFields(userBinds, new TestInjector.AnnotatedAndMatchesType(LdapServer.class, AtomicInteger.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.shutDown(true);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A server key store with a self-signed certificate for localhost, and a trust store holding that certificate. */
    static Path keyStores() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("gatehouse-ldap-tls");
        keytool(dir, "-genkeypair", "-alias", "ldap", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-keystore", "server.p12", "-storetype", "PKCS12", "-storepass", STORE_PASSWORD);
        keytool(dir, "-exportcert", "-alias", "ldap", "-keystore", "server.p12", "-storepass", STORE_PASSWORD,
                "-file", "ldap.crt");
        keytool(dir, "-importcert", "-noprompt", "-alias", "ldap", "-file", "ldap.crt",
                "-keystore", "trust.p12", "-storetype", "PKCS12", "-storepass", STORE_PASSWORD);
        return dir;
    }

    private static void keytool(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new UncheckedIOException(new IOException("keytool " + args[0] + " failed: " + output));
        }
    }
}
