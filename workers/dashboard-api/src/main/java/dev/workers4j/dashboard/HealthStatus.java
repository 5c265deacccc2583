package dev.workers4j.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.JsonCodecType;

/** A health answer: the whole Worker (service) or one component, with its latency where measured. */
@JsonCodecType
@JsonInclude(JsonInclude.Include.NON_NULL)
record HealthStatus(String component, String status, String service,
        @JsonProperty("latency_ms") Integer latencyMillis) {
    static HealthStatus ofService(String service) {
        return new HealthStatus(null, "ok", service, null);
    }

    static HealthStatus ofComponent(String component) {
        return new HealthStatus(component, "ok", null, null);
    }

    static HealthStatus of(String component, String status) {
        return new HealthStatus(component, status, null, null);
    }
}
