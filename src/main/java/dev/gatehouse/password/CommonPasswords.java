package dev.gatehouse.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Loads the shipped list of common passwords, lowercased, one a line.
 *
 * <p>See {@code password/NOTICE-common-passwords.txt} for its sources and licences.
 */
final class CommonPasswords {

    static final String RESOURCE = "/password/common-passwords.txt.gz";

    private CommonPasswords() {
    }

    static String[] load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
                return reader.lines().map(String::strip).filter(line -> !line.isEmpty()).toArray(String[]::new);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
