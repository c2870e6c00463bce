package org.unitar.learning.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The nonce of this page's Content-Security-Policy, as {@code #{csp.nonce}}. PrimeFaces checks that a form posted
 * back carries it; its script adds it to forms, but the learners' pages load no PrimeFaces script, so their forms
 * carry it themselves ({@code <u:formNonce/>}).
 */
@Named("csp")
@RequestScoped
public class CspNonce {

    public String getNonce() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }
}
