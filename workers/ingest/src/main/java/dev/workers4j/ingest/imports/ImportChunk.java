package dev.workers4j.ingest.imports;

import dev.workers4j.sql.PgArrays;
import dev.workers4j.sql.Sql;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One chunk's rows and rejections, written in one transaction by a handful of set-based
 * statements (arrays unnested), whatever the number of rows: numbers for new combo logs per
 * prefix, the update of logs that exist, the insert of the others, their product links with the
 * rule that matched each, and the rejections.
 */
final class ImportChunk {
    /** What a rejection keeps of the row as it stood in the file. */
    static final int RAW_CHARS = 1000;

    private final Map<String, ReportRow> byIdentifier = new LinkedHashMap<>();
    private final List<ReportRow> fresh = new ArrayList<>();
    private final List<Object[]> rejections = new ArrayList<>();
    int rows;
    int imported;
    ImportCheckpoint.MatchCounts matched = new ImportCheckpoint.MatchCounts(0, 0, 0, 0);

    void add(ReportRow row) {
        rows++;
        imported++;
        if (row.identifier() != null) {
            // Named twice in one chunk: the later row wins, as if the two were imported one after the other.
            byIdentifier.remove(row.identifier());
            byIdentifier.put(row.identifier(), row);
        } else {
            fresh.add(row);
        }
        int id = 0, sku = 0, title = 0, edit = 0;
        for (ReportRow.Link link : row.links()) {
            switch (link.rule()) {
                case ID -> id++;
                case SKU -> sku++;
                case TITLE -> title++;
                default -> edit++;
            }
        }
        matched = matched.plus(new ImportCheckpoint.MatchCounts(id, sku, title, edit));
    }

    void reject(int line, String reason, String raw) {
        rows++;
        rejections.add(new Object[] {line, reason, raw == null || raw.length() <= RAW_CHARS ? raw
                : raw.substring(0, RAW_CHARS)});
    }

    int rejected() {
        return rejections.size();
    }

    /** Writes the chunk in the caller's transaction. */
    void write(Sql tx, long importId, String who) {
        List<ReportRow> named = new ArrayList<>(byIdentifier.values());
        if (!named.isEmpty()) {
            bumpSequences(tx, named); // first, so the numbers given next pass every identifier the file names
        }
        List<ReportRow> rows = new ArrayList<>(named);
        numberFreshRows(tx, rows);
        Map<String, Long> written = new HashMap<>();
        if (!named.isEmpty()) {
            tx.query("UPDATE combo_logs c SET launch_date = r.launch_date, status = coalesce(r.status, c.status),"
                    + " spend = coalesce(r.spend, c.spend), impressions = coalesce(r.impressions, c.impressions),"
                    + " clicks = coalesce(r.clicks, c.clicks), purchases = coalesce(r.purchases, c.purchases),"
                    + " revenue = coalesce(r.revenue, c.revenue), notes = coalesce(r.notes, c.notes),"
                    + " updated_by = $10, updated_at = now()"
                    + " FROM unnest($1::text[], $2::date[], $3::text[], $4::numeric[], $5::bigint[], $6::bigint[],"
                    + " $7::int[], $8::numeric[], $9::text[])"
                    + " AS r(identifier, launch_date, status, spend, impressions, clicks, purchases, revenue, notes)"
                    + " WHERE c.identifier = r.identifier RETURNING c.id, c.identifier",
                    row -> written.put(row.getString(1), row.getLong(0)),
                    col(named, ReportRow::identifier), col(named, ReportRow::launchDate), col(named, ReportRow::status),
                    col(named, ReportRow::spend), col(named, ReportRow::impressions), col(named, ReportRow::clicks),
                    col(named, ReportRow::purchases), col(named, ReportRow::revenue), col(named, ReportRow::notes), who);
        }
        List<ReportRow> inserts = new ArrayList<>();
        for (ReportRow row : rows) {
            if (!written.containsKey(row.identifier())) {
                inserts.add(row);
            }
        }
        List<Long> updatedIds = new ArrayList<>(written.values());
        if (!inserts.isEmpty()) {
            tx.query("INSERT INTO combo_logs (identifier, prefix, seq, combo_type, audience, product_lines, launch_date,"
                    + " status, spend, impressions, clicks, purchases, revenue, notes, import_id, created_by, updated_by)"
                    + " SELECT r.identifier, r.prefix, r.seq, r.combo_type, r.audience, string_to_array(r.lines, '+'),"
                    + " r.launch_date, coalesce(r.status, 'PLANNED'), coalesce(r.spend, 0), coalesce(r.impressions, 0),"
                    + " coalesce(r.clicks, 0), coalesce(r.purchases, 0), coalesce(r.revenue, 0), r.notes, $15::bigint,"
                    + " $16, $16"
                    + " FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::date[],"
                    + " $8::text[], $9::numeric[], $10::bigint[], $11::bigint[], $12::int[], $13::numeric[], $14::text[])"
                    + " AS r(identifier, prefix, seq, combo_type, audience, lines, launch_date, status, spend,"
                    + " impressions, clicks, purchases, revenue, notes)"
                    + " ON CONFLICT (identifier) DO NOTHING RETURNING id, identifier",
                    row -> written.put(row.getString(1), row.getLong(0)),
                    col(inserts, ReportRow::identifier), col(inserts, ReportRow::prefix), col(inserts, r -> r.seq()),
                    col(inserts, ReportRow::type), col(inserts, ReportRow::audience),
                    col(inserts, r -> String.join("+", r.lines())), col(inserts, ReportRow::launchDate),
                    col(inserts, ReportRow::status), col(inserts, ReportRow::spend), col(inserts, ReportRow::impressions),
                    col(inserts, ReportRow::clicks), col(inserts, ReportRow::purchases), col(inserts, ReportRow::revenue),
                    col(inserts, ReportRow::notes), importId, who);
        }
        List<Object> logIds = new ArrayList<>();
        List<Object> productIds = new ArrayList<>();
        List<Object> rules = new ArrayList<>();
        List<Object> namedAs = new ArrayList<>();
        for (ReportRow row : rows) {
            Long id = written.get(row.identifier());
            if (id == null) {
                // Created by someone else between this chunk's update and insert: nothing of it was written.
                imported--;
                reject(row.line(), "combo log " + row.identifier() + " was created by someone else meanwhile:"
                        + " import the file again to update it", null);
                continue;
            }
            for (ReportRow.Link link : row.links()) {
                logIds.add(id);
                productIds.add(link.productId());
                rules.add(link.rule().name());
                namedAs.add(link.named());
            }
        }
        if (!updatedIds.isEmpty()) {
            tx.execute("DELETE FROM combo_log_products WHERE combo_log_id = ANY($1::bigint[])", PgArrays.of(updatedIds));
        }
        if (!logIds.isEmpty()) {
            tx.execute("INSERT INTO combo_log_products (combo_log_id, product_id, match_rule, matched_as)"
                    + " SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[])",
                    PgArrays.of(logIds), PgArrays.of(productIds), PgArrays.of(rules), PgArrays.of(namedAs));
        }
        if (!rejections.isEmpty()) {
            List<Object> lines = new ArrayList<>();
            List<Object> reasons = new ArrayList<>();
            List<Object> raws = new ArrayList<>();
            for (Object[] r : rejections) {
                lines.add(r[0]);
                reasons.add(r[1]);
                raws.add(r[2]);
            }
            // DO NOTHING: a line rejected before (a chunk replayed after its commit was lost) keeps its first reason.
            tx.execute("INSERT INTO csv_import_rejections (import_id, line_number, reason, raw)"
                    + " SELECT $1::bigint, * FROM unnest($2::int[], $3::text[], $4::text[]) ON CONFLICT DO NOTHING",
                    importId, PgArrays.of(lines), PgArrays.of(reasons), PgArrays.of(raws));
        }
    }

