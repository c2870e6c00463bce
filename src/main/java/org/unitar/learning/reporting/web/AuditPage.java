package org.unitar.learning.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unitar.learning.reporting.AuditLine;
import org.unitar.learning.reporting.AuditQueries;
import org.unitar.learning.shared.web.Ids;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Backs admin/audit.xhtml: the audit record through a bookmarkable GET filter (who, what, object type and id, UTC
 * days), 50 lines a page, newest first, with a link to older lines and to the CSV of everything the filter finds.
 * Read only: the page offers no way to change a line, and the database would refuse one.
 */
@Named
@RequestScoped
public class AuditPage {

    static final int PAGE_SIZE = 50;

    @Inject
    AuditQueries audit;

    private String who;
    private String action;
    private String objectType;
    private String objectId;
    private String from;
    private String until;
    private String before;
    private boolean fromInvalid;
    private boolean untilInvalid;
    private AuditQueries.Page page = new AuditQueries.Page(List.of(), false);

    public void load() {
        Optional<LocalDate> fromDay = day(from);
        Optional<LocalDate> untilDay = day(until);
        fromInvalid = fromDay == null;
        untilInvalid = untilDay == null;
        if (fromInvalid || untilInvalid) {
            return;
        }
        Long beforeId = before == null || before.isBlank() ? null : Ids.parse(before);
        page = audit.page(filter(who, action, objectType, objectId, fromDay.orElse(null), untilDay.orElse(null)),
                beforeId, PAGE_SIZE);
    }

    static AuditQueries.Filter filter(String who, String action, String objectType, String objectId, LocalDate from,
                                      LocalDate until) {
        return new AuditQueries.Filter(who, action, objectType, objectId, from, until);
    }

    /** A day as the date field sends it (yyyy-mm-dd): empty when none was given, null when it is not a date. */
    static Optional<LocalDate> day(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The query string of this filter (for the older-lines and CSV links), without {@code before}. */
    public String getFilterQuery() {
        StringBuilder query = new StringBuilder();
        append(query, "who", who);
        append(query, "action", action);
        append(query, "type", objectType);
        append(query, "object", objectId);
        append(query, "from", from);
        append(query, "until", until);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public List<AuditLine> getLines() {
        return page.lines();
    }

    public boolean isMore() {
        return page.more();
    }

    /** The id to continue from on the next page. */
    public long getLastId() {
        return page.lines().get(page.lines().size() - 1).id();
    }

    public List<String> getActions() {
        return AuditActions.all();
    }

    public boolean isFromInvalid() {
        return fromInvalid;
    }

    public boolean isUntilInvalid() {
        return untilInvalid;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getObjectType() {
        return objectType;
    }

    public void setObjectType(String objectType) {
        this.objectType = objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public void setObjectId(String objectId) {
        this.objectId = objectId;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getUntil() {
        return until;
    }

    public void setUntil(String until) {
        this.until = until;
    }

    public String getBefore() {
        return before;
    }

    public void setBefore(String before) {
        this.before = before;
    }
}
