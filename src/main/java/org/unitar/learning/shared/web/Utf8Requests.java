package org.unitar.learning.shared.web;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

import java.io.UnsupportedEncodingException;

/**
 * Every request is read as UTF-8, set before anything reads a parameter (the sign-on mechanism reads some before
 * any filter runs, which otherwise leaves the container unable to set the encoding, and a warning per request).
 */
@WebListener
public class Utf8Requests implements ServletRequestListener {

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        try {
            if (event.getServletRequest().getCharacterEncoding() == null) {
                event.getServletRequest().setCharacterEncoding("UTF-8");
            }
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }
}
