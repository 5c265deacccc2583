package dev.workers4j.dashboard.combologs;

import dev.workers4j.dashboard.common.Database;
import dev.workers4j.dashboard.common.Lists;
import dev.workers4j.dashboard.common.Staff;
import dev.workers4j.dashboard.env.DashboardApiEnv;
import dev.workers4j.http.Context;
import dev.workers4j.http.HttpException;
import dev.workers4j.http.InvalidRequestException;
import dev.workers4j.http.MutableHeaders;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.http.Validation;
import dev.workers4j.sql.Sql;
import java.util.ArrayList;
import java.util.List;

/** /api/combo-logs: the ledger of creative combos (list, create, read, update, delete, CSV export); imports are {@link ComboLogImports}. */
public final class ComboLogRoutes {
    private ComboLogRoutes() {
    }

    public static Router<DashboardApiEnv> create() {
        return new Router<DashboardApiEnv>()
                .get("/", ComboLogRoutes::list)
                .post("/", ComboLogRoutes::create)
                .get("/export", ComboLogRoutes::export)
                .route("/import", ComboLogImports.upload())
                .get("/imports/:id", ComboLogImports::status)
                .get("/:identifier", ComboLogRoutes::read)
                .put("/:identifier", ComboLogRoutes::update)
                .delete("/:identifier", ComboLogRoutes::delete);
    }

    static Response list(Context<DashboardApiEnv> c) {
        ComboLogFilter f = ComboLogFilter.read(c);
        return Database.session(c, sql -> {
            List<ComboLogsSql.Listed> rows = ComboLogsSql.list(sql, f, f.limit() + 1);
            List<ComboLog> page = new ArrayList<>(Math.min(rows.size(), f.limit()));
            for (int i = 0; i < rows.size() && i < f.limit(); i++) {
                page.add(rows.get(i).log());
            }
            String next = null;
            if (Lists.hasMore(rows, f.limit())) {
                ComboLogsSql.Listed last = rows.get(f.limit() - 1);
                next = f.cursorFor(last.key(), String.valueOf(last.id()));
            }
            return c.json(ComboLog_Page_JsonCodec.INSTANCE, new ComboLog.Page(page, next));
        });
    }

    /** Creates a combo log with the next number of its prefix: 201, the whole log in the body. */
    static Response create(Context<DashboardApiEnv> c) {
        ComboLogInput.Valid in = c.req().json(ComboLogInput_JsonCodec.INSTANCE).validate();
        String who = Staff.name(c);
        return Database.session(c, sql -> {
            List<String> lines = ComboLogIdentifier.sortedLines(productLines(sql, in.productIds()));
            String prefix = ComboLogIdentifier.prefix(in.type(), lines, in.productIds().size(), in.audience());
            ComboLog created = sql.transaction(tx -> {
                int seq = ComboLogsSql.nextSeq(tx, prefix);
                String identifier = ComboLogIdentifier.of(prefix, seq);
                ComboLogsSql.insert(tx, identifier, prefix, seq, in, lines, who);
                return ComboLogsSql.find(tx, identifier);
            });
            return c.json(201, ComboLog_JsonCodec.INSTANCE, created);
        });
    }

    static Response read(Context<DashboardApiEnv> c) {
        String identifier = identifier(c);
        return Database.session(c, sql -> {
            return c.json(ComboLog_JsonCodec.INSTANCE, found(ComboLogsSql.find(sql, identifier), identifier));
        });
    }

    static Response update(Context<DashboardApiEnv> c) {
        String identifier = identifier(c);
        ComboLogUpdate.Valid in = c.req().json(ComboLogUpdate_JsonCodec.INSTANCE).validate();
        String who = Staff.name(c);
        return Database.session(c, sql -> {
            ComboLog updated = sql.transaction(tx -> ComboLogsSql.update(tx, identifier, in, who)
                    ? ComboLogsSql.find(tx, identifier) : null);
            return c.json(ComboLog_JsonCodec.INSTANCE, found(updated, identifier));
        });
    }

    static Response delete(Context<DashboardApiEnv> c) {
        String identifier = identifier(c);
        return Database.session(c, sql -> {
            found(ComboLogsSql.delete(sql, identifier) ? Boolean.TRUE : null, identifier);
            return Response.empty(204);
        });
    }

    /** The filtered ledger as CSV, streamed a chunk of rows at a time (limit and cursor are ignored). */
    static Response export(Context<DashboardApiEnv> c) {
        ComboLogFilter f = ComboLogFilter.read(c);
        MutableHeaders headers = new MutableHeaders()
                .set("content-type", "text/csv; charset=utf-8")
                .set("content-disposition", "attachment; filename=\"combo-logs.csv\"");
        return Response.of(200, headers, new ComboLogCsv(c.env().database(), f));
    }

    /** Each product's line; unknown products and products without a line are the body's problems. */
    private static List<String> productLines(Sql sql, List<Long> ids) {
        List<String[]> found = ComboLogsSql.productLines(sql, ids);
        Validation v = new Validation();
        List<String> lines = new ArrayList<>();
        for (Long id : ids) {
            String[] match = null;
            for (String[] row : found) {
                if (row[0].equals(String.valueOf(id))) {
                    match = row;
                }
            }
            if (match == null) {
                v.problem("product_ids", "no product has id " + id);
            } else if (match[1] == null) {
                v.problem("product_ids", "product " + id + " has no product line");
            } else {
                lines.add(match[1]);
            }
        }
        v.throwIfInvalid();
        return lines;
    }

    private static String identifier(Context<?> c) {
        String identifier = c.param("identifier");
        if (!ComboLogIdentifier.plausible(identifier)) {
            throw InvalidRequestException.of("identifier", "must look like SP-IPH-2-WOMEN-001");
        }
        return identifier;
    }

    private static <T> T found(T value, String identifier) {
        if (value == null) {
            throw HttpException.notFound("no combo log " + identifier);
        }
        return value;
    }
}
