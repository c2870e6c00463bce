package org.unitar.learning.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.unitar.learning.shared.InputRefused;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An organisation people work for: a city, a region, a national agency, a CIFAL centre, UNITAR. Its code is what
 * Keycloak's {@code organisation} attribute says (e.g. {@code SN-SAINT-LOUIS}): a person signing in with that code
 * and no organisation yet is linked to it. The country is an ISO 3166-1 alpha-2 code.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    public static final int CODE_LENGTH = 64;
    public static final int NAME_LENGTH = 200;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]*");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = CODE_LENGTH)
    private String code;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private OrganisationKind kind;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {
    }

    /** A new organisation; refuses (field by field) a missing or malformed code, name, kind or country. */
    public static Organisation create(String code, String name, OrganisationKind kind, String country, Instant now) {
        Organisation organisation = new Organisation();
        organisation.code = code(code);
        organisation.createdAt = Objects.requireNonNull(now);
        organisation.change(name, kind, country);
        return organisation;
    }

    /** New name, kind and country; the code never changes (Keycloak's attributes and imports refer to it). */
    public void change(String name, OrganisationKind kind, String country) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw new InputRefused("name", "organisation.nameRequired");
        }
        if (cleanName.length() > NAME_LENGTH) {
            throw new InputRefused("name", "organisation.nameTooLong");
        }
        if (kind == null) {
            throw new InputRefused("kind", "organisation.kindRequired");
        }
        this.name = cleanName;
        this.kind = kind;
        this.country = country(country);
    }

    /** An ISO 3166-1 alpha-2 code, upper case; anything else is refused. */
    public static String country(String country) {
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new InputRefused("country", "organisation.countryUnknown");
        }
        return code;
    }

    private static String code(String code) {
        String clean = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (clean.isEmpty()) {
            throw new InputRefused("code", "organisation.codeRequired");
        }
        if (clean.length() > CODE_LENGTH || !CODE.matcher(clean).matches()) {
            throw new InputRefused("code", "organisation.codeInvalid");
        }
        return clean;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public String country() {
        return country;
    }

    public long version() {
        return version;
    }
}
