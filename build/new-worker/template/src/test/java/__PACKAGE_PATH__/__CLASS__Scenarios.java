package __PACKAGE__;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.testing.BothRuntimes;
import dev.workers4j.testing.Scenario;
import dev.workers4j.testing.WorkerClient;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each scenario runs twice with the same assertions: "[jvm]" against __CLASS__ with fake
 * bindings, "[workerd]" against its TeaVM bundle in workerd. Both read wrangler.toml.
 * -Dw4j.runtimes=jvm runs the JVM half alone.
 */
class __CLASS__Scenarios {
    @RegisterExtension
    static final BothRuntimes RUNTIMES = BothRuntimes.of(__CLASS__::new);

    @Scenario
    void helloGreetsWithTheConfiguredWord(WorkerClient worker) {
        Response response = worker.fetch(Request.get("/hello?name=Ada"));
        assertEquals(200, response.status(), response.text());
        assertEquals("{\"name\":\"Ada\",\"message\":\"Hello, Ada\"}", response.text());
    }

    @Scenario
    void aPostedGreetingIsAnswered(WorkerClient worker) {
        Response response = worker.fetch(Request.builder("POST", "/greetings").body("{\"name\":\"Grace\"}").build());
        assertEquals(201, response.status(), response.text());
        assertEquals("{\"name\":\"Grace\",\"message\":\"Hello, Grace\"}", response.text());
    }

    @Scenario
    void aGreetingWithoutANameIsABadRequest(WorkerClient worker) {
        Response response = worker.fetch(Request.builder("POST", "/greetings").body("{}").build());
        assertEquals(400, response.status(), response.text());
    }
}
