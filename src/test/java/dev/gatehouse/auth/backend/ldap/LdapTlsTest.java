package dev.gatehouse.auth.backend.ldap;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;
import io.smallrye.config.WithDefault;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ldaps:// and StartTLS against in-memory servers with a keytool-made certificate, in plain JUnit. */
class LdapTlsTest {

    private static Path stores;
    private static InMemoryDirectoryServer server;

    @BeforeAll
    static void startServers() throws Exception {
        stores = LdapTestServer.keyStores();
        SSLUtil serverSsl = new SSLUtil(new KeyStoreKeyManager(stores.resolve("server.p12").toFile(),
                LdapTestServer.STORE_PASSWORD.toCharArray(), "PKCS12", "ldap"), new TrustAllTrustManager());
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(LdapTestServer.BASE);
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPConfig("starttls", InetAddress.getLoopbackAddress(), 0,
                        serverSsl.createSSLSocketFactory()),
                InMemoryListenerConfig.createLDAPSConfig("ldaps", InetAddress.getLoopbackAddress(), 0,
                        serverSsl.createSSLServerSocketFactory(), null));
        server = new InMemoryDirectoryServer(config);
        server.startListening();
    }

    @AfterAll
    static void stopServers() {
        server.shutDown(true);
    }

    private static LdapConfig config(Map<String, String> values) {
        return (LdapConfig) Proxy.newProxyInstance(LdapConfig.class.getClassLoader(), new Class<?>[] {LdapConfig.class},
                (proxy, method, args) -> value(method, values.get(method.getName())));
    }

    /** What SmallRye would give: the value, else the {@code @WithDefault}, converted to the method's type. */
    private static Object value(Method method, String given) {
        WithDefault fallback = method.getAnnotation(WithDefault.class);
        String raw = given != null ? given : fallback != null ? fallback.value() : null;
        Class<?> type = method.getReturnType();
        if (type == Optional.class) {
            return Optional.ofNullable(raw);
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type == boolean.class) {
            return Boolean.parseBoolean(raw);
        }
        if (type == int.class) {
            return Integer.parseInt(raw);
        }
        if (type == Duration.class) {
            return Duration.ofSeconds(Long.parseLong(raw.replace("s", "")));
        }
        return raw;
    }

    private static Map<String, String> trusted(String url) {
        return Map.of("url", url, "trustStorePath", stores.resolve("trust.p12").toString(),
                "trustStorePassword", LdapTestServer.STORE_PASSWORD, "baseDn", LdapTestServer.BASE);
    }

    private static String url(String scheme, String listener) {
        return scheme + "://localhost:" + server.getListenPort(listener);
    }

    @Test
    void startTlsWithTheTrustStoreEncryptsPooledAndUserConnections() throws Exception {
        Map<String, String> values = new java.util.HashMap<>(trusted(url("ldap", "starttls")));
        values.put("startTls", "true");
        LdapConnections connections = new LdapConnections(config(values));
        try (LDAPConnection user = connections.forUserBind()) {
            assertNotNull(user.getSSLSession(), "StartTLS was negotiated before any bind");
            assertNotNull(connections.pool().getRootDSE());
        } finally {
            connections.close();
        }
    }

    @Test
    void ldapsWithTheTrustStoreConnects() throws Exception {
        LdapConnections connections = new LdapConnections(config(trusted(url("ldaps", "ldaps"))));
        try (LDAPConnection user = connections.forUserBind()) {
            assertNotNull(user.getSSLSession());
        } finally {
            connections.close();
        }
    }

    @Test
    void certificateOutsideTheTrustStoreIsRefused() throws Exception {
        // no trust-store-path: the JVM's default CAs, which do not know the test certificate
        LdapConnections connections = new LdapConnections(config(Map.of("url", url("ldaps", "ldaps"), "baseDn", "dc=x")));
        try {
            assertThrows(LDAPException.class, connections::forUserBind);
            assertThrows(LDAPException.class, () -> connections.pool().getRootDSE());
        } finally {
            connections.close();
        }
    }

    @Test
    void startTlsOnAnLdapsUrlFailsAtBoot() {
        Map<String, String> values = new java.util.HashMap<>(trusted(url("ldaps", "ldaps")));
        values.put("startTls", "true");
        assertThrows(IllegalStateException.class, () -> new LdapConnections(config(values)));
    }
}
