package dev.workers4j.dashboard.health;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.JsonCodecType;

/** One component's health (or the Worker's own), with its latency where measured and why it is down. */
@JsonCodecType
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HealthStatus(String component, String status, String service,
        @JsonProperty("latency_ms") Integer latencyMillis, String problem) {
    static HealthStatus ofComponent(String component) {
        return new HealthStatus(component, "ok", null, null, null);
    }

    static HealthStatus up(String component, int latencyMillis) {
        return new HealthStatus(component, "ok", null, latencyMillis, null);
    }

    static HealthStatus down(String component, int latencyMillis, String problem) {
        return new HealthStatus(component, "down", null, latencyMillis, problem);
    }

    boolean isUp() {
        return "ok".equals(status);
    }
}
