package dev.workers4j.json.parity;

import dev.workers4j.json.fixtures.AssetIngest;
import dev.workers4j.json.fixtures.CsvExport;
import dev.workers4j.json.fixtures.Customer;
import dev.workers4j.json.fixtures.CustomerTier;
import dev.workers4j.json.fixtures.FinancialStatus;
import dev.workers4j.json.fixtures.Job;
import dev.workers4j.json.fixtures.LedgerEntry;
import dev.workers4j.json.fixtures.LineItem;
import dev.workers4j.json.fixtures.MartRefresh;
import dev.workers4j.json.fixtures.Order;
import dev.workers4j.json.fixtures.ShopifyBulkSyncPoll;
import dev.workers4j.json.fixtures.ShopifyBulkSyncStart;
import dev.workers4j.json.fixtures.TaxLine;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik arbitraries for the fixture types, leaning on edge cases (escapes, 2^53+, scales). */
final class Generators {
  private Generators() {}

  static Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(20),
        Arbitraries.strings().withChars("\"\\/\n\r\t\b\f\u0000\u001f\u2028é€日😀").ofMaxLength(8),
        Arbitraries.strings().alpha().numeric().ofMaxLength(12));
  }

  static Arbitrary<String> nullableText() {
    return text().injectNull(0.1);
  }

  static Arbitrary<Long> ids() {
    return Arbitraries.oneOf(
        Arbitraries.longs(),
        Arbitraries.longs().between((1L << 53) - 10, (1L << 53) + 10_000),
        Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L, 9007199254740993L));
  }

  static Arbitrary<BigDecimal> money() {
    Arbitrary<BigDecimal> cents = Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L)
        .map(c -> BigDecimal.valueOf(c, 2));
    Arbitrary<BigDecimal> anyScale = Combinators.combine(
            Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)),
            Arbitraries.integers().between(-5, 12))
        .as(BigDecimal::new);
    return Arbitraries.oneOf(cents, cents, anyScale);
  }

  static Arbitrary<Double> doubles() {
    return Arbitraries.oneOf(
        Arbitraries.doubles(),
        Arbitraries.doubles().between(-1e6, 1e6).ofScale(3),
        Arbitraries.longs().map(Double::longBitsToDouble)
            .filter(d -> !Double.isNaN(d) && !Double.isInfinite(d)),
        Arbitraries.of(0.0, -0.0, 0.1, 1e7, 1e-3, 9.999e-4, 1e21, 1e22, 1e23, 5e-324, Double.MAX_VALUE,
            Double.MIN_NORMAL, 2.2250738585072014E-308, 123456789012345680.0));
  }

  static Arbitrary<Float> floats() {
    return Arbitraries.oneOf(
        Arbitraries.floats(),
        Arbitraries.integers().map(Float::intBitsToFloat)
            .filter(f -> !Float.isNaN(f) && !Float.isInfinite(f)),
        Arbitraries.of(0.1f, -0.0f, Float.MIN_VALUE, Float.MAX_VALUE, 1e7f, 3.4e-5f));
  }

  static Arbitrary<Instant> instants() {
    return Combinators.combine(
            Arbitraries.longs().between(-62_135_596_800L, 253_402_300_799L), // years 0001..9999
            Arbitraries.oneOf(Arbitraries.of(0), Arbitraries.integers().between(0, 999_999_999),
                Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000)))
        .as(Instant::ofEpochSecond);
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.longs().between(-719_162L, 2_932_896L).map(LocalDate::ofEpochDay);
  }

  static Arbitrary<OffsetDateTime> offsetDateTimes() {
    return Combinators.combine(instants(), Arbitraries.integers().between(-18 * 4, 18 * 4))
        .as((i, quarterHours) -> OffsetDateTime.ofInstant(i, ZoneOffset.ofTotalSeconds(quarterHours * 900)));
  }

  static Arbitrary<TaxLine> taxLines() {
    return Combinators.combine(nullableText(), money().injectNull(0.1), doubles()).as(TaxLine::new);
  }

  static Arbitrary<LineItem> lineItems() {
    return Combinators.combine(
            ids(),
            ids().injectNull(0.2),
            nullableText(),
            nullableText(),
            Arbitraries.integers(),
            money().injectNull(0.05),
            money().optional(0.5),
            taxLines().list().ofMaxSize(3).injectNull(0.1))
        .as(LineItem::new);
  }

  static Arbitrary<Customer> customers() {
    return Combinators.combine(
            ids(), text(), nullableText(), nullableText(), Arbitraries.integers().injectNull(0.3),
            Arbitraries.of(CustomerTier.class).injectNull(0.1))
        .as(Customer::new);
  }

  @SuppressWarnings("unchecked")
  static Arbitrary<Order> orders() {
    List<Arbitrary<Object>> parts = new ArrayList<>();
    parts.add(ids().map(o -> o));
    parts.add(nullableText().map(o -> o));
    parts.add(instants().injectNull(0.1).map(o -> o));
    parts.add(offsetDateTimes().injectNull(0.1).map(o -> o));
    parts.add(dates().injectNull(0.1).map(o -> o));
    parts.add(Arbitraries.of(FinancialStatus.class).injectNull(0.1).map(o -> o));
    parts.add(nullableText().map(o -> o));
    parts.add(money().map(o -> o));
    parts.add(money().injectNull(0.1).map(o -> o));
    parts.add(money().injectNull(0.1).map(o -> o));
    parts.add(lineItems().list().ofMaxSize(6).injectNull(0.05).map(o -> o));
    parts.add(customers().injectNull(0.1).map(o -> o));
    parts.add(text().optional(0.5).map(o -> o));
    parts.add(text().set().ofMaxSize(4).injectNull(0.1).map(o -> o));
    parts.add(Arbitraries.maps(text(), nullableText()).ofMaxSize(3).injectNull(0.1).map(o -> o));
    parts.add(Arbitraries.maps(text(), taxLines().list().ofMaxSize(2)).ofMaxSize(2).injectNull(0.1).map(o -> o));
    parts.add(Arbitraries.of(true, false).map(o -> o));
    parts.add(text().injectNull(0.5).map(o -> o));
    parts.add(doubles().map(o -> o));
    parts.add(floats().injectNull(0.2).map(o -> o));
    return Combinators.combine(parts).as(v -> new Order(
        (Long) v.get(0), (String) v.get(1), (Instant) v.get(2), (OffsetDateTime) v.get(3),
        (LocalDate) v.get(4), (FinancialStatus) v.get(5), (String) v.get(6), (BigDecimal) v.get(7),
        (BigDecimal) v.get(8), (BigDecimal) v.get(9), (List<LineItem>) v.get(10), (Customer) v.get(11),
        (Optional<String>) v.get(12), (java.util.Set<String>) v.get(13), (Map<String, String>) v.get(14),
        (Map<String, List<TaxLine>>) v.get(15), (Boolean) v.get(16), (String) v.get(17),
        (Double) v.get(18), (Float) v.get(19)));
  }

  static Arbitrary<LedgerEntry> ledgerEntries() {
    Arbitrary<BigInteger> units = Arbitraries.bigIntegers()
        .between(BigInteger.TEN.pow(25).negate(), BigInteger.TEN.pow(25)).injectNull(0.1);
    return Combinators.combine(ids(), money().injectNull(0.1), units, money().list().ofMaxSize(4),
            Arbitraries.maps(text(), ids()).ofMaxSize(4), floats())
        .as(LedgerEntry::new);
  }

  static Arbitrary<Job> jobs() {
    Arbitrary<Job> start = Combinators.combine(nullableText(), instants().injectNull(0.1), Arbitraries.integers())
        .as(ShopifyBulkSyncStart::new);
    Arbitrary<Job> poll = Combinators.combine(nullableText(), nullableText(), text().optional(0.5), ids())
        .as(ShopifyBulkSyncPoll::new);
    Arbitrary<Job> asset = Combinators.combine(text().list().ofMaxSize(3).injectNull(0.1), nullableText(),
            ids().injectNull(0.3))
        .as(AssetIngest::new);
    Arbitrary<Job> mart = Combinators.combine(text().set().ofMaxSize(3).injectNull(0.1),
            dates().injectNull(0.1), dates().injectNull(0.1))
        .as(MartRefresh::new);
    Arbitrary<Job> csv = Combinators.combine(nullableText(), text().list().ofMaxSize(4).injectNull(0.1),
            Arbitraries.maps(text(), nullableText()).ofMaxSize(3).injectNull(0.1), nullableText())
        .as(CsvExport::new);
    return Arbitraries.oneOf(start, poll, asset, mart, csv);
  }
}
