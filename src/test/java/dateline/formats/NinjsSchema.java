package dateline.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dateline.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Set;
import java.util.stream.Collectors;

/** An IPTC ninjs JSON Schema (3.1 or 2.2) from ../shared, with formats (uri, date-time) asserted. */
public final class NinjsSchema {
    private final JsonSchema schema;

    private NinjsSchema(JsonSchema schema) { this.schema = schema; }

    /** Loads the 3.1 schema; skips the calling test when ../shared is absent. */
    public static NinjsSchema load() { return load("3.1"); }

    /** Loads the schema of a ninjs {@code version} ("3.1", "2.2"); skips the test when ../shared is absent. */
    public static NinjsSchema load(String version) {
        var path = SharedData.require("standards/ninjs/specification/ninjs-schema_" + version + ".json");
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Files.newInputStream(path)) {
            // ninjs refers to the GeoJSON schema on the web; tests run offline, so it is read from the classpath.
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                    builder -> builder.schemaMappers(m -> m.mapPrefix("https://geojson.org/schema/", "classpath:schemas/")));
            return new NinjsSchema(factory.getSchema(in, config));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every violation, one per line; empty when the document is valid ninjs of this version. */
    public String violations(JsonNode document) {
        Set<ValidationMessage> messages = schema.validate(document);
        return messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n"));
    }
}
