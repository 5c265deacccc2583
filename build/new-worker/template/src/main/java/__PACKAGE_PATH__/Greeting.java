package __PACKAGE__;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.JsonCodecType;

/** A greeting, as JSON: its codec (Greeting_JsonCodec) is generated at compile time, no reflection. */
@JsonCodecType
@JsonInclude(JsonInclude.Include.NON_NULL)
record Greeting(@JsonProperty(required = true) String name, String message) {
    static Greeting of(String greeting, String name) {
        return new Greeting(name, greeting + ", " + name);
    }
}
