-- V1: the dashboard's first table, and the tables of the SQL parity scenarios
-- (workers/sql-parity, a test-only Worker played on the JVM and in workerd).

-- Where each ingest run stands: a background task records its cursor in the same transaction
-- as the chunk of data it wrote, so a crash or redelivery resumes from the last checkpoint.
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
