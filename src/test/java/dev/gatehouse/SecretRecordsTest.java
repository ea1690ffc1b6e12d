package dev.gatehouse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every record of the service that carries a credential hides it from {@code toString()}: records end up in
 * log lines and exception messages, and a password printed there is a password leaked. The records are found
 * by scanning the compiled classes, so a new one is covered the day it is written.
 */
class SecretRecordsTest {

    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void everyRecordThatCarriesACredentialKeepsItOutOfToString() throws Exception {
        List<String> leaks = new ArrayList<>();
        List<Class<?>> checked = secretCarryingRecords();
        for (Class<?> type : checked) {
            Object instance = withMarkers(type);
            String printed = instance.toString();
            for (RecordComponent component : type.getRecordComponents()) {
                if (isSecret(type, component) && printed.contains(marker(component))) {
                    leaks.add(type.getName() + "." + component.getName());
                }
            }
        }
        assertTrue(checked.size() >= 8, "the scan found the credential records: " + checked);
        assertTrue(leaks.isEmpty(), "toString() shows a credential: " + leaks);
    }

    @Test
    void theMarkerCheckSeesAPlainRecordsCredential() throws Exception {
        record Leaky(String password) {}
        String printed = withMarkers(Leaky.class).toString();
        assertTrue(printed.contains(marker(Leaky.class.getRecordComponents()[0])), printed);
    }

    private static List<Class<?>> secretCarryingRecords() throws IOException, ClassNotFoundException {
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, SecretRecordsTest.class.getClassLoader());
                if (type.isRecord() && Stream.of(type.getRecordComponents()).anyMatch(c -> isSecret(type, c))) {
                    records.add(type);
                }
            }
        }
        return records;
    }

    private static boolean isSecret(Class<?> type, RecordComponent component) {
        String name = component.getName().toLowerCase(Locale.ROOT);
        return component.getType() == String.class
                && (name.contains("password") || name.contains("secret") || name.endsWith("token")
                        || name.equals("value") && type.getSimpleName().endsWith("Token"));
    }

    /** An instance whose every String component holds a distinct marker, and every other component its zero. */
    private static Object withMarkers(Class<?> type) throws ReflectiveOperationException {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = zeroOrMarker(components[i]);
        }
        Constructor<?> constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return constructor.newInstance(values);
    }

    private static Object zeroOrMarker(RecordComponent component) {
        Class<?> type = component.getType();
        if (type == String.class) {
            return marker(component);
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        return null;
    }

    private static String marker(RecordComponent component) {
        return "marker-" + component.getName() + "-7c1f";
    }
}
