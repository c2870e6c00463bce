package org.unitar.learning.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Reading the cells of native query rows, and writing LIKE patterns, the same way in every query here. */
final class Rows {

    private Rows() {
    }

    /** An instant as EclipseLink wrote it: through a {@link Timestamp} in the JVM's zone. */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Timestamp timestamp ? timestamp.toInstant()
                : ((LocalDateTime) value).atZone(ZoneId.systemDefault()).toInstant();
    }

    /** A BOOLEAN column, which the driver gives as a Boolean or a number. */
    static Boolean bool(Object value) {
        return value == null ? null : value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    /** {@code %text%} for LIKE, the text's own wildcards taken literally. */
    static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
