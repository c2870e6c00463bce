package org.unitar.learning.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Countries (ISO 3166-1 alpha-2) named in the reader's language, for choosing one and for showing a stored code,
 * e.g. {@code #{countries.name(person.country())}}.
 */
@Named
@RequestScoped
public class Countries {

    public record Country(String code, String name) {
    }

    private List<Country> all;

    /** Every country, by name in the reader's language. */
    public List<Country> getAll() {
        if (all == null) {
            Locale reader = reader();
            Collator collator = Collator.getInstance(reader);
            all = Stream.of(Locale.getISOCountries()).map(code -> new Country(code, name(code, reader)))
                    .sorted(Comparator.comparing(Country::name, collator)).toList();
        }
        return all;
    }

    public String name(String code) {
        return code == null || code.isBlank() ? "" : name(code, reader());
    }

    private static String name(String code, Locale reader) {
        return new Locale.Builder().setRegion(code).build().getDisplayCountry(reader);
    }

    private static Locale reader() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
