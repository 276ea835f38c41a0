package dateline.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Collectors;

/** The JSON Schema of Dateline's own JSON, from the product's classpath, with formats asserted. */
public final class DatelineJsonSchema {
    private static final JsonSchema SCHEMA = load();

    private DatelineJsonSchema() {}

    /** Every violation, one per line; empty when the document has Dateline's shape. */
    public static String violations(JsonNode document) {
        return SCHEMA.validate(document).stream().map(ValidationMessage::getMessage).sorted()
                .collect(Collectors.joining("\n"));
    }

    private static JsonSchema load() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = DatelineJson.class.getResourceAsStream(DatelineJson.SCHEMA)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
