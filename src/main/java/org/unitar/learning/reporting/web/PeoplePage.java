package org.unitar.learning.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unitar.learning.identity.Organisation;
import org.unitar.learning.identity.service.Organisations;
import org.unitar.learning.reporting.People;
import org.unitar.learning.shared.security.Actor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Backs people/index.xhtml, the people directory: words of a name, user name or email, an organisation, a country
 * (a bookmarkable GET form), 50 people a page by name. Administrators see everyone; an organisation's managers see
 * its people (the service limits the list; anyone else gets the 403 page).
 */
@Named
@RequestScoped
public class PeoplePage {

    @Inject
    People people;

    @Inject
    Organisations organisations;

    @Inject
    Actor actor;

    private String q;
    private String organisation;
    private String country;
    private String page;
    private int pageNumber;
    private People.Directory directory;
    private List<Organisation> choices;

    public void load() {
        pageNumber = number(page);
        Long organisationId = number(organisation) > 0 ? (long) number(organisation) : null;
        directory = people.directory(actor, new People.Filter(q, organisationId, country), pageNumber);
        choices = actor.administrator() ? organisations.all() : people.followed(actor);
    }

    /** A non-negative number typed in the address, or 0 for anything else. */
    private static int number(String text) {
        try {
            return text == null ? 0 : Math.max(0, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The address of page {@code n} of this search. */
    public String pageLink(int n) {
        StringBuilder link = new StringBuilder("?page=").append(n);
        append(link, "q", q);
        append(link, "organisation", organisation);
        append(link, "country", country);
        return link.toString();
    }

    private static void append(StringBuilder link, String name, String value) {
        if (value != null && !value.isBlank()) {
            link.append('&').append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    public List<People.Listed> getPeople() {
        return directory.people();
    }

    public long getTotal() {
        return directory.total();
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public boolean isNextPage() {
        return (long) (pageNumber + 1) * People.PAGE_SIZE < directory.total();
    }

    public List<Organisation> getChoices() {
        return choices;
    }

    public boolean isAdministrator() {
        return actor.administrator();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
