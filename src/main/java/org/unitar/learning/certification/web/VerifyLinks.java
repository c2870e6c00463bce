package org.unitar.learning.certification.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The address in a certificate's QR code, {@code /verify/<code>}, and the form's {@code /verify}: both show
 * verify.xhtml (the code as its parameter), so that the printed address stays short and never names a page type.
 */
@WebServlet({"/verify", "/verify/*"})
public class VerifyLinks extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo();
        String code = path == null || path.length() <= 1 ? request.getParameter("code") : path.substring(1);
        String target = "/verify.xhtml" + (code == null ? "" : "?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
        request.getRequestDispatcher(target).forward(request, response);
    }
}
