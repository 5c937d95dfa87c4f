package org.partnergraph.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.partnergraph.model.InputException;

/** Publication dates as ISO dates; a value that is not a date is an input error, not a guess. */
final class Dates {
  private Dates() {}

  static String isoDate(String where, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      return LocalDate.parse(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v).toString();
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(v).toLocalDate().toString();
      } catch (DateTimeParseException e2) {
        throw new InputException(where, "\"published\" is not an ISO date (YYYY-MM-DD): " + v);
      }
    }
  }

  /** Like {@link #isoDate} but for page metadata, where a bad value is ignored. */
  static String isoDateOrNull(String value) {
    try {
      return isoDate("", value);
    } catch (InputException e) {
      return null;
    }
  }
}
