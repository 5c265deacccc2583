package dev.workers4j.ingest.shopify;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.JsonCodecType;
import java.util.List;

/**
 * The parts of Admin GraphQL API replies the bulk sync reads (unknown fields are ignored).
 * UnsignedInt64 fields (objectCount, fileSize) arrive as strings.
 */
final class GraphQlReplies {
    private GraphQlReplies() {
    }

    @JsonCodecType
    record RunQueryReply(RunQueryData data, List<GraphQlError> errors, Extensions extensions) {
    }

    @JsonCodecType
    record RunQueryData(RunQueryPayload bulkOperationRunQuery) {
    }

    @JsonCodecType
    record RunQueryPayload(BulkOperationNode bulkOperation, List<UserError> userErrors) {
    }

    @JsonCodecType
    record UserError(List<String> field, String message, String code) {
    }

    @JsonCodecType
    record NodeReply(NodeData data, List<GraphQlError> errors, Extensions extensions) {
    }

    @JsonCodecType
    record NodeData(BulkOperationNode node) {
    }

    @JsonCodecType
    record BulkOperationNode(String id, String status, String errorCode, String objectCount, String fileSize,
            String url, String partialDataUrl) {
    }

    @JsonCodecType
    record GraphQlError(String message, ErrorExtensions extensions) {
    }

    @JsonCodecType
    record ErrorExtensions(String code) {
    }

    @JsonCodecType
    record Extensions(Cost cost) {
    }

    @JsonCodecType
    record Cost(Double requestedQueryCost, ThrottleStatus throttleStatus) {
    }

    @JsonCodecType
    record ThrottleStatus(Double maximumAvailable, Double currentlyAvailable, Double restoreRate) {
    }

    /** Seconds until the throttle bucket holds the query's cost again; 2 without a throttle status. */
    static int secondsUntilAvailable(Extensions extensions) {
        if (extensions == null || extensions.cost() == null || extensions.cost().throttleStatus() == null) {
            return 2;
        }
        ThrottleStatus status = extensions.cost().throttleStatus();
        double needed = (extensions.cost().requestedQueryCost() == null ? 50 : extensions.cost().requestedQueryCost())
                - (status.currentlyAvailable() == null ? 0 : status.currentlyAvailable());
        double rate = status.restoreRate() == null || status.restoreRate() <= 0 ? 50 : status.restoreRate();
        return (int) Math.ceil(Math.max(needed, 0) / rate) + 1;
    }

    /** The GraphQL errors as one line, or null when there are none; throws when one is THROTTLED. */
    static String errors(List<GraphQlError> errors, Extensions extensions) {
        if (errors == null || errors.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (GraphQlError error : errors) {
            String code = error.extensions() == null ? null : error.extensions().code();
            if ("THROTTLED".equals(code)) {
                throw ShopifyException.throttled("Shopify throttled the request", secondsUntilAvailable(extensions));
            }
            text.append(text.length() == 0 ? "" : "; ").append(error.message()).append(code == null ? "" : " (" + code + ")");
        }
        return text.toString();
    }
}
