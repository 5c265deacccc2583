// The floor for a typed decode on V8: a hand-written JS decoder (no framework) that turns the
// order document into typed values of the same shape the Java codec builds (class instances,
// 64-bit ids as BigInt, money as unscaled BigInt + scale, strings boxed as TeaVM boxes them).
// bench:json serves this module as a Worker in the same workerd as the Java codec and times
// `/typed` against `/parse` (JSON.parse alone) the same way, so the ratio says what building typed
// values costs over JSON.parse even without any framework. Prints nothing itself; asserts nothing.
class Decimal { constructor(unscaled, scale) { this.unscaled = unscaled; this.scale = scale; } }
class Text { constructor(value) { this.value = value; this.hash = 0; } }
class Money { static of(text) {
  const point = text.indexOf(".");
  const digits = point < 0 ? text : text.slice(0, point) + text.slice(point + 1);
  return new Decimal(BigInt(digits), point < 0 ? 0 : text.length - point - 1);
} }
class TaxLine { constructor(title, price, rate) { this.title = title; this.price = price; this.rate = rate; } }
class LineItem {
  constructor(o) {
    this.id = BigInt(o.id);
    this.variantId = o.variant_id === null ? null : BigInt(o.variant_id);
    this.sku = text(o.sku);
    this.title = text(o.title);
    this.quantity = o.quantity;
    this.price = Money.of(o.price);
    this.totalDiscount = o.total_discount === null ? null : Money.of(o.total_discount);
    this.taxLines = o.tax_lines.map(taxLine);
  }
}
const text = (s) => (s === null || s === undefined ? null : new Text(s));
const taxLine = (t) => new TaxLine(text(t.title), Money.of(t.price), t.rate);

function decode(json) {
  const o = JSON.parse(json);
  const taxLines = new Map();
  for (const key of Object.keys(o.tax_lines || {})) taxLines.set(key, o.tax_lines[key].map(taxLine));
  return {
    id: BigInt(o.id), orderNumber: text(o.order_number), createdAt: Date.parse(o.created_at),
    processedAt: text(o.processed_at), businessDate: text(o.business_date), financialStatus: text(o.financial_status),
    currency: text(o.currency), totalPrice: Money.of(o.total_price), subtotalPrice: Money.of(o.subtotal_price),
    totalTax: Money.of(o.total_tax), lineItems: o.line_items.map((item) => new LineItem(item)),
    customer: o.customer && { id: BigInt(o.customer.id), email: text(o.customer.email), firstName: text(o.customer.first_name) },
    note: text(o.note), tags: new Set((o.tags || []).map(text)), noteAttributes: new Map(Object.entries(o.note_attributes || {})),
    taxLines, test: o.test, totalWeightKg: o.total_weight_kg, sourceScore: o.source_score,
  };
}

// POST /typed?n=N or /parse?n=N with the document as the body: the loop runs N times per request,
// as the conformance Worker's bench routes do.
export default {
  async fetch(request) {
    const url = new URL(request.url);
    const json = await request.text();
    const n = Number(url.searchParams.get("n") || 1);
    let total = 0;
    if (url.pathname === "/typed") for (let i = 0; i < n; i++) total += decode(json).lineItems.length;
    else if (url.pathname === "/parse") for (let i = 0; i < n; i++) total += JSON.parse(json).line_items.length;
    else return new Response("not found", { status: 404 });
    return new Response(String(total));
  },
};
