package org.unitar.learning.learning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.unitar.learning.catalogue.web.Faces;
import org.unitar.learning.identity.ParticipantList;
import org.unitar.learning.identity.service.KeycloakUnavailable;
import org.unitar.learning.identity.service.Organisations;
import org.unitar.learning.learning.Edition;
import org.unitar.learning.learning.EnrolmentRefused;
import org.unitar.learning.learning.service.Participants;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.content.Spreadsheet;
import org.unitar.learning.shared.i18n.Messages;
import org.unitar.learning.shared.security.Actor;
import org.unitar.learning.shared.web.Ids;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backs admin/participants.xhtml: an administrator uploads a participant list (CSV or XLSX, at most 2 MB) for an
 * edition; every row is checked and shown, with its problems or what importing it will do, before anything is
 * written; "Import" then onboards them all or none ({@link Participants}).
 */
@Named
@ViewScoped
public class ParticipantsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long MAX_BYTES = 2L * 1024 * 1024;

    public record Row(int line, String email, String name, String organisation, String country, String outcome,
                      String problems) implements Serializable {
    }

    @Inject
    Participants participants;

    @Inject
    Organisations organisations;

    @Inject
    Actor actor;

    private String editionParam;
    private long editionId;
    private long courseId;
    private String editionName;
    private transient Part file;
    private ParticipantList list;
    private List<Row> rows = List.of();
    private boolean importable;

    public void load() {
        editionId = Ids.parse(editionParam);
        Edition edition = participants.edition(actor, editionId);
        courseId = edition.courseId();
        editionName = edition.openEnded() ? Faces.words().format("edition.openEnded") : edition.name();
    }

    /** Reads and checks the uploaded list, and shows it; writes nothing. */
    public String check() {
        rows = List.of();
        importable = false;
        if (file == null || file.getSize() == 0) {
            Faces.error("upload:file", "participants.chooseFile");
            return null;
        }
        if (file.getSize() > MAX_BYTES) {
            Faces.error("upload:file", "participants.tooLarge");
            return null;
        }
        List<List<String>> cells;
        try (InputStream in = file.getInputStream()) {
            cells = Spreadsheet.rows(in.readNBytes((int) MAX_BYTES + 1));
        } catch (Spreadsheet.Unreadable e) {
            Faces.error("upload:file", "participants.unreadable");
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        list = ParticipantList.read(cells, code -> organisations.byCode(code).isPresent());
        if (list.columnsRefused().isPresent()) {
            Faces.error("upload:file", list.columnsRefused().get());
            return null;
        }
        Messages words = Faces.words();
        Map<Integer, Participants.Outcome> outcomes = new HashMap<>();
        try {
            participants.preview(actor, editionId, list).forEach(p -> outcomes.put(p.participant().line(), p.outcome()));
        } catch (KeycloakUnavailable e) {
            Faces.error(null, "person.keycloakUnavailable");
            return null;
        }
        rows = list.participants().stream().map(p -> new Row(p.line(), p.email(), p.firstName() + " " + p.lastName(),
                p.organisation(), p.country(),
                outcomes.containsKey(p.line()) ? words.format("participants.outcome." + outcomes.get(p.line())) : null,
                p.problems().stream().map(words::format).collect(Collectors.joining(" ")))).toList();
        importable = list.importable();
        if (!importable) {
            Faces.error(null, "participants.fixRows");
        }
        return null;
    }

    /** Imports the checked list: everyone or no one. */
    public String importList() {
        if (list == null || !importable) {
            Faces.error(null, "participants.notImportable");
            return null;
        }
        Participants.Imported done;
        try {
            done = participants.importList(actor, editionId, list);
        } catch (InputRefused e) {
            Faces.error(null, e.messageKey());
            return null;
        } catch (EnrolmentRefused e) {
            Faces.error(null, "participants.failed");
            Faces.error(null, e.messageKey());
            return null;
        } catch (KeycloakUnavailable e) {
            Faces.error(null, "participants.failed");
            Faces.error(null, "person.keycloakUnavailable");
            return null;
        }
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_INFO,
                Faces.words().format("participants.imported", done.created(), done.matched(), done.enrolled(), done.alreadyEnrolled()), null));
        return "/author/course/sessions?faces-redirect=true&edition=" + editionId;
    }

    public String getEditionParam() {
        return editionParam;
    }

    public void setEditionParam(String editionParam) {
        this.editionParam = editionParam;
    }

    public long getEditionId() {
        return editionId;
    }

    public long getCourseId() {
        return courseId;
    }

    public String getEditionName() {
        return editionName;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isImportable() {
        return importable;
    }
}
