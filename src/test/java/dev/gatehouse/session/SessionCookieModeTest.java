package dev.gatehouse.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.LaunchMode;
import org.junit.jupiter.api.Test;

class SessionCookieModeTest {

    @Test
    void productionRefusesCookiesWithoutSecureAndDevAndTestMayUseThem() {
        assertFalse(SessionCookie.mayRunWith(LaunchMode.NORMAL, false));
        assertTrue(SessionCookie.mayRunWith(LaunchMode.NORMAL, true));
        assertTrue(SessionCookie.mayRunWith(LaunchMode.DEVELOPMENT, false));
        assertTrue(SessionCookie.mayRunWith(LaunchMode.TEST, false));
    }
}
