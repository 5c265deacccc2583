package dev.workers4j.json.bench;

import dev.workers4j.json.Json;
import dev.workers4j.json.fixtures.Order_JsonCodec;
import dev.workers4j.json.fixtures.SampleOrders;

/** Prints the benchmark's order document (20 line items) so other runtimes time the same bytes. */
public final class SampleOrderDocument {
    private SampleOrderDocument() {
    }

    public static void main(String[] args) {
        System.out.println(Json.toJson(Order_JsonCodec.INSTANCE, SampleOrders.order(42, 20)));
    }
}
