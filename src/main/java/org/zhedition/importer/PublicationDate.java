package org.zhedition.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day an article was published, when the scrape makes it certain: the date of the first
 * photo caption (a news photo is captioned with its day), provided the text mentions no later
 * day. Otherwise none: the editor is asked.
 */
final class PublicationDate {
    private static final Pattern FULL = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d年])(\\d{1,2})月(\\d{1,2})日");

    private PublicationDate() {
    }

    /** The candidate: the first caption's full date, if any. */
    static Optional<LocalDate> candidate(List<String> captions) {
        for (String c : captions) {
            Matcher m = FULL.matcher(c);
            if (m.find()) {
                return date(Integer.parseInt(m.group(1)), m.group(2), m.group(3));
            }
        }
        return Optional.empty();
    }

    /** A day the text mentions that is later than {@code candidate} (a day without a year taken in its year), if any. */
    static Optional<String> laterMention(LocalDate candidate, String text) {
        Matcher m = FULL.matcher(text);
        while (m.find()) {
            if (date(Integer.parseInt(m.group(1)), m.group(2), m.group(3)).filter(candidate::isBefore).isPresent()) {
                return Optional.of(m.group());
            }
        }
        m = MONTH_DAY.matcher(text);
        while (m.find()) {
            if (date(candidate.getYear(), m.group(1), m.group(2)).filter(candidate::isBefore).isPresent()) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(int year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
