package dev.workers4j.dashboard.assets;

import dev.workers4j.dashboard.common.Database;
import dev.workers4j.dashboard.common.Cursor;
import dev.workers4j.dashboard.common.Lists;
import dev.workers4j.dashboard.common.PathId;
import dev.workers4j.dashboard.common.Staff;
import dev.workers4j.dashboard.env.DashboardApiEnv;
import dev.workers4j.http.Context;
import dev.workers4j.http.HttpException;
import dev.workers4j.http.InvalidRequestException;
import dev.workers4j.http.MutableHeaders;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.http.Validation;
import dev.workers4j.ingest.jobs.AssetIngest;
import dev.workers4j.ingest.jobs.IngestJob;
import dev.workers4j.ingest.jobs.IngestJob_JsonCodec;
import dev.workers4j.r2.R2Conditional;
import dev.workers4j.r2.R2GetOptions;
import dev.workers4j.r2.R2Object;
import dev.workers4j.r2.R2Range;
import dev.workers4j.worker.Attempt;
import java.util.List;

/** /api/assets: ingest requests (ASSET_INGEST does the download), the list, one asset, and its content from R2. */
public final class AssetRoutes {
    private AssetRoutes() {
    }

    public static Router<DashboardApiEnv> create() {
        return new Router<DashboardApiEnv>()
                .get("/", AssetRoutes::list)
                .post("/ingest", AssetRoutes::ingest)
                .get("/:id", AssetRoutes::read)
                .get("/:id/content", AssetRoutes::content);
    }

    static Response ingest(Context<DashboardApiEnv> c) {
        Asset.IngestRequest body = c.req().json(Asset_IngestRequest_JsonCodec.INSTANCE);
        Validation v = new Validation();
        Long productId = body.productId();
        v.require("product_id", productId);
        v.check(productId == null || productId > 0, "product_id", "must be a positive whole number");
        String sourceUrl = v.require("source_url", v.httpUrl("source_url", body.sourceUrl(), 2048));
        v.throwIfInvalid();
        String who = Staff.name(c);
        DashboardApiEnv env = c.env();
        return Database.session(c, sql -> {
            long id = sql.transaction(tx -> {
                if (!AssetsSql.productExists(tx, productId)) {
                    throw InvalidRequestException.of("product_id", "no product has this id");
                }
                return AssetsSql.insertPending(tx, sourceUrl, productId, who);
            });
            RuntimeException failed = Attempt.run(() -> env.ingestJobs().send(IngestJob_JsonCodec.INSTANCE,
                    (IngestJob) new AssetIngest(id, productId, sourceUrl)));
            if (failed != null) {
                AssetsSql.failUnqueued(sql, id);
                throw failed;
            }
            return c.json(202, Asset_Queued_JsonCodec.INSTANCE, new Asset.Queued(id, "PENDING"));
        });
    }

    static Response list(Context<DashboardApiEnv> c) {
        Validation v = new Validation();
        String status = v.oneOf("status", c.query("status"), null, "PENDING", "READY", "DUPLICATE", "FAILED");
        int limit = Lists.limit(v, c);
        Long beforeId = Cursor.id(v, c.query("cursor"));
        v.throwIfInvalid();
        return Database.session(c, sql -> {
            List<Asset> rows = AssetsSql.list(sql, status, beforeId, limit, c.env().r2PublicUrl());
            List<Asset> page = Lists.page(rows, limit);
            String next = Lists.hasMore(rows, limit) ? Cursor.encode(String.valueOf(page.get(page.size() - 1).id())) : null;
            return c.json(Asset_Page_JsonCodec.INSTANCE, new Asset.Page(page, next));
        });
    }

    static Response read(Context<DashboardApiEnv> c) {
        long id = PathId.of(c);
        return Database.session(c, sql -> {
            return c.json(Asset_JsonCodec.INSTANCE, found(AssetsSql.find(sql, id, c.env().r2PublicUrl()), id));
        });
    }

    /**
     * The stored object, streamed from R2 with its HTTP metadata and ETag: 206 with Content-Range
     * for a satisfiable Range, 304 when If-None-Match names its ETag.
     */
    static Response content(Context<DashboardApiEnv> c) {
        long id = PathId.of(c);
        Asset asset = found(Database.session(c, sql -> AssetsSql.find(sql, id, null)), id);
        if (asset.r2Key() == null || asset.sizeBytes() == null) {
            throw new HttpException(404, "not_found", "asset " + id + " has no content (status " + asset.status() + ")");
        }
        long size = asset.sizeBytes();
        ByteRange range = ByteRange.parse(c.req().header("range"), size);
        R2GetOptions options = R2GetOptions.create();
        String ifNoneMatch = c.req().header("if-none-match");
        if (ifNoneMatch != null) {
            options.onlyIf(R2Conditional.create().etagDoesNotMatch(bareEtag(ifNoneMatch)));
        }
        if (range != null) {
            options.range(R2Range.of(range.offset(), range.length()));
        }
        R2Object object = c.env().bucket().get(asset.r2Key(), options);
        if (object == null) {
            throw new HttpException(404, "not_found", "asset " + id + "'s content is missing from storage");
        }
        MutableHeaders headers = new MutableHeaders().set("etag", object.httpEtag()).set("accept-ranges", "bytes");
        if (!object.hasBody()) {
            return Response.of(304, headers, new byte[0]);
        }
        object.writeHttpMetadata(headers);
        if (range != null) {
            headers.set("content-range", range.contentRange(size));
        }
        return Response.of(range != null ? 206 : 200, headers, object.body());
    }

    /** {@code W/"abc"} or {@code "abc"} gives abc (R2 compares bare etags). */
    static String bareEtag(String header) {
        String tag = header.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        return tag;
    }

    private static Asset found(Asset asset, long id) {
        if (asset == null) {
            throw HttpException.notFound("no asset " + id);
        }
        return asset;
    }
}
