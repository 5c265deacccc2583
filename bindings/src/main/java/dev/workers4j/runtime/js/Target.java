package dev.workers4j.runtime.js;

import org.teavm.interop.PlatformMarker;
import org.teavm.interop.Platforms;

/**
 * Which TeaVM target compiles this code: the JavaScript build (what ships) or the WebAssembly GC
 * build ({@code -Dworker.target=wasm}). TeaVM replaces each call with a constant and drops the
 * branch not taken before it resolves anything, so one binding source serves both targets: code
 * only the JS target can compile (its {@code @GeneratedBy} generators, green threads) sits behind
 * {@code !isWebAssemblyGC()}, and its Wasm counterpart behind the other branch. On the JVM (never
 * the js package's runtime) both are false.
 */
public final class Target {
    private Target() {
    }

    @PlatformMarker(Platforms.WEBASSEMBLY_GC)
    public static boolean isWebAssemblyGC() {
        return false;
    }
}
