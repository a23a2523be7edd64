package org.zhedition.content;

import org.zhedition.input.ContentError;
import org.zhedition.input.Yaml;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A date from front matter ({@code date:}, {@code updated:}): an ISO 8601 calendar date
 * ({@code 2025-01-28}) or a date and time with its offset from UTC
 * ({@code 2025-01-28T09:30:00+08:00}).
 *
 * <p>Every form printed is derived from what the editor wrote: never from the clock, the
 * machine's time zone or its locale. A day written alone is taken as the start of that day in
 * UTC wherever a format needs an instant (Atom, EPUB's {@code dcterms:modified}, ordering).
 *
 * @param day  the calendar day as written (in the editor's offset when a time is given)
 * @param time the date and time with its offset, or null when only a day is written
 */
public record ArticleDate(LocalDate day, OffsetDateTime time) {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DAY_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");
    private static final Pattern DAY_TIME_OFFSET = Pattern.compile(DAY_TIME.pattern() + "(Z|[+-]\\d{2}:\\d{2})");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    /** How to write a date, for error messages. */
    static final String FORMAT = "write YYYY-MM-DD, e.g. 2025-01-28, or a date and time with its offset from UTC,"
            + " e.g. 2025-01-28T09:30:00+08:00";

    /**
     * Reads the date in a front-matter field ({@code date:}, {@code updated:}).
     *
     * @throws ContentError naming the field's line when it is not such a date
     */
    static ArticleDate read(Yaml value, String field) {
        String t = value.text();
        if (t.isEmpty()) {
            throw value.error("field '" + field + "' is empty", FORMAT);
        }
        try {
            if (DAY.matcher(t).matches()) {
                return new ArticleDate(LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE
                        .withResolverStyle(ResolverStyle.STRICT)), null);
            }
            if (DAY_TIME_OFFSET.matcher(t).matches()) {
                OffsetDateTime time = OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME
                        .withResolverStyle(ResolverStyle.STRICT));
                return new ArticleDate(time.toLocalDate(), time);
            }
        } catch (DateTimeException e) {
            throw value.error(field + " '" + t + "' is not a date of the calendar ("
                    + e.getMessage().replaceFirst("^Text '[^']*' could not be parsed: ", "") + ")", FORMAT);
        }
        if (DAY_TIME.matcher(t).matches()) {
            throw value.error(field + " '" + t + "' has a time but no offset from UTC, so the moment is not known",
                    "add the offset, e.g. " + t + "+08:00 for Hong Kong, Taipei or Beijing time, or " + t
                            + "Z for UTC; or write the day alone, " + t.substring(0, 10));
        }
        throw value.error(field + " '" + t + "' is not an ISO 8601 date", FORMAT);
    }

    /**
     * The date as HTML's {@code datetime} attribute, Open Graph, the sitemap and {@code dc:date}
     * take it: {@code 2025-01-28}, or {@code 2025-01-28T09:30:00+08:00} (seconds always, no
     * fraction, {@code Z} for UTC).
     */
    public String iso() {
        return time == null ? day.toString() : SECONDS.format(time);
    }

    /** An RFC 3339 date-time (Atom): a day alone is midnight UTC. */
    public String dateTime() {
        return time == null ? day + "T00:00:00Z" : SECONDS.format(time);
    }

    /** The moment in UTC with seconds and {@code Z}, as EPUB's {@code dcterms:modified} requires. */
    public String utc() {
        return SECONDS.format(instant().atOffset(ZoneOffset.UTC));
    }

    /** The moment: a day alone is the start of that day in UTC. */
    public Instant instant() {
        return time == null ? day.atStartOfDay().toInstant(ZoneOffset.UTC) : time.toInstant();
    }

    /**
     * The day as Chinese writes it, in both scripts alike: {@code 2025年1月28日} (the day as
     * written, never moved to another time zone).
     */
    public String chinese() {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    /** The month of the day as written, as Chinese writes it in both scripts: {@code 2025年1月}. */
    public String chineseMonth() {
        return day.getYear() + "年" + day.getMonthValue() + "月";
    }

    /** The month of the day as written, for a {@code datetime} attribute: {@code 2025-01}. */
    public String isoMonth() {
        return String.format(java.util.Locale.ROOT, "%04d-%02d", day.getYear(), day.getMonthValue());
    }

    /**
     * Whether this date is earlier than {@code other}: by the day when either has no time, by
     * the moment when both have one.
     */
    public boolean isBefore(ArticleDate other) {
        if (time == null || other.time == null) {
            return day.isBefore(other.day);
        }
        return time.toInstant().isBefore(other.time.toInstant());
    }

    @Override
    public String toString() {
        return iso();
    }
}
