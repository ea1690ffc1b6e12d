package dev.gatehouse.web;

import io.quarkus.logging.LoggingFilter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Escapes CR, LF and the other control characters in every parameter of a log record, so a value a
 * client sent (a login identifier, an LDAP DN, an address) cannot end the line and forge the next one.
 * Installed on the log handlers ({@code quarkus.log.console.filter}, {@code quarkus.log.file.filter}),
 * the one place every log line passes; message templates are ours and may span lines, so they are kept.
 * Chosen over JSON logging, which would also escape them, because it keeps the log format operators read.
 */
@LoggingFilter(name = "log-line-guard")
public final class LogLineGuard implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        Object[] parameters = record.getParameters();
        if (parameters != null) {
            for (int i = 0; i < parameters.length; i++) {
                parameters[i] = escaped(parameters[i]);
            }
        }
        return true;
    }

    /** Numbers, dates and booleans pass as they are, so {@code %d} and date formats still apply to them. */
    static Object escaped(Object parameter) {
        if (parameter == null || parameter instanceof Number || parameter instanceof Boolean
                || parameter instanceof Date || parameter instanceof TemporalAccessor) {
            return parameter;
        }
        String text = String.valueOf(parameter);
        return hasControl(text) ? escape(text) : parameter;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (isControl(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(c -> isControl((char) c));
    }

    /** C0, DEL, C1 (NEL among them) and the Unicode line and paragraph separators. */
    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
    }
}
