package org.unitar.learning.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.unitar.learning.catalogue.web.Faces;
import org.unitar.learning.identity.Organisation;
import org.unitar.learning.identity.service.Organisations;
import org.unitar.learning.reporting.Reports;
import org.unitar.learning.shared.security.Actor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Backs author/reports.xhtml: the reports through a bookmarkable GET filter (period, course, country,
 * organisation; completion broken down by course, edition, country or organisation), each as a chart with its
 * table below, and downloads as CSV or XLSX. Trainers see their own courses only; the service checks.
 */
@Named
@RequestScoped
public class ReportsPage {

    private static final String[] COLOURS = {"#1a5ea8", "#2e8540", "#b35900"};

    @Inject
    Reports reports;

    @Inject
    Organisations organisations;

    @Inject
    Actor actor;

    private String from;
    private String until;
    private String course;
    private String country;
    private String organisation;
    private String by;
    private boolean fromInvalid;
    private boolean untilInvalid;
    private boolean courseInvalid;
    private boolean organisationInvalid;
    private List<ReportTables.Table> tables = List.of();
    private List<Reports.CourseChoice> courses = List.of();

    public void load() {
        Optional<LocalDate> fromDay = AuditPage.day(from);
        Optional<LocalDate> untilDay = AuditPage.day(until);
        fromInvalid = fromDay == null;
        untilInvalid = untilDay == null;
        courseInvalid = !isId(course);
        organisationInvalid = !isId(organisation);
        String language = Faces.reader().code();
        courses = reports.courses(actor, language);
        if (fromInvalid || untilInvalid || courseInvalid || organisationInvalid) {
            return;
        }
        Reports.Filter filter = filter(fromDay.orElse(null), untilDay.orElse(null), course, country, organisation);
        Map<Long, String> titles = courses.stream().collect(Collectors.toMap(Reports.CourseChoice::id, Reports.CourseChoice::title));
        tables = ReportTables.all(reports, actor, filter, getBy(), Faces.words(),
                FacesContext.getCurrentInstance().getViewRoot().getLocale(), id -> titles.getOrDefault(id, "#" + id));
    }

    static Reports.Filter filter(LocalDate from, LocalDate until, String course, String country, String organisation) {
        return new Reports.Filter(from, until, id(course), country == null || country.isBlank() ? null : country.strip(), id(organisation));
    }

    /** The chosen course's or organisation's id; none chosen is null. Check {@link #isId} first. */
    static Long id(String text) {
        return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
    }

    /** Whether a course or organisation parameter is none or an id (only an edited address gives anything else). */
    static boolean isId(String text) {
        return text == null || text.isBlank() || text.strip().matches("[0-9]{1,18}");
    }

    static String breakdown(String by) {
        return by != null && ReportTables.BREAKDOWNS.contains(by) ? by : "course";
    }

    /** The query string of this filter, for the downloads. */
    public String getFilterQuery() {
        StringBuilder query = new StringBuilder("by=").append(getBy());
        for (String[] p : new String[][] {{"from", from}, {"until", until}, {"course", course}, {"country", country},
                {"organisation", organisation}}) {
            if (p[1] != null && !p[1].isBlank()) {
                query.append('&').append(p[0]).append('=').append(URLEncoder.encode(p[1].strip(), StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    public ReportTables.Table table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    /** Chart.js configuration of a table: a bar per row, a dataset per numeric column from {@code firstColumn}. */
    public String chart(String id, int firstColumn, int lastColumn, boolean horizontal) {
        ReportTables.Table table = table(id);
        if (table == null) {
            return "{}";
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        table.rows().forEach(row -> labels.add(row.get(0)));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int column = firstColumn; column <= lastColumn; column++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            int c = column;
            table.rows().forEach(row -> data.add(Long.parseLong(row.get(c))));
            datasets.add(Json.createObjectBuilder().add("label", table.header().get(column)).add("data", data)
                    .add("backgroundColor", COLOURS[(column - firstColumn) % COLOURS.length]));
        }
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false);
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }

    public List<ReportTables.Table> getTables() {
        return tables;
    }

    public List<Reports.CourseChoice> getCourses() {
        return courses;
    }

    public List<Organisation> getOrganisations() {
        return actor.administrator() ? organisations.all() : List.of();
    }

    public List<String> getBreakdowns() {
        return ReportTables.BREAKDOWNS;
    }

    public boolean isAdministrator() {
        return actor.administrator();
    }

    public boolean isFromInvalid() {
        return fromInvalid;
    }

    public boolean isUntilInvalid() {
        return untilInvalid;
    }

    public boolean isCourseInvalid() {
        return courseInvalid;
    }

    public boolean isOrganisationInvalid() {
        return organisationInvalid;
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

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getBy() {
        return breakdown(by);
    }

    public void setBy(String by) {
        this.by = by;
    }
}
