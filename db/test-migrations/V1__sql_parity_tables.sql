-- Test-only tables: the SQL parity scenarios (workers/sql-parity, a test-only Worker played on
-- the JVM and in workerd). Only the tests migrate db/test-migrations (LocalPostgres, with a
-- history table of its own); the product schema is db/migrations.

-- A checkpoint row of the shape the product's runs use, for the upsert-replay scenario.
CREATE TABLE ingest_checkpoints (
    run_id     text        PRIMARY KEY,
    cursor     text,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- SQL parity scenarios: typed columns, row counts, transactions, unique keys.
CREATE TABLE parity_items (
    id         bigint         PRIMARY KEY,
    sku        text           NOT NULL,
    name       text           NOT NULL,
    price      numeric(14, 2) NOT NULL,
    qty        integer        NOT NULL DEFAULT 0,
    active     boolean        NOT NULL DEFAULT true,
    note       text,
    payload    bytea,
    created_at timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT parity_items_sku_key UNIQUE (sku)
);

-- SQL parity scenarios: batched upserts replayed.
CREATE TABLE parity_metrics (
    shop      text           NOT NULL,
    day       date           NOT NULL,
    orders    bigint         NOT NULL,
    revenue   numeric(16, 2) NOT NULL,
    PRIMARY KEY (shop, day)
);
