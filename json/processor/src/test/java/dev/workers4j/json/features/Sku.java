package dev.workers4j.json.features;

import com.fasterxml.jackson.annotation.JsonValue;

/** A value type: one JSON string through @JsonValue and the canonical constructor. */
public record Sku(@JsonValue String value) {}
