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
import org.unitar.learning.shared.web.Ids;

import java.io.Serializable;
import java.util.List;

/**
 * Backs admin/organisation.xhtml: change an organisation's name, kind and country (a save over a newer save is
 * refused), and choose its managers, who then follow its people's progress.
 */
@Named
@ViewScoped
public class OrganisationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    public record Manager(long id, String name, String email) implements Serializable {
    }

    @Inject
    Organisations organisations;

    @Inject
    Actor actor;

    private String idParam;
    private long id;
    private long version;
    private String code;
    private String name;
    private OrganisationKind kind;
    private String country;
    private String manager;
    private List<Manager> managers = List.of();

    public void load() {
        id = Ids.parse(idParam);
        Organisation organisation = organisations.find(actor, id);
        version = organisation.version();
        code = organisation.code();
        name = organisation.name();
        kind = organisation.kind();
        country = organisation.country();
        managers = organisations.managers(id).stream()
                .map(a -> new Manager(a.id(), a.displayName(), a.email())).toList();
    }

    public String save() {
        try {
            organisations.change(actor, id, version, name, kind, country);
        } catch (InputRefused e) {
            Faces.error(e.field() == null ? null : "organisation:" + e.field(), e.messageKey());
            return null;
        }
        Faces.flash("organisations.saved");
        return back();
    }

    public String addManager() {
        try {
            organisations.addManager(actor, id, manager);
        } catch (InputRefused e) {
            Faces.error("managers:" + e.field(), e.messageKey());
            return null;
        }
        Faces.flash("organisations.managerAdded");
        return back();
    }

    public String removeManager(Manager removed) {
        organisations.removeManager(actor, id, removed.id());
        Faces.flash("organisations.managerRemoved");
        return back();
    }

    private String back() {
        return "/admin/organisation?faces-redirect=true&id=" + id;
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getManager() {
        return manager;
    }

    public void setManager(String manager) {
        this.manager = manager;
    }

    public List<Manager> getManagers() {
        return managers;
    }
}
