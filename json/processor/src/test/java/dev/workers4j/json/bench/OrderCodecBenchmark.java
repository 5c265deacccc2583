package dev.workers4j.json.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workers4j.json.Json;
import dev.workers4j.json.fixtures.Order;
import dev.workers4j.json.fixtures.Order_JsonCodec;
import dev.workers4j.json.fixtures.SampleOrders;
import dev.workers4j.json.parity.JacksonMapper;

/**
 * Encode and decode throughput (MB/s of UTF-8 JSON) of the generated Order codec against
 * jackson-databind, same documents, same JVM, interleaved rounds. A main class, not a test:
 *
 * <pre>
 * mvn -q -pl json/processor exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.workers4j.json.bench.OrderCodecBenchmark [-Dexec.args="20 5"]
 * </pre>
 * args: line items per order (default 20), measured rounds (default 5).
 */
public final class OrderCodecBenchmark {
  private static final int DOCUMENTS = 64;
  private static final long ROUND_NANOS = 1_000_000_000L;
  private static volatile Object sink;

  private interface Op {
    long run(int i) throws Exception; // returns bytes processed
  }

  public static void main(String[] args) throws Exception {
    int lineItems = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    ObjectMapper jackson = JacksonMapper.create();
    Order[] orders = new Order[DOCUMENTS];
    byte[][] ourBytes = new byte[DOCUMENTS][];
    byte[][] jacksonBytes = new byte[DOCUMENTS][];
    long total = 0;
    for (int i = 0; i < DOCUMENTS; i++) {
      orders[i] = SampleOrders.order(i, lineItems);
      ourBytes[i] = Json.toJsonBytes(Order_JsonCodec.INSTANCE, orders[i]);
      jacksonBytes[i] = jackson.writeValueAsBytes(orders[i]);
      total += ourBytes[i].length;
    }
    System.out.printf("Order with %d line items, ~%d bytes of JSON; %d rounds of %d ms after warm-up%n",
        lineItems, total / DOCUMENTS, rounds, ROUND_NANOS / 1_000_000);

    Op ourEncode = i -> {
      byte[] b = Json.toJsonBytes(Order_JsonCodec.INSTANCE, orders[i]);
      sink = b;
      return b.length;
    };
    Op jacksonEncode = i -> {
      byte[] b = jackson.writeValueAsBytes(orders[i]);
      sink = b;
      return b.length;
    };
    Op ourDecode = i -> {
      sink = Json.fromJson(Order_JsonCodec.INSTANCE, ourBytes[i]);
      return ourBytes[i].length;
    };
    Op jacksonDecode = i -> {
      sink = jackson.readValue(jacksonBytes[i], Order.class);
      return jacksonBytes[i].length;
    };

    for (int w = 0; w < 3; w++) { // warm-up: let both JIT-compile
      measure(ourEncode);
      measure(jacksonEncode);
      measure(ourDecode);
      measure(jacksonDecode);
    }
    double[] best = new double[4];
    for (int r = 0; r < rounds; r++) {
      best[0] = Math.max(best[0], measure(ourEncode));
      best[1] = Math.max(best[1], measure(jacksonEncode));
      best[2] = Math.max(best[2], measure(ourDecode));
      best[3] = Math.max(best[3], measure(jacksonDecode));
    }
    System.out.printf("encode  workers4j %8.1f MB/s   jackson %8.1f MB/s   workers4j/jackson %.2f%n",
        best[0], best[1], best[0] / best[1]);
    System.out.printf("decode  workers4j %8.1f MB/s   jackson %8.1f MB/s   workers4j/jackson %.2f%n",
        best[2], best[3], best[2] / best[3]);
  }

  /** MB/s over one round. */
  private static double measure(Op op) throws Exception {
    long bytes = 0;
    long start = System.nanoTime();
    long now;
    int i = 0;
    do {
      for (int k = 0; k < 16; k++) {
        bytes += op.run(i);
        i = (i + 1) % DOCUMENTS;
      }
      now = System.nanoTime();
    } while (now - start < ROUND_NANOS);
    return bytes / 1e6 / ((now - start) / 1e9);
  }
}
