package dev.workers4j.json;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks the processor (workers4j-json-processor) for a codec. For a type {@code com.x.Foo} it
 * generates {@code com.x.Foo_JsonCodec} (nested {@code Outer.Inner}: {@code Outer_Inner_JsonCodec})
 * with {@code public static final ... INSTANCE}. Records, classes and enums it references, and the
 * subtypes of a sealed/@JsonSubTypes base, get codecs too without this annotation.
 *
 * <p>Source retention: the runtime never looks for it.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface JsonCodecType {}
