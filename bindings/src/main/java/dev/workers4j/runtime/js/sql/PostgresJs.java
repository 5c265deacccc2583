package dev.workers4j.runtime.js.sql;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSBodyImport;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSPromise;

/**
 * The npm {@code postgres} driver (postgres.js), imported by the TeaVM output as an ES module
 * (TeaVM emits the import only when SQL is used, so Workers without SQL do not carry it);
 * wrangler's bundler resolves it to its workerd build, which needs {@code nodejs_compat}.
 *
 * <p>Every value comes back as PostgreSQL's text (the driver's parsers are replaced by the
 * identity), so both runtimes share one conversion ({@link dev.workers4j.sql.Row}). A query's
 * Promise never rejects: it resolves to {@code {ok, r}} or {@code {ok:false, e}}, and Java
 * reads the error's SQLSTATE and fields from it.
 */
final class PostgresJs {
    private PostgresJs() {
    }

    /**
     * A client of one connection (max 1: a session, like a JDBC connection, and BEGIN/COMMIT
     * allowed), no type fetch on connect, prepared statements, notices not logged. Parameters
     * are sent as the text Java made of them: the driver's own serializers (picked by the type
     * the server describes) would turn "true" into 'f' for a boolean and hex-encode a bytea's
     * text a second time.
     */
    @JSBody(params = "url", script = "return postgres.default(url, {max: 1, fetch_types: false, prepare: true,"
            + " onnotice: function () {},"
            + " types: {w4jText: {to: 25, from: [16, 17, 20, 21, 23, 26, 114, 700, 701, 1082, 1083, 1114, 1184,"
            + " 1186, 3802], parse: function (x) { return x; }, serialize: function (x) { return x; }}}});",
            imports = @JSBodyImport(alias = "postgres", fromModule = "postgres"))
    static native JSObject client(String url);

    @JSBody(params = {"sql", "text", "params"}, script = "try {"
            + " return sql.unsafe(text, params, {prepare: true}).values().then("
            + "  function (r) { return {ok: true, r: r}; }, function (e) { return {ok: false, e: e}; });"
            + "} catch (e) { return Promise.resolve({ok: false, e: e}); }")
    static native JSPromise<JSObject> query(JSObject sql, String text, JSArray<JSObject> params);

    /** Ends the client: gracefully, or after {@code timeoutSeconds} (0: at once) by destroying its connection. */
    @JSBody(params = {"sql", "timeoutSeconds"}, script = "return sql.end({timeout: timeoutSeconds}).then("
            + "function () { return null; }, function () { return null; });")
    static native JSPromise<JSObject> end(JSObject sql, int timeoutSeconds);

    /** Whether the error ended the connection: FATAL or PANIC from the server, or a client-side error. */
    @JSBody(params = "res", script = "var e = res.e; return !e || !e.severity || e.severity === 'FATAL'"
            + " || e.severity === 'PANIC';")
    static native boolean connectionLost(JSObject res);

    @JSBody(script = "return [];")
    static native JSArray<JSObject> newArray();

    @JSBody(params = {"array", "value"}, script = "array.push(value == null ? null : value);")
    static native void push(JSArray<JSObject> array, String value);

    @JSBody(params = "res", script = "return res.ok === true;")
    static native boolean ok(JSObject res);

    @JSBody(params = "res", script = "var r = res.r; return typeof r.count === 'number' && !isNaN(r.count)"
            + " ? r.count : r.length;")
    static native double count(JSObject res);

    @JSBody(params = "res", script = "return res.r.length;")
    static native int rowCount(JSObject res);

    @JSBody(params = "res", script = "return res.r.columns ? res.r.columns.length : 0;")
    static native int columnCount(JSObject res);

    @JSBody(params = {"res", "i"}, script = "return res.r.columns[i].name;")
    static native String columnName(JSObject res, int i);

    @JSBody(params = {"res", "i"}, script = "return res.r.columns[i].type;")
    static native int columnType(JSObject res, int i);

    @JSBody(params = {"res", "row", "column"}, script = "var v = res.r[row][column];"
            + " return v === null || v === undefined ? null : String(v);")
    static native String cell(JSObject res, int row, int column);

    /** The SQLSTATE of a server error; null for a client-side one (connection lost, ...). */
    @JSBody(params = "res", script = "var e = res.e;"
            + " return e && e.severity && typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) ? e.code : null;")
    static native String errorSqlState(JSObject res);

    @JSBody(params = "res", script = "var e = res.e; if (!e) return 'unknown error';"
            + " var m = e.message ? String(e.message) : String(e);"
            + " return (!e.severity && e.code && m.indexOf(e.code) < 0) ? e.code + ': ' + m : m;")
    static native String errorMessage(JSObject res);

    @JSBody(params = "res", script = "var e = res.e; return e && e.detail ? String(e.detail) : null;")
    static native String errorDetail(JSObject res);

    @JSBody(params = "res", script = "var e = res.e; return e && e.constraint_name ? String(e.constraint_name) : null;")
    static native String errorConstraint(JSObject res);
}
