package org.unitar.learning.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unitar.learning.catalogue.web.Faces;
import org.unitar.learning.identity.Organisation;
import org.unitar.learning.identity.OrganisationKind;
import org.unitar.learning.identity.service.Organisations;
import org.unitar.learning.shared.InputRefused;
import org.unitar.learning.shared.security.Actor;

import java.io.Serializable;
import java.util.List;

/**
 * Backs admin/organisations.xhtml: the organisations (words of the name or code, country, kind: a bookmarkable GET
 * form), how many people belong to each, and a form to add one (refusals next to the field, typed values kept).
 */
@Named
@ViewScoped
public class OrganisationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    public record Row(long id, String code, String name, OrganisationKind kind, String country, long people)
            implements Serializable {
    }

    @Inject
    Organisations organisations;

    @Inject
    Actor actor;

    private String q;
    private String country;
    private String kind;
    private List<Row> rows = List.of();
    private String newCode;
    private String newName;
    private OrganisationKind newKind;
    private String newCountry;

    public void load() {
        rows = organisations.search(actor, q, country, kind(kind)).stream().map(listed -> {
            Organisation o = listed.organisation();
            return new Row(o.id(), o.code(), o.name(), o.kind(), o.country(), listed.people());
        }).toList();
    }

    public String create() {
        Organisation organisation;
        try {
            organisation = organisations.create(actor, newCode, newName, newKind, newCountry);
        } catch (InputRefused e) {
            Faces.error("newOrganisation:" + e.field(), e.messageKey());
            return null;
        }
        Faces.flash("organisations.created");
        return "/admin/organisation?faces-redirect=true&id=" + organisation.id();
    }

    static OrganisationKind kind(String name) {
        try {
            return name == null || name.isBlank() ? null : OrganisationKind.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public OrganisationKind getNewKind() {
        return newKind;
    }

    public void setNewKind(OrganisationKind newKind) {
        this.newKind = newKind;
    }

    public String getNewCountry() {
        return newCountry;
    }

    public void setNewCountry(String newCountry) {
        this.newCountry = newCountry;
    }
}
