package dev.workers4j.conformance;

import dev.workers4j.http.Context;
import java.io.ByteArrayInputStream;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.json.Json;
import dev.workers4j.json.JsonCodec;
import dev.workers4j.json.JsonLines;
import dev.workers4j.json.JsonLinesReader;
import dev.workers4j.json.fixtures.Job_JsonCodec;
import dev.workers4j.json.fixtures.LedgerEntry_JsonCodec;
import dev.workers4j.json.fixtures.Moments_JsonCodec;
import dev.workers4j.json.fixtures.OddNames_JsonCodec;
import dev.workers4j.json.fixtures.Order;
import dev.workers4j.json.fixtures.Order_JsonCodec;
import dev.workers4j.json.fixtures.Stamped_JsonCodec;

/**
 * Generated codecs compiled by TeaVM: round trips whose output the tests compare byte for byte
 * with the JVM's, and the loops the JSON benchmark times against the runtime's native JSON.
 */
final class JsonRoutes {
    private JsonRoutes() {
    }

    static Router create(RuntimeProbe probe) {
        return new Router()
                .bodyLimit(16 * 1024 * 1024)
                .post("/order", c -> roundTrip(c, Order_JsonCodec.INSTANCE))
                .post("/job", c -> roundTrip(c, Job_JsonCodec.INSTANCE))
                .post("/ledger", c -> roundTrip(c, LedgerEntry_JsonCodec.INSTANCE))
                .post("/odd-names", c -> roundTrip(c, OddNames_JsonCodec.INSTANCE))
                .post("/moments", c -> roundTrip(c, Moments_JsonCodec.INSTANCE))
                .post("/stamped", c -> roundTrip(c, Stamped_JsonCodec.INSTANCE))
                .post("/leading-zeros", c -> Response.text(200, LongBits.describe(c.req().text())))
                .post("/numbers", c -> Response.json(200, NumberEcho.echo(c.req().text())))
                .post("/money", c -> Response.text(200, MoneyFacts.describe(c.req().json(Order_JsonCodec.INSTANCE))))
                .post("/lines", c -> {
                    // JSONL in, each line decoded and written back: a line's text must match the JVM's.
                    StringBuilder out = new StringBuilder();
                    try (JsonLinesReader<Order> lines = JsonLines.reader(
                            new ByteArrayInputStream(c.req().bytes()), Order_JsonCodec.INSTANCE)) {
                        while (lines.hasNext()) out.append(Json.toJson(Order_JsonCodec.INSTANCE, lines.next())).append('\n');
                    }
                    return Response.text(200, out.toString());
                })
                .post("/bench/codec/decode", c -> {
                    String text = c.req().text();
                    int total = 0;
                    for (int i = repetitions(c); i > 0; i--) {
                        total += Json.fromJson(Order_JsonCodec.INSTANCE, text).lineItems().size();
                    }
                    return Response.text(200, String.valueOf(total));
                })
                .post("/bench/walk/decode", c -> {
                    // The parsed-tree JsonReader alone (maps and hand-written codecs read through it;
                    // generated codecs read the tree by name): every token visited, nothing built.
                    String text = c.req().text();
                    int total = 0;
                    for (int i = repetitions(c); i > 0; i--) total += Json.fromJson(TokenWalk.CODEC, text);
                    return Response.text(200, String.valueOf(total));
                })
                .post("/bench/decimals/decode", c -> {
                    // Only the BigDecimals of the document (its money strings), built n times: what
                    // BigDecimal construction (long = BigInt under TeaVM) costs within a decode.
                    Order order = c.req().json(Order_JsonCodec.INSTANCE);
                    java.util.List<String> money = new java.util.ArrayList<>();
                    money.add(order.totalPrice().toString());
                    money.add(order.subtotalPrice().toString());
                    money.add(order.totalTax().toString());
                    for (var item : order.lineItems()) {
                        money.add(item.price().toString());
                        item.totalDiscount().ifPresent(d -> money.add(d.toString()));
                        for (var tax : item.taxLines()) money.add(tax.price().toString());
                    }
                    int total = 0;
                    for (int i = repetitions(c); i > 0; i--) {
                        for (String m : money) total += dev.workers4j.json.Decimals.parse(m).scale();
                    }
                    return Response.text(200, String.valueOf(total));
                })
                .post("/bench/codec/encode", c -> {
                    Order order = c.req().json(Order_JsonCodec.INSTANCE);
                    long total = 0;
                    for (int i = repetitions(c); i > 0; i--) {
                        total += Json.toJson(Order_JsonCodec.INSTANCE, order).length();
                    }
                    return Response.text(200, String.valueOf(total));
                })
                .post("/bench/native/decode", c -> Response.text(200,
                        String.valueOf(probe.nativeJsonParse(c.req().text(), repetitions(c)))))
                .post("/bench/native/encode", c -> Response.text(200,
                        String.valueOf(probe.nativeJsonStringify(c.req().text(), repetitions(c)))));
    }

    private static <T> Response roundTrip(Context c, JsonCodec<T> codec) {
        return Response.json(200, Json.toJson(codec, c.req().json(codec)));
    }

    private static int repetitions(Context c) {
        String n = c.query("n");
        return n == null ? 1 : Integer.parseInt(n);
    }
}
