package dev.workers4j.dashboard.metrics.objectives;

import dev.workers4j.dashboard.common.Database;
import dev.workers4j.dashboard.common.Cursor;
import dev.workers4j.dashboard.common.Lists;
import dev.workers4j.dashboard.common.PathId;
import dev.workers4j.dashboard.common.Staff;
import dev.workers4j.dashboard.env.DashboardApiEnv;
import dev.workers4j.http.Context;
import dev.workers4j.http.HttpException;
import dev.workers4j.http.InvalidRequestException;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.http.Validation;
import dev.workers4j.sql.Sql;
import java.time.LocalDate;
import java.util.List;

/** /api/performance-metrics/objectives: create, list, read, replace and delete targets; their progress. */
public final class ObjectiveRoutes {
    private ObjectiveRoutes() {
    }

    public static Router<DashboardApiEnv> create() {
        return new Router<DashboardApiEnv>()
                .get("/", ObjectiveRoutes::list)
                .post("/", ObjectiveRoutes::create)
                .get("/progress", ObjectiveRoutes::progress)
                .get("/:id", ObjectiveRoutes::read)
                .put("/:id", ObjectiveRoutes::replace)
                .delete("/:id", ObjectiveRoutes::delete);
    }

    static Response create(Context<DashboardApiEnv> c) {
        ObjectiveInput.Valid in = c.req().json(ObjectiveInput_JsonCodec.INSTANCE).validate();
        String who = Staff.name(c);
        return Database.session(c, sql -> {
            Objective created = sql.transaction(tx -> {
                requireProduct(tx, in);
                return ObjectivesSql.insert(tx, in, who);
            });
            return c.json(201, Objective_JsonCodec.INSTANCE, created);
        });
    }

    static Response replace(Context<DashboardApiEnv> c) {
        long id = PathId.of(c);
        ObjectiveInput.Valid in = c.req().json(ObjectiveInput_JsonCodec.INSTANCE).validate();
        String who = Staff.name(c);
        return Database.session(c, sql -> {
            Objective updated = sql.transaction(tx -> {
                requireProduct(tx, in);
                return ObjectivesSql.update(tx, id, in, who);
            });
            if (updated == null) {
                throw notFound(id);
            }
            return c.json(Objective_JsonCodec.INSTANCE, updated);
        });
    }

    static Response read(Context<DashboardApiEnv> c) {
        long id = PathId.of(c);
        return Database.session(c, sql -> {
            Objective found = ObjectivesSql.find(sql, id);
            if (found == null) {
                throw notFound(id);
            }
            return c.json(Objective_JsonCodec.INSTANCE, found);
        });
    }

    static Response delete(Context<DashboardApiEnv> c) {
        long id = PathId.of(c);
        return Database.session(c, sql -> {
            if (!ObjectivesSql.delete(sql, id)) {
                throw notFound(id);
            }
            return Response.empty(204);
        });
    }

    static Response list(Context<DashboardApiEnv> c) {
        ListQuery q = ListQuery.read(c);
        return Database.session(c, sql -> {
            List<Objective> rows = ObjectivesSql.list(sql, q.activeOn, q.afterId, q.limit);
            List<Objective> page = Lists.page(rows, q.limit);
            String next = Lists.hasMore(rows, q.limit) ? Cursor.encode(String.valueOf(page.get(page.size() - 1).id())) : null;
            return c.json(Objectives_JsonCodec.INSTANCE, new Objectives(page, next));
        });
    }

    static Response progress(Context<DashboardApiEnv> c) {
        ListQuery q = ListQuery.read(c);
        return Database.session(c, sql -> {
            List<ObjectiveProgress> rows = ObjectivesSql.progress(sql, q.activeOn, q.afterId, q.limit);
            List<ObjectiveProgress> page = Lists.page(rows, q.limit);
            String next = Lists.hasMore(rows, q.limit)
                    ? Cursor.encode(String.valueOf(page.get(page.size() - 1).objective().id())) : null;
            return c.json(ObjectiveProgress_Page_JsonCodec.INSTANCE, new ObjectiveProgress.Page(page, next));
        });
    }

    /** {@code active_on} (a date the period holds), {@code limit}, {@code cursor}. */
    private record ListQuery(String activeOn, long afterId, int limit) {
        static ListQuery read(Context<?> c) {
            Validation v = new Validation();
            LocalDate activeOn = v.date("active_on", c.query("active_on"), null);
            int limit = Lists.limit(v, c);
            Long afterId = Cursor.id(v, c.query("cursor"));
            v.throwIfInvalid();
            return new ListQuery(activeOn == null ? null : activeOn.toString(), afterId == null ? 0 : afterId, limit);
        }
    }

    private static void requireProduct(Sql tx, ObjectiveInput.Valid in) {
        if (in.productId() != null && !ObjectivesSql.productExists(tx, in.productId())) {
            throw InvalidRequestException.of("product_id", "no product has this id");
        }
    }

    private static HttpException notFound(long id) {
        return HttpException.notFound("no objective " + id);
    }
}
