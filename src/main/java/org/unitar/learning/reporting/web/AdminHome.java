package org.unitar.learning.reporting.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.unitar.learning.reporting.AuditLine;
import org.unitar.learning.reporting.AuditQueries;
import org.unitar.learning.reporting.OverviewQueries;

import java.util.List;

/** Backs admin/index.xhtml: how many people use the platform and what happened lately. */
@Named
@RequestScoped
public class AdminHome {

    static final int RECENT_ACTIVITY = 20;

    @Inject
    OverviewQueries queries;

    @Inject
    AuditQueries audit;

    private long peopleSignedIn;
    private List<AuditLine> recentActivity;

    @PostConstruct
    void load() {
        peopleSignedIn = queries.peopleSignedIn();
        recentActivity = audit.page(AuditQueries.Filter.ANY, null, RECENT_ACTIVITY).lines();
    }

    public long getPeopleSignedIn() {
        return peopleSignedIn;
    }

    public List<AuditLine> getRecentActivity() {
        return recentActivity;
    }
}
