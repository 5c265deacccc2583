package dev.workers4j.worker;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the {@link Worker} a bundle is built from. At compile time {@code workers4j-entry-processor}
 * generates {@code <ClassName>Main} beside it: the TeaVM main class whose exported
 * {@code fetch}, {@code queue} and {@code scheduled} workerd calls. The class needs a public
 * no-argument constructor; one instance serves every invocation of the isolate.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface WorkerEntry {
}
