package dev.workers4j.entry;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The compile-time check of {@link WorkerEnvProcessor}, run on a compiled @WorkerEnv interface:
 * for a Worker's JVM tests, which run on every build even when javac finds nothing to recompile
 * (an edit to wrangler.toml alone does not make Maven recompile, so the processor does not see it).
 *
 * <pre>{@code
 * assertEquals(List.of(), WorkerEnvCheck.problems(IngestEnv.class, Path.of("wrangler.toml")));
 * }</pre>
 *
 * The messages are the compiler's.
 */
public final class WorkerEnvCheck {
    private WorkerEnvCheck() {
    }

    /** Every disagreement between {@code env} and {@code wranglerToml}; empty when they match. */
    public static List<String> problems(Class<?> env, Path wranglerToml) {
        List<String> problems = new ArrayList<>();
        if (!env.isInterface() || !hasAnnotation(env.getAnnotations(), WorkerEnvProcessor.ANNOTATION)) {
            problems.add(env.getName() + " is not a @WorkerEnv interface");
            return problems;
        }
        List<Method> methods = new ArrayList<>();
        for (Method method : env.getMethods()) {
            // The raw env's own lookups (var, secret) are inherited, not bindings.
            boolean inherited = method.getDeclaringClass().getName().equals(WorkerEnvProcessor.ENV);
            if (Modifier.isAbstract(method.getModifiers()) && !inherited) {
                methods.add(method);
            }
        }
        methods.sort(Comparator.comparing(Method::getName));
        List<EnvCheck.Declared> declared = new ArrayList<>();
        for (Method method : methods) {
            String where = env.getSimpleName() + "." + method.getName() + "()";
            String name = bindingName(method);
            BindingKind kind = BindingKind.ofJavaType(method.getReturnType().getName());
            if (name == null || name.isEmpty() || kind == null || method.getParameterCount() > 0) {
                problems.add(where + " is not a binding method (@Binding(\"NAME\"), no parameters, a binding type)");
            } else {
                declared.add(new EnvCheck.Declared(where, name, kind));
            }
        }
        WranglerBindings wrangler;
        try {
            wrangler = WranglerBindings.read(wranglerToml.toAbsolutePath().normalize());
        } catch (IOException | RuntimeException e) {
            problems.add("cannot read the bindings of " + wranglerToml.toAbsolutePath() + ": " + e.getMessage());
            return problems;
        }
        for (EnvCheck.Problem problem : EnvCheck.check(env.getSimpleName(), declared, wrangler)) {
            problems.add(problem.message());
        }
        return problems;
    }

    private static String bindingName(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().getName().equals(WorkerEnvProcessor.BINDING)) {
                try {
                    return String.valueOf(annotation.annotationType().getMethod("value").invoke(annotation));
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static boolean hasAnnotation(Annotation[] annotations, String name) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().getName().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
