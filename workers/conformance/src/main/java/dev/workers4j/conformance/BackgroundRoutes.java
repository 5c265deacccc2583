package dev.workers4j.conformance;

import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.log.Log;

/** waitUntil: work that runs after the response, seen by a later request. */
final class BackgroundRoutes {
    private static int completedTasks;

    private BackgroundRoutes() {
    }

    static Router create() {
        return new Router()
                .post("/tasks", c -> {
                    c.executionContext().waitUntil(() -> {
                        completedTasks++;
                        Log.info("background task " + completedTasks + " done");
                    });
                    return Response.text(202, "scheduled");
                })
                .get("/tasks", c -> Response.text(200, String.valueOf(completedTasks)));
    }
}
