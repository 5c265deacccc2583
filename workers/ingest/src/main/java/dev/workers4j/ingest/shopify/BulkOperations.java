package dev.workers4j.ingest.shopify;

import dev.workers4j.json.Json;
import dev.workers4j.json.JsonException;
import dev.workers4j.text.Digits;

/** Starting and polling the sync's bulk operation. */
public final class BulkOperations {
    private final ShopifyAdmin admin;

    public BulkOperations(ShopifyAdmin admin) {
        this.admin = admin;
    }

    /** How a start went: the operation's id, or the user error Shopify answered instead. */
    public record Started(String operationId, String userErrorCode, String userErrorMessage) {
        /** OPERATION_IN_PROGRESS or LIMIT_REACHED: another operation holds the slot; try again later. */
        public boolean mustWait() {
            return "OPERATION_IN_PROGRESS".equals(userErrorCode) || "LIMIT_REACHED".equals(userErrorCode);
        }
    }

    /** Runs the orders export for [from, to). */
    public Started start(String fromIso, String toIso) {
        String body = admin.post(OrdersExport.mutation(fromIso, toIso));
        GraphQlReplies.RunQueryReply reply = decode(body, GraphQlReplies_RunQueryReply_JsonCodec.INSTANCE);
        String errors = GraphQlReplies.errors(reply.errors(), reply.extensions());
        if (errors != null) {
            throw ShopifyException.rejected("Shopify refused the bulk query: " + errors);
        }
        GraphQlReplies.RunQueryPayload payload = reply.data() == null ? null : reply.data().bulkOperationRunQuery();
        if (payload == null) {
            throw ShopifyException.unavailable("Shopify's answer to bulkOperationRunQuery has no payload");
        }
        if (payload.userErrors() != null && !payload.userErrors().isEmpty()) {
            GraphQlReplies.UserError first = payload.userErrors().get(0);
            return new Started(null, first.code() == null ? "UNKNOWN" : first.code(), first.message());
        }
        if (payload.bulkOperation() == null || !isOperationId(payload.bulkOperation().id())) {
            throw ShopifyException.unavailable("Shopify's answer to bulkOperationRunQuery has no operation id");
        }
        return new Started(payload.bulkOperation().id(), null, null);
    }

    /** The operation's status now; null when Shopify does not know the id. */
    public BulkOperation poll(String operationId) {
        if (!isOperationId(operationId)) {
            throw ShopifyException.rejected("not a bulk operation id: " + operationId);
        }
        String body = admin.post(OrdersExport.poll(operationId));
        GraphQlReplies.NodeReply reply = decode(body, GraphQlReplies_NodeReply_JsonCodec.INSTANCE);
        String errors = GraphQlReplies.errors(reply.errors(), reply.extensions());
        if (errors != null) {
            throw ShopifyException.rejected("Shopify refused the bulk operation poll: " + errors);
        }
        GraphQlReplies.BulkOperationNode node = reply.data() == null ? null : reply.data().node();
        if (node == null || node.status() == null) {
            return null;
        }
        return new BulkOperation(node.id(), node.status(), node.errorCode(), node.url(), number(node.fileSize()),
                number(node.objectCount()));
    }

    /** gid://shopify/BulkOperation/<digits>: the only ids this sync puts into a query. */
    static boolean isOperationId(String id) {
        String prefix = "gid://shopify/BulkOperation/";
        if (id == null || !id.startsWith(prefix) || id.length() == prefix.length() || id.length() > prefix.length() + 20) {
            return false;
        }
        for (int i = prefix.length(); i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static long number(String text) {
        Long value = Digits.parse(text, Digits.MAX_LONG_DIGITS);
        return value == null ? -1 : value;
    }

    private static <T> T decode(String body, dev.workers4j.json.JsonCodec<T> codec) {
        try {
            return Json.fromJson(codec, body);
        } catch (JsonException notJson) {
            throw ShopifyException.unavailable("Shopify's answer is not the JSON expected");
        }
    }
}
