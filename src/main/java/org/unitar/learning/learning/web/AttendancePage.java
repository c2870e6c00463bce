package org.unitar.learning.learning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unitar.learning.catalogue.web.Faces;
import org.unitar.learning.identity.UserAccountRepository;
import org.unitar.learning.learning.AttendanceStatus;
import org.unitar.learning.learning.EditionSession;
import org.unitar.learning.learning.Enrolment;
import org.unitar.learning.learning.service.Sessions;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.web.Ids;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs author/course/attendance.xhtml: the register of one session, every learner of the edition with present,
 * absent or excused; saving writes the choices made (a learner left without a choice stays unrecorded).
 */
@Named
@ViewScoped
public class AttendancePage implements Serializable {

    private static final long serialVersionUID = 1L;

    public record Row(int index, long enrolmentId, String name) implements Serializable {
    }

    @Inject
    Sessions sessions;

    @Inject
    UserAccountRepository accounts;

    @Inject
    Actor actor;

    private String sessionParam;
    private long sessionId;
    private long editionId;
    private String title;
    private Instant startsAt;
    private List<Row> rows = List.of();
    /** The choice per enrolment id, as the page posts it (the name of an {@link AttendanceStatus}). */
    private final Map<Long, String> statuses = new HashMap<>();

    public void load() {
        sessionId = Ids.parse(sessionParam);
        EditionSession session = sessions.session(actor, sessionId);
        editionId = session.editionId();
        title = session.title();
        startsAt = session.startsAt();
        Map<Enrolment, AttendanceStatus> sheet = sessions.attendance(actor, sessionId);
        Map<String, String> names = accounts.displayNames(sheet.keySet().stream().map(Enrolment::learner).toList());
        List<Enrolment> sorted = sheet.keySet().stream()
                .sorted(Comparator.comparing(e -> names.getOrDefault(e.learner(), e.learner()))).toList();
        rows = java.util.stream.IntStream.range(0, sorted.size()).mapToObj(i -> new Row(i, sorted.get(i).id(),
                names.getOrDefault(sorted.get(i).learner(), sorted.get(i).learner()))).toList();
        sheet.forEach((enrolment, status) -> {
            if (status != null) {
                statuses.put(enrolment.id(), status.name());
            }
        });
    }

    public String save() {
        Map<Long, AttendanceStatus> chosen = new HashMap<>();
        statuses.forEach((id, status) -> {
            if (status != null && !status.isEmpty()) {
                chosen.put(id, AttendanceStatus.valueOf(status));
            }
        });
        try {
            sessions.record(actor, sessionId, chosen);
        } catch (InputRefused e) {
            Faces.error(null, e.messageKey());
            return null;
        }
        Faces.flash("attendance.saved");
        return "/author/course/attendance?faces-redirect=true&session=" + sessionId;
    }

    public AttendanceStatus[] getChoices() {
        return AttendanceStatus.values();
    }

    public String getSessionParam() {
        return sessionParam;
    }

    public void setSessionParam(String sessionParam) {
        this.sessionParam = sessionParam;
    }

    public long getEditionId() {
        return editionId;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public List<Row> getRows() {
        return rows;
    }

    public Map<Long, String> getStatuses() {
        return statuses;
    }
}
