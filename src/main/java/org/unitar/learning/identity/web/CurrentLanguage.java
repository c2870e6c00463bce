package org.unitar.learning.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.unitar.learning.shared.i18n.Language;
import org.unitar.learning.shared.i18n.LanguagePreference;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The language of this request ({@link LanguagePreference}), and the switcher's choices. Pages read it as {@code #{language}}. */
@Named("language")
@RequestScoped
public class CurrentLanguage {

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentUser currentUser;

    private Language current;

    @PostConstruct
    void resolve() {
        List<Locale> browser = request.getHeader("Accept-Language") == null
                ? List.of() : Collections.list(request.getLocales());
        current = new LanguagePreference(
                LanguageSwitch.chosenInSession(request).map(Language::code).orElse(null),
                currentUser.isSignedIn() ? currentUser.chosenLanguage() : null,
                currentUser.isSignedIn() ? currentUser.preferredLanguage() : null,
                browser).resolve();
    }

    public Language getCurrent() {
        return current;
    }

    public Locale getLocale() {
        return current.locale();
    }

    public String getCode() {
        return current.code();
    }

    public String getDirection() {
        return current.direction();
    }

    public List<Language> getAvailable() {
        return List.of(Language.values());
    }

    /** The address of this page (as the browser asked for it, also on an error page) in {@code language}. */
    public String switchUrl(Language language) {
        String uri = firstOf((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI), request.getRequestURI());
        String query = firstOf((String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING),
                request.getQueryString(), "");
        String kept = Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.startsWith(LanguageSwitch.PARAMETER + "="))
                .map(pair -> pair + "&")
                .collect(Collectors.joining());
        return uri + "?" + kept + LanguageSwitch.PARAMETER + "=" + language.code();
    }

    private static String firstOf(String... values) {
        return Arrays.stream(values).filter(v -> v != null).findFirst().orElse("");
    }
}
