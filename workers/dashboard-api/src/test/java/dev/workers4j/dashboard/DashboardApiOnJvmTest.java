package dev.workers4j.dashboard;

import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.WorkerExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

class DashboardApiOnJvmTest extends DashboardApiScenarios {
    @RegisterExtension
    static final WorkerExtension API = WorkerExtension.of(DashboardApi::new);

    @Override
    WorkerClient api() {
        return API.harness();
    }
}
