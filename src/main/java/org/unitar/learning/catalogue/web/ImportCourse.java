package org.unitar.learning.catalogue.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.unitar.learning.catalogue.service.CourseTransfer;
import org.unitar.learning.catalogue.service.ImportRefused;
import org.unitar.learning.shared.i18n.Messages;
import org.unitar.learning.shared.security.Actor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Backs author/import.xhtml: imports a course archive as a new draft course of the trainer. */
@Named
@RequestScoped
public class ImportCourse {

    @Inject
    CourseTransfer transfer;

    @Inject
    Actor actor;

    private Part archive;

    public String importArchive() {
        if (archive == null || archive.getSize() == 0) {
            Faces.error("import:archive", "author_import.chooseFile");
            return null;
        }
        try (InputStream zip = archive.getInputStream()) {
            long id = transfer.importArchive(actor, zip);
            Faces.flash("author_import.imported");
            return "/author/course/outline?faces-redirect=true&id=" + id;
        } catch (ImportRefused e) {
            Messages words = Faces.words();
            String where = Stream.of(e.detail(), e.detailKey() == null ? null : words.format(e.detailKey()))
                    .filter(Objects::nonNull).collect(Collectors.joining(": "));
            String why = words.format(e.messageKey()) + (where.isEmpty() ? "" : " (" + where + ")");
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage("import:archive", new FacesMessage(FacesMessage.SEVERITY_ERROR, why, null));
            faces.validationFailed();
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Part getArchive() {
        return archive;
    }

    public void setArchive(Part archive) {
        this.archive = archive;
    }
}
