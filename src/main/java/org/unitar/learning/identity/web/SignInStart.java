package org.unitar.learning.identity.web;

import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The Sign-in link. It is protected, so a person who is not signed in is sent to Keycloak's login page; one who is
 * goes straight to their home page.
 */
@WebServlet("/login")
@ServletSecurity(@HttpConstraint(rolesAllowed = "**"))
public class SignInStart extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + HomePage.of(SignInCallback.rolesOf(request)));
    }
}
