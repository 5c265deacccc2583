package dev.workers4j.http;

import java.util.List;

/**
 * 400 {@code invalid_request}: the request's parameters or body broke rules, each listed with its
 * field, so a client fixes them all at once. The error body carries them as
 * {@code "fields":[{"field":"date_from","problem":"..."}]}. Build one with {@link Validation}.
 */
public final class InvalidRequestException extends HttpException {
    private final List<FieldProblem> fields;

    public InvalidRequestException(List<FieldProblem> fields) {
        super(400, "invalid_request", summary(fields));
        this.fields = List.copyOf(fields);
    }

    public static InvalidRequestException of(String field, String problem) {
        return new InvalidRequestException(List.of(new FieldProblem(field, problem)));
    }

    public List<FieldProblem> fields() {
        return fields;
    }

    private static String summary(List<FieldProblem> fields) {
        StringBuilder out = new StringBuilder("the request is invalid: ");
        for (int i = 0; i < fields.size(); i++) {
            out.append(i == 0 ? "" : "; ").append(fields.get(i).field()).append(": ").append(fields.get(i).problem());
        }
        return out.toString();
    }
}
