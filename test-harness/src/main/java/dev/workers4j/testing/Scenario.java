package dev.workers4j.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;

/**
 * A test that runs once per runtime, "[jvm]" and "[workerd]", with the same assertions: its
 * {@link WorkerClient} parameter is the Worker of the class's {@link BothRuntimes} extension on
 * that runtime.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
public @interface Scenario {
}
