package org.unitar.learning.identity;

import org.unitar.learning.shared.i18n.Language;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A workshop's participant list as uploaded (CSV or XLSX rows), checked row by row before anything is written:
 * columns {@code email}, {@code first name}, {@code last name}, {@code country} (ISO 3166 alpha-2), and optionally
 * {@code organisation} (a known code) and {@code language}. Each row carries its problems as message keys; a list
 * whose columns are wrong is refused as a whole ({@link #columnsRefused}).
 */
public final class ParticipantList implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_PARTICIPANTS = 2_000;
    public static final int NAME_LENGTH = 100;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final List<String> REQUIRED = List.of("email", "firstname", "lastname", "country");

    /** One participant as the list gives them, with the problems of their row (empty: fine). */
    public record Participant(int line, String email, String firstName, String lastName, String organisation,
                              String country, String language, List<String> problems) implements Serializable {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private final List<Participant> participants;
    private final String columnsRefused;

    private ParticipantList(List<Participant> participants, String columnsRefused) {
        this.participants = participants;
        this.columnsRefused = columnsRefused;
    }

    /** Reads {@code rows} (the first is the header); {@code knownOrganisation} says which codes exist. */
    public static ParticipantList read(List<List<String>> rows, Predicate<String> knownOrganisation) {
        if (rows.isEmpty()) {
            return new ParticipantList(List.of(), "participants.empty");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            String name = normal(header.get(i));
            if (!name.isEmpty() && columns.putIfAbsent(name, i) != null) {
                return new ParticipantList(List.of(), "participants.columnsRepeated");
            }
        }
        if (!columns.keySet().containsAll(REQUIRED)) {
            return new ParticipantList(List.of(), "participants.columnsMissing");
        }
        if (rows.size() - 1 > MAX_PARTICIPANTS) {
            return new ParticipantList(List.of(), "participants.tooMany");
        }
        List<Participant> participants = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            List<String> problems = new ArrayList<>();
            if (row.stream().anyMatch(ParticipantList::formula)) {
                problems.add("participants.formula");
            }
            String email = cell(row, columns.get("email")).toLowerCase(Locale.ROOT);
            String first = cell(row, columns.get("firstname"));
            String last = cell(row, columns.get("lastname"));
            String country = cell(row, columns.get("country")).toUpperCase(Locale.ROOT);
            String organisation = cell(row, columns.get("organisation")).toUpperCase(Locale.ROOT);
            String language = cell(row, columns.get("language")).toLowerCase(Locale.ROOT);
            if (email.isEmpty()) {
                problems.add("participants.emailRequired");
            } else if (!EMAIL.matcher(email).matches() || email.length() > UserAccount.EMAIL_LENGTH) {
                problems.add("participants.emailInvalid");
            } else if (!emails.add(email)) {
                problems.add("participants.emailRepeated");
            }
            if (first.isEmpty() || last.isEmpty()) {
                problems.add("participants.nameRequired");
            } else if (first.length() > NAME_LENGTH || last.length() > NAME_LENGTH) {
                problems.add("participants.nameTooLong");
            }
            if (!Set.of(Locale.getISOCountries()).contains(country)) {
                problems.add("participants.countryUnknown");
            }
            if (!organisation.isEmpty() && !knownOrganisation.test(organisation)) {
                problems.add("participants.organisationUnknown");
            }
            if (!language.isEmpty() && Language.forTag(language).isEmpty()) {
                problems.add("participants.languageUnknown");
            }
            participants.add(new Participant(r + 1, email, first, last, organisation.isEmpty() ? null : organisation,
                    country, language.isEmpty() ? null : language, List.copyOf(problems)));
        }
        if (participants.isEmpty()) {
            return new ParticipantList(List.of(), "participants.empty");
        }
        return new ParticipantList(List.copyOf(participants), null);
    }

    /** A header cell as a column name: lower case, without spaces, hyphens or underscores; "organization" too. */
    private static String normal(String header) {
        String name = header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
        return name.equals("organization") ? "organisation" : name;
    }

    private static String cell(List<String> row, Integer column) {
        return column == null || column >= row.size() ? "" : row.get(column).strip();
    }

    /** A cell a spreadsheet would evaluate: refused, never imported. */
    private static boolean formula(String cell) {
        String text = cell.strip();
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }

    public List<Participant> participants() {
        return participants;
    }

    /** Why the list as a whole cannot be read (a message key), if it cannot. */
    public Optional<String> columnsRefused() {
        return Optional.ofNullable(columnsRefused);
    }

    /** Whether every row is fine and the list can be imported. */
    public boolean importable() {
        return columnsRefused == null && participants.stream().allMatch(Participant::valid);
    }
}
