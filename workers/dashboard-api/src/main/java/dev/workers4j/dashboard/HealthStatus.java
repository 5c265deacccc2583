package dev.workers4j.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.workers4j.json.JsonCodecType;

/** A health answer: the whole Worker (service) or one component. */
@JsonCodecType
@JsonInclude(JsonInclude.Include.NON_NULL)
record HealthStatus(String component, String status, String service) {
    static HealthStatus ofService(String service) {
        return new HealthStatus(null, "ok", service);
    }

    static HealthStatus ofComponent(String component) {
        return new HealthStatus(component, "ok", null);
    }
}
