package org.unitar.learning.identity.web;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.unitar.learning.identity.IdentityClaims;
import org.unitar.learning.identity.Role;
import org.unitar.learning.identity.UserAccount;
import org.unitar.learning.identity.service.SignIn;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where Keycloak sends a person back. Soteria has checked the code, state and tokens before this runs; here the
 * sign-in is recorded in the profile, the session gets a new id, and the person goes to their home page (or back to the page that
 * asked them to sign in: {@link SignInToReturn}).
 */
@WebServlet(SignInCallback.PATH)
public class SignInCallback extends HttpServlet {

    public static final String PATH = "/callback";
    private static final long serialVersionUID = 1L;

    @Inject
    OpenIdContext openIdContext;

    @Inject
    SignIn signIn;

    @Inject
    CurrentUser currentUser;

    @Inject
    PlatformSessions sessions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + "/error/signin.xhtml");
            return;
        }
        JwtClaims token = openIdContext.getIdentityToken().getJwtClaims();
        IdentityClaims claims = IdentityClaims.from(token::getStringClaim);
        UserAccount account = signIn.signedIn(claims, LanguageSwitch.chosenInSession(request).orElse(null));
        request.changeSessionId();
        sessions.signedIn(request.getSession(), account.subject(), token.getStringClaim("sid").orElse(null));
        currentUser.signedIn(account);
        response.sendRedirect(request.getContextPath()
                + SignInToReturn.takeNext(request).orElseGet(() -> HomePage.of(rolesOf(request))));
    }

    static Set<Role> rolesOf(HttpServletRequest request) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values()).filter(r -> request.isUserInRole(r.roleName())).forEach(roles::add);
        return roles;
    }
}
