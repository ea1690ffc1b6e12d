package dev.gatehouse.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Keeps the published contract honest: the top-level openapi.yaml and the document the service
 * generates from its code must name the same operations, and every schema the code exposes must be
 * described in openapi.yaml with the same properties. openapi.yaml may add schemas the generator
 * cannot see (problem bodies, Response-wrapped results).
 */
@QuarkusTest
class OpenApiContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    void servedOperationsMatchOpenApiYaml() throws IOException {
        assertEquals(operations(contract()), operations(served()));
    }

    @Test
    void everyServedSchemaIsInOpenApiYamlWithTheSameProperties() throws IOException {
        TreeMap<String, Set<String>> contract = schemas(contract());
        TreeMap<String, Set<String>> served = schemas(served());
        served.forEach((name, properties) -> {
            assertTrue(contract.containsKey(name), "openapi.yaml lacks schema " + name);
            assertEquals(properties, contract.get(name), "properties of schema " + name);
        });
    }

    private static JsonNode contract() throws IOException {
        return YAML.readTree(Path.of("openapi.yaml").toFile());
    }

    private static JsonNode served() throws IOException {
        return YAML.readTree(given().accept("application/yaml").get("/q/openapi").asString());
    }

    private static Set<String> operations(JsonNode doc) {
        Set<String> out = new TreeSet<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                out.add(method.toUpperCase() + " " + path.getKey());
            }
        }));
        return out;
    }

    /** Object schemas by name with their property names; library type mappings (dotted names) are skipped. */
    private static TreeMap<String, Set<String>> schemas(JsonNode doc) {
        TreeMap<String, Set<String>> out = new TreeMap<>();
        doc.path("components").path("schemas").fields().forEachRemaining(schema -> {
            JsonNode properties = schema.getValue().path("properties");
            if (!schema.getKey().contains(".") && properties.isObject()) {
                Set<String> names = new TreeSet<>();
                properties.fieldNames().forEachRemaining(names::add);
                out.put(schema.getKey(), names);
            }
        });
        return out;
    }
}
