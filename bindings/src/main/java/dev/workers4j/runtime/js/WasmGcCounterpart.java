package dev.workers4j.runtime.js;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the body this method gets when TeaVM compiles for WebAssembly GC ({@code
 * -Dworker.target=wasm}): a static method of the same name in {@link #value} whose parameters are
 * this method's (after the receiver, for an instance method). For code only the JavaScript target
 * can compile (a {@code @GeneratedBy} generator, TeaVM's green threads, a {@code @JSByRef} view)
 * or that its Wasm GC target compiles wrongly. One binding source serves both targets: the
 * JavaScript build never reads this annotation, so it compiles exactly what it did before
 * (compile.WasmGcCounterpartsPlugin swaps the bodies, on the Wasm GC target only).
 */
// CLASS, not RUNTIME: TeaVM reads it from the class file either way, and a runtime-visible
// annotation would enter the JavaScript build's reflection metadata.
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface WasmGcCounterpart {
    Class<?> value();
}
