package org.unitar.learning.catalogue.service;

/** The course names a CIFAL centre that does not exist (a crafted request: the form offers only real ones). */
public class UnknownCifalCentre extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownCifalCentre(String code) {
        super("No CIFAL centre " + code, null, false, false);
    }
}
