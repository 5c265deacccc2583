package dev.workers4j.worker;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a method (or every method of a class) keep the catch shape TeaVM 0.15 in strict mode
 * mis-compiles, which the Worker build otherwise refuses (see {@link Attempt}). Only for code that
 * exists to show the bug, such as the conformance Worker's pinned cases.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE})
public @interface AllowTeaVmCatchShape {
}
