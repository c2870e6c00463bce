package org.unitar.learning.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.unitar.learning.identity.service.SignIn;
import org.unitar.learning.shared.i18n.Language;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The language switcher's links ({@code ?lang=fr}): the choice is kept for the session and, for a signed-in person,
 * saved to the profile; then the browser is sent back to the same address without the parameter. A link followed
 * from another site (a cross-site request) changes the session only, never the profile.
 */
@WebFilter(urlPatterns = "/*")
public class LanguageSwitch extends HttpFilter {

    public static final String PARAMETER = "lang";
    private static final String SESSION_KEY = LanguageSwitch.class.getName();
    private static final long serialVersionUID = 1L;

    @Inject
    SignIn signIn;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String wanted = requestedLanguage(request.getQueryString());
        if (wanted == null || !"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Language> language = Language.forTag(wanted);
        if (language.isPresent()) {
            request.getSession().setAttribute(SESSION_KEY, language.get());
            if (currentUser.isSignedIn() && !isCrossSite(request)) {
                signIn.chooseLanguage(currentUser.getSubject(), language.get());
                currentUser.choseLanguage(language.get());
            }
        }
        response.sendRedirect(withoutLanguageParameter(request));
    }

    /** The value of {@code lang} in the query, read without touching the request's parameters (and their encoding). */
    private static String requestedLanguage(String query) {
        if (query == null) {
            return null;
        }
        return Arrays.stream(query.split("&"))
                .filter(pair -> pair.startsWith(PARAMETER + "="))
                .map(pair -> pair.substring(PARAMETER.length() + 1))
                .findFirst()
                .orElse(null);
    }

    /** The language chosen with the switcher in this session, if any. */
    static Optional<Language> chosenInSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return Optional.ofNullable(session == null ? null : (Language) session.getAttribute(SESSION_KEY));
    }

    private static boolean isCrossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        return site != null && !site.equals("same-origin") && !site.equals("none");
    }

    private static String withoutLanguageParameter(HttpServletRequest request) {
        // one leading slash only: "//host/..." would send the browser to another site
        StringBuilder target = new StringBuilder(request.getRequestURI().replaceFirst("^/+", "/"));
        String query = request.getQueryString();
        if (query != null) {
            String kept = String.join("&", Arrays.stream(query.split("&"))
                    .filter(pair -> !pair.equals(PARAMETER) && !pair.startsWith(PARAMETER + "="))
                    .toList());
            if (!kept.isEmpty()) {
                target.append('?').append(kept);
            }
        }
        return target.toString();
    }
}
