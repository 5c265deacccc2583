package dev.workers4j.http;

/** One field's problem in a 400 invalid_request: {@code {"field":"date_from","problem":"..."}}. */
public record FieldProblem(String field, String problem) {
}