    /** Gives each row without an identifier the next numbers of its prefix, as dashboard-api's create does. */
    private void numberFreshRows(Sql tx, List<ReportRow> rows) {
        if (fresh.isEmpty()) {
            return;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ReportRow row : fresh) {
            counts.merge(row.prefix(), 1, Integer::sum);
        }
        Map<String, Integer> last = new HashMap<>();
        // Locks each prefix's row until commit, so concurrent creates through the API take other numbers.
        tx.query("INSERT INTO combo_log_sequences (prefix, last_seq) SELECT * FROM unnest($1::text[], $2::int[])"
                + " ON CONFLICT (prefix) DO UPDATE SET last_seq = combo_log_sequences.last_seq + EXCLUDED.last_seq"
                + " RETURNING prefix, last_seq", row -> last.put(row.getString(0), row.getInt(1)),
                PgArrays.of(new ArrayList<>(counts.keySet())), PgArrays.of(new ArrayList<>(counts.values())));
        Map<String, Integer> next = new HashMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            next.put(e.getKey(), last.get(e.getKey()) - e.getValue() + 1);
        }
        for (ReportRow row : fresh) {
            int seq = next.merge(row.prefix(), 1, Integer::sum) - 1;
            rows.add(new ReportRow(row.line(), Identifiers.of(row.prefix(), seq), row.prefix(), seq, row.type(),
                    row.audience(), row.lines(), row.links(), row.launchDate(), row.status(), row.spend(),
                    row.impressions(), row.clicks(), row.purchases(), row.revenue(), row.notes()));
        }
    }

    /** An identifier the file names keeps later numbers of its prefix from taking it. */
    private static void bumpSequences(Sql tx, List<ReportRow> named) {
        Map<String, Integer> highest = new LinkedHashMap<>();
        for (ReportRow row : named) {
            highest.merge(row.prefix(), row.seq(), Math::max);
        }
        tx.execute("INSERT INTO combo_log_sequences (prefix, last_seq) SELECT * FROM unnest($1::text[], $2::int[])"
                + " ON CONFLICT (prefix) DO UPDATE SET last_seq = greatest(combo_log_sequences.last_seq,"
                + " EXCLUDED.last_seq)", PgArrays.of(new ArrayList<>(highest.keySet())),
                PgArrays.of(new ArrayList<>(highest.values())));
    }

    private static String col(List<ReportRow> rows, java.util.function.Function<ReportRow, Object> value) {
        List<Object> out = new ArrayList<>(rows.size());
        for (ReportRow row : rows) {
            out.add(value.apply(row));
        }
        return PgArrays.of(out);
    }
}
