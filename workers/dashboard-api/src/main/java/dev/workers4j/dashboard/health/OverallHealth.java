package dev.workers4j.dashboard.health;

import dev.workers4j.json.JsonCodecType;
import java.util.List;

/** GET /api/health: "ok" when every component is, else "down" with the components that are down named in {@code down}. */
@JsonCodecType
public record OverallHealth(String status, String service, List<HealthStatus> components, List<String> down) {
}
