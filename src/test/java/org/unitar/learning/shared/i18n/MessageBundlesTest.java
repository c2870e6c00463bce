package org.unitar.learning.shared.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every language says everything English says, with the same placeholders. */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "ENGLISH", mode = EnumSource.Mode.EXCLUDE)
    void eachLanguageHasEveryKeyThatEnglishHas(Language language) throws IOException {
        Properties english = bundle("");
        Properties translated = bundle("_" + language.code());

        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());

        assertThat(missing).as("keys missing from " + language).isEmpty();
        assertThat(extra).as("keys in " + language + " that English does not have").isEmpty();
        for (String key : english.stringPropertyNames()) {
            String text = translated.getProperty(key);
            assertThat(text).as(language + " " + key).isNotBlank();
            assertThat(placeholders(text)).as(language + " " + key + " placeholders").isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void quotesAreDoubledExactlyInTextsWithPlaceholders(Language language) throws IOException {
        Properties messages = bundle(language == Language.ENGLISH ? "" : "_" + language.code());
        for (String key : messages.stringPropertyNames()) {
            String text = messages.getProperty(key);
            if (placeholders(text).isEmpty()) {
                assertThat(text).as(language + " " + key + " has no placeholder, so its quotes stay single").doesNotContain("''");
            } else {
                assertThat(text.replace("''", "")).as(language + " " + key + " is a pattern: write a quote as ''").doesNotContain("'");
                String formatted = new MessageFormat(text, language.locale()).format(new Object[] {"X", "Y", "Z"});
                assertThat(formatted).as(language + " " + key).doesNotContain("{");
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties bundle(String suffix) throws IOException {
        String name = "/" + Messages.BUNDLE.replace('.', '/') + suffix + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
