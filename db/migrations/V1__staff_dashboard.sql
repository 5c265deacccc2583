-- The staff dashboard's schema, one for both Workers: dashboard-api reads and writes it,
-- ingest fills it. Money is numeric (never a float), times are timestamptz, and every foreign
-- key and every column a route filters or sorts on has an index. Writes made by staff record
-- the Cloudflare Access identity (a staff email or a service token's common name).

-- ---- Shopify data (the bulk sync upserts it) ---------------------------------------------------

-- Products, by Shopify's numeric id (the tail of gid://shopify/Product/<id>). product_line is the
-- code staff filter by (IPH, SAM, GRIPZ, AIR, AIRMAX, ...); normalized_title serves CSV import
-- matching (lower case, punctuation and repeated spaces folded).
CREATE TABLE products (
    id               bigint      PRIMARY KEY,
    title            text        NOT NULL,
    normalized_title text        NOT NULL,
    sku              text,
    product_line     text        CHECK (product_line ~ '^[A-Z0-9]{2,12}$'),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX products_product_line_idx ON products (product_line, id);
CREATE INDEX products_sku_idx ON products (sku);
CREATE INDEX products_normalized_title_idx ON products (normalized_title);

-- Orders, by Shopify's numeric id. processed_at (UTC) decides an order's day in the marts;
-- synced_at is when the sync last wrote it, which the mart refresh reads to find changed days.
CREATE TABLE orders (
    id               bigint         PRIMARY KEY,
    name             text           NOT NULL,
    created_at       timestamptz    NOT NULL,
    updated_at       timestamptz    NOT NULL,
    processed_at     timestamptz    NOT NULL,
    financial_status text,
    total_price      numeric(14, 2) NOT NULL,
    currency         char(3)        NOT NULL,
    synced_at        timestamptz    NOT NULL DEFAULT now()
);
CREATE INDEX orders_processed_at_idx ON orders (processed_at, id);
CREATE INDEX orders_updated_at_idx ON orders (updated_at);
CREATE INDEX orders_synced_at_idx ON orders (synced_at);

CREATE TABLE order_line_items (
    id         bigint         PRIMARY KEY,
    order_id   bigint         NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id bigint         REFERENCES products (id),
    title      text           NOT NULL,
    sku        text,
    quantity   integer        NOT NULL CHECK (quantity >= 0),
    unit_price numeric(14, 2) NOT NULL,
    currency   char(3)        NOT NULL
);
CREATE INDEX order_line_items_order_id_idx ON order_line_items (order_id);
CREATE INDEX order_line_items_product_id_idx ON order_line_items (product_id);

-- ---- Daily sales marts (the mart refresh recomputes the days whose orders changed) -----------

-- Per UTC day: orders, units and revenue of the orders processed that day.
CREATE TABLE daily_sales (
    day          date           PRIMARY KEY,
    orders       integer        NOT NULL,
    units        integer        NOT NULL,
    revenue      numeric(16, 2) NOT NULL,
    refreshed_at timestamptz    NOT NULL DEFAULT now()
);

-- Per UTC day and product: orders containing the product, its units and its line revenue.
CREATE TABLE daily_product_sales (
    day          date           NOT NULL,
    product_id   bigint         NOT NULL REFERENCES products (id),
    orders       integer        NOT NULL,
    units        integer        NOT NULL,
    revenue      numeric(16, 2) NOT NULL,
    refreshed_at timestamptz    NOT NULL DEFAULT now(),
    PRIMARY KEY (day, product_id)
);
CREATE INDEX daily_product_sales_product_day_idx ON daily_product_sales (product_id, day);

-- Where the mart refresh has got to: orders synced after refreshed_through are not yet in the marts.
CREATE TABLE mart_refresh_state (
    mart              text        PRIMARY KEY,
    refreshed_through timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL DEFAULT now()
);

-- ---- Objectives --------------------------------------------------------------------------------

-- A target for a metric over a period, for the whole shop, one product or one product line.
CREATE TABLE objectives (
    id           bigserial      PRIMARY KEY,
    metric       text           NOT NULL CHECK (metric IN ('orders', 'units', 'revenue')),
    period_start date           NOT NULL,
    period_end   date           NOT NULL,
    target       numeric(16, 2) NOT NULL CHECK (target >= 0),
    product_id   bigint         REFERENCES products (id),
    product_line text           CHECK (product_line ~ '^[A-Z0-9]{2,12}$'),
    name         text,
    created_by   text           NOT NULL,
    created_at   timestamptz    NOT NULL DEFAULT now(),
    updated_by   text           NOT NULL,
    updated_at   timestamptz    NOT NULL DEFAULT now(),
    CHECK (period_end >= period_start),
    CHECK (product_id IS NULL OR product_line IS NULL)
);
CREATE INDEX objectives_period_idx ON objectives (period_start, period_end, id);
CREATE INDEX objectives_product_id_idx ON objectives (product_id);
CREATE INDEX objectives_product_line_idx ON objectives (product_line);

-- ---- Combo logs: the ledger of creative combos tested in ads ------------------------------------

-- identifier = {type}-{product line codes, sorted, joined by +}-{number of products}-{audience}-{seq:000};
-- prefix is all before the seq. CTR, CPA and ROAS are derived, never stored.
CREATE TABLE combo_logs (
    id            bigserial      PRIMARY KEY,
    identifier    text           NOT NULL UNIQUE,
    prefix        text           NOT NULL,
    seq           integer        NOT NULL CHECK (seq > 0),
    combo_type    text           NOT NULL CHECK (combo_type IN ('SP', 'CT', 'NT', 'UGC', 'ST')),
    audience      text           NOT NULL CHECK (audience ~ '^[A-Z][A-Z0-9_]{0,23}$'),
    product_lines text[]         NOT NULL,
    launch_date   date           NOT NULL,
    status        text           NOT NULL CHECK (status IN ('PLANNED', 'TESTING', 'WINNER', 'LOSER', 'PAUSED', 'ARCHIVED')),
    spend         numeric(14, 2) NOT NULL DEFAULT 0 CHECK (spend >= 0),
    impressions   bigint         NOT NULL DEFAULT 0 CHECK (impressions >= 0),
    clicks        bigint         NOT NULL DEFAULT 0 CHECK (clicks >= 0),
    purchases     integer        NOT NULL DEFAULT 0 CHECK (purchases >= 0),
    revenue       numeric(14, 2) NOT NULL DEFAULT 0 CHECK (revenue >= 0),
    notes         text,
    import_id     bigint,
    created_by    text           NOT NULL,
    created_at    timestamptz    NOT NULL DEFAULT now(),
    updated_by    text           NOT NULL,
    updated_at    timestamptz    NOT NULL DEFAULT now(),
    UNIQUE (prefix, seq)
);
CREATE INDEX combo_logs_launch_date_idx ON combo_logs (launch_date, id);
CREATE INDEX combo_logs_roas_idx ON combo_logs ((CASE WHEN spend > 0 THEN revenue / spend END), id);
CREATE INDEX combo_logs_type_idx ON combo_logs (combo_type, launch_date);
CREATE INDEX combo_logs_audience_idx ON combo_logs (audience, launch_date);
CREATE INDEX combo_logs_status_idx ON combo_logs (status, launch_date);
CREATE INDEX combo_logs_product_lines_idx ON combo_logs USING gin (product_lines);
CREATE INDEX combo_logs_import_id_idx ON combo_logs (import_id);

-- The last seq handed out per prefix: an upsert on this row serializes concurrent creates.
CREATE TABLE combo_log_sequences (
    prefix   text    PRIMARY KEY,
    last_seq integer NOT NULL
);

CREATE TABLE combo_log_products (
    combo_log_id bigint NOT NULL REFERENCES combo_logs (id) ON DELETE CASCADE,
    product_id   bigint NOT NULL REFERENCES products (id),
    PRIMARY KEY (combo_log_id, product_id)
);
CREATE INDEX combo_log_products_product_id_idx ON combo_log_products (product_id);

-- ---- Assets (images and videos, stored in R2 by content hash) -----------------------------------

-- One row per ingest request. A READY asset's content is at
-- assets/{first two hex of content_hash}/{content_hash}/{file_name}; content already stored under
-- another asset makes this one DUPLICATE of it (duplicate_of), keeping one object per hash.
CREATE TABLE assets (
    id             bigserial   PRIMARY KEY,
    source_url     text        NOT NULL,
    status         text        NOT NULL CHECK (status IN ('PENDING', 'READY', 'DUPLICATE', 'FAILED')),
    content_hash   char(64)    CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    r2_key         text,
    file_name      text,
    content_type   text,
    size_bytes     bigint      CHECK (size_bytes >= 0),
    duplicate_of   bigint      REFERENCES assets (id),
    failure_reason text,
    requested_by   text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX assets_ready_content_hash_key ON assets (content_hash) WHERE status = 'READY';
CREATE INDEX assets_created_at_idx ON assets (created_at, id);
CREATE INDEX assets_duplicate_of_idx ON assets (duplicate_of);
CREATE INDEX assets_status_idx ON assets (status);

CREATE TABLE asset_products (
    asset_id   bigint NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
    product_id bigint NOT NULL REFERENCES products (id),
    PRIMARY KEY (asset_id, product_id)
);
CREATE INDEX asset_products_product_id_idx ON asset_products (product_id);

-- ---- CSV exports and imports -------------------------------------------------------------------

-- An export of orders, performance metrics or combo logs, written to R2 at exports/csv/{id}.csv by
-- ingest's CSV_EXPORT job; checkpoint holds the keyset cursor and multipart upload of a big one.
CREATE TABLE csv_exports (
    id           bigserial   PRIMARY KEY,
    export_type  text        NOT NULL CHECK (export_type IN ('orders', 'performance_metrics', 'combo_logs')),
    filters      jsonb       NOT NULL DEFAULT '{}',
    status       text        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    r2_key       text,
    row_count    bigint      NOT NULL DEFAULT 0,
    size_bytes   bigint      NOT NULL DEFAULT 0,
    checkpoint   jsonb       NOT NULL DEFAULT '{}',
    error        text,
    requested_by text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    started_at   timestamptz,
    completed_at timestamptz
);
CREATE INDEX csv_exports_created_at_idx ON csv_exports (created_at, id);
CREATE INDEX csv_exports_status_idx ON csv_exports (status);

-- An uploaded creative activity report (imports/{id}.csv in R2), imported into combo logs by
-- ingest's CREATIVE_ACT_REPORT_IMPORT job.
CREATE TABLE csv_imports (
    id            bigserial   PRIMARY KEY,
    import_type   text        NOT NULL DEFAULT 'CREATIVE_ACT_REPORT' CHECK (import_type IN ('CREATIVE_ACT_REPORT')),
    r2_key        text        NOT NULL,
    file_name     text,
    size_bytes    bigint      NOT NULL CHECK (size_bytes >= 0),
    status        text        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    rows_total    integer     NOT NULL DEFAULT 0,
    rows_imported integer     NOT NULL DEFAULT 0,
    rows_rejected integer     NOT NULL DEFAULT 0,
    checkpoint    jsonb       NOT NULL DEFAULT '{}',
    error         text,
    requested_by  text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    completed_at  timestamptz
);
CREATE INDEX csv_imports_created_at_idx ON csv_imports (created_at, id);

ALTER TABLE combo_logs ADD CONSTRAINT combo_logs_import_id_fkey FOREIGN KEY (import_id) REFERENCES csv_imports (id);

-- Rows an import could not take, with their line number in the file and why.
CREATE TABLE csv_import_rejections (
    import_id   bigint  NOT NULL REFERENCES csv_imports (id) ON DELETE CASCADE,
    line_number integer NOT NULL,
    reason      text    NOT NULL,
    raw         text,
    PRIMARY KEY (import_id, line_number)
);

-- ---- Ingest runs: the state machines of multi-step jobs ----------------------------------------

-- One run of a background job. A multi-step job (the bulk sync, a big export) keeps its step and
-- checkpoint here, written in the same transaction as the data of each chunk, so any message can
-- be replayed: a crash resumes from the last checkpoint. idempotency_key makes a cron that fires
-- twice start one run.
CREATE TABLE ingest_runs (
    id                bigserial   PRIMARY KEY,
    run_type          text        NOT NULL CHECK (run_type IN ('SHOPIFY_BULK_SYNC', 'MART_REFRESH', 'CSV_EXPORT',
                                                               'ASSET_INGEST', 'CREATIVE_ACT_REPORT_IMPORT')),
    status            text        NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
    step              text        NOT NULL,
    idempotency_key   text        UNIQUE,
    triggered_by      text        NOT NULL,
    window_start      timestamptz,
    window_end        timestamptz,
    bulk_operation_id text,
    result_url        text,
    checkpoint        jsonb       NOT NULL DEFAULT '{}',
    chunks_done       integer     NOT NULL DEFAULT 0,
    lines_done        bigint      NOT NULL DEFAULT 0,
    bytes_done        bigint      NOT NULL DEFAULT 0,
    bytes_total       bigint,
    orders_upserted   bigint      NOT NULL DEFAULT 0,
    error_code        text,
    error             text,
    started_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    finished_at       timestamptz
);
-- At most one bulk sync runs at a time: a second insert while one runs is a unique violation.
CREATE UNIQUE INDEX ingest_runs_one_running_sync_key ON ingest_runs (run_type)
    WHERE status = 'RUNNING' AND run_type = 'SHOPIFY_BULK_SYNC';
CREATE INDEX ingest_runs_started_at_idx ON ingest_runs (started_at DESC, id DESC);
CREATE INDEX ingest_runs_type_idx ON ingest_runs (run_type, started_at DESC);

-- How far each source has been synced: the next bulk sync's window starts here.
CREATE TABLE sync_watermarks (
    source     text        PRIMARY KEY,
    watermark  timestamptz NOT NULL,
    run_id     bigint      REFERENCES ingest_runs (id),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sync_watermarks_run_id_idx ON sync_watermarks (run_id);

-- ---- Dead letters ------------------------------------------------------------------------------

-- Every message the dead-letter queue received, so nothing that failed is lost; replay sends
-- the body back to the queue.
CREATE TABLE dead_letters (
    id           bigserial   PRIMARY KEY,
    message_id   text        NOT NULL UNIQUE,
    queue        text        NOT NULL,
    job_type     text,
    body         text        NOT NULL,
    attempts     integer     NOT NULL,
    last_error   text,
    received_at  timestamptz NOT NULL DEFAULT now(),
    replayed_at  timestamptz,
    replay_count integer     NOT NULL DEFAULT 0
);
CREATE INDEX dead_letters_received_at_idx ON dead_letters (received_at DESC, id DESC);
CREATE INDEX dead_letters_job_type_idx ON dead_letters (job_type);
