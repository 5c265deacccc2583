package dev.workers4j.testing.r2;

import dev.workers4j.http.Headers;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reading request headers as workerd's R2 binding reads them. */
final class HeaderValues {
    private HeaderValues() {
    }

    /** A header's value as the Fetch API's Headers.get gives it: repeated values joined by ", "; null when absent. */
    static String get(Headers headers, String name) {
        List<String> values = headers.getAll(name);
        return values.isEmpty() ? null : String.join(", ", values);
    }

    /**
     * An HTTP date (IMF-fixdate, as browsers send If-Modified-Since) or an ISO-8601 date-time, in
     * epoch millis; null when it is neither, and the condition is then left out. (workerd hands
     * the text to JS's Date; an invalid date did not block the read there.)
     */
    static Long date(String text) {
        String value = text.trim();
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
        } catch (DateTimeParseException notRfc1123) {
            // try ISO next
        }
        try {
            return OffsetDateTime.parse(value).toInstant().toEpochMilli();
        } catch (DateTimeParseException notOffset) {
            // try an instant
        }
        try {
            return Instant.parse(value).toEpochMilli();
        } catch (DateTimeParseException notInstant) {
            return null;
        }
    }
}
