package org.unitar.learning.shared.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.unitar.learning.support.ContainerTest;
import org.unitar.learning.support.Deployments;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSF refuses a post whose view state is forged or belongs to another session, and runs no action for it. Uses a
 * page with a form and a counting action, deployed for this test only.
 */
@ContainerTest
class ViewStateIT {

    private static final String PAGE = """
            <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:ui="jakarta.faces.facelets"
                            xmlns:h="jakarta.faces.html" template="/WEB-INF/templates/layout.xhtml">
                <ui:param name="area" value="public"/>
                <ui:define name="title">probe</ui:define>
                <ui:define name="content">
                    <h1>actions: <span id="actions">#{viewStateProbe.actions}</span></h1>
                    <h:form id="probe"><h:commandButton id="act" value="act" action="#{viewStateProbe.act}"/></h:form>
                </ui:define>
            </ui:composition>
            """;
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ACTIONS = Pattern.compile("<span id=\"actions\">(\\d+)</span>");
    /** PrimeFaces' per-view nonce, which its script adds to every post (CSP mode). */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application(ViewStateProbe.class).addAsWebResource(new StringAsset(PAGE), "view-state-probe.xhtml");
    }

    @ArquillianResource
    URL base;

    @Test
    void onlyAPostWithThisSessionsViewStateRunsItsAction() throws Exception {
        HttpClient person = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = get(person).body();
        String viewState = match(VIEW_STATE, page);
        String nonce = match(NONCE, page);
        int before = Integer.parseInt(match(ACTIONS, page));

        HttpResponse<String> genuine = post(person, viewState, nonce);
        assertThat(genuine.statusCode()).isEqualTo(200);
        assertThat(actions(person)).isEqualTo(before + 1);

        HttpResponse<String> forged = post(person, "-4242:4242", nonce);
        assertThat(forged.body()).contains("This page has expired");
        assertThat(actions(person)).isEqualTo(before + 1);

        HttpClient attacker = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        get(attacker);
        HttpResponse<String> replayed = post(attacker, viewState, nonce);
        assertThat(replayed.body()).contains("This page has expired");
        assertThat(actions(person)).isEqualTo(before + 1);
    }

    private int actions(HttpClient client) throws Exception {
        return Integer.parseInt(match(ACTIONS, get(client).body()));
    }

    private HttpResponse<String> get(HttpClient client) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + "view-state-probe.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient client, String viewState, String nonce) throws Exception {
        String form = "probe=probe&probe%3Aact=act&jakarta.faces.ViewState=" + URLEncoder.encode(viewState, StandardCharsets.UTF_8)
                + "&primefaces.nonce=" + URLEncoder.encode(nonce, StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(URI.create(base + "view-state-probe.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(pattern + " in the page").isTrue();
        return matcher.group(1);
    }
}
