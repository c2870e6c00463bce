package org.unitar.learning.certification.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.unitar.learning.certification.service.Credentials;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The public side of Open Badges, no sign-in: the issuer's profile ({@code GET /ob/issuer}), its public key set
 * ({@code GET /ob/issuer/jwks}), the revocation status list ({@code GET /ob/status}, a signed {@code vc+jwt}), and the
 * check of a credential ({@code POST /ob/verify} with the {@code vc+jwt} as the body, at most 16 KiB; answers JSON
 * with {@code result} VALID, REVOKED or NOT_SIGNED_HERE). The check is rate-limited with the verification page.
 */
@WebServlet("/ob/*")
public class OpenBadgeEndpoints extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX_CREDENTIAL = 16 * 1024;

    @Inject
    Credentials credentials;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        switch (path) {
            case Credentials.ISSUER_PATH -> send(response, "application/json", credentials.issuerProfile().toString());
            case Credentials.JWKS_PATH -> send(response, "application/jwk-set+json", credentials.publicKeys());
            case Credentials.STATUS_PATH -> send(response, "application/vc+jwt", credentials.statusList());
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/verify".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_CREDENTIAL + 1);
        if (body.length > MAX_CREDENTIAL) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        Credentials.Checked checked = credentials.check(new String(body, StandardCharsets.US_ASCII));
        var json = Json.createObjectBuilder().add("result", checked.check().name());
        if (checked.holder() != null) {
            json.add("holder", checked.holder());
        }
        if (checked.achievement() != null) {
            json.add("achievement", checked.achievement());
        }
        send(response, "application/json", json.build().toString());
    }

    private static void send(HttpServletResponse response, String type, String body) throws IOException {
        response.setContentType(type + (type.endsWith("json") ? "; charset=UTF-8" : ""));
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
