package dev.workers4j.runtime.js;

import org.teavm.backend.javascript.codegen.SourceWriter;
import org.teavm.backend.javascript.spi.Generator;
import org.teavm.backend.javascript.spi.GeneratorContext;
import org.teavm.dependency.DependencyAgent;
import org.teavm.dependency.DependencyPlugin;
import org.teavm.dependency.MethodDependency;
import org.teavm.model.MethodReference;

/**
 * Compile-time part of {@link GreenThreads#start}: runs inside the TeaVM compiler (never in a
 * Worker) and emits {@code $rt_startThread(() => GreenThreads.run(task))}, TeaVM's synchronous
 * thread start. The dependency half tells TeaVM's analysis that {@code run} is reached with the
 * task, so the task's code is compiled as resumable.
 */
public final class GreenThreadStarter implements Generator, DependencyPlugin {
    private static final MethodReference RUN = new MethodReference(GreenThreads.class, "run",
            GreenThreads.Task.class, void.class);

    @Override
    public void methodReached(DependencyAgent agent, MethodDependency method) {
        MethodDependency run = agent.linkMethod(RUN);
        method.getVariable(1).connect(run.getVariable(1));
        run.use();
    }

    @Override
    public void generate(GeneratorContext context, SourceWriter writer, MethodReference methodRef) {
        String task = context.getParameterName(1);
        writer.appendFunction("$rt_startThread").append("(()").ws().append("=>").ws()
                .appendMethod(RUN).append("(").append(task).append("));").softNewLine();
    }
}
