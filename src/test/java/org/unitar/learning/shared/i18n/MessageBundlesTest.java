package org.unitar.learning.shared.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every language says everything English says, with the same placeholders, in both bundles: the platform's words
 * ({@code i18n/messages}) and JSF's own messages ({@code i18n/faces}, always MessageFormat patterns).
 */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final String FACES = "i18n.faces";

    static Stream<Arguments> translations() {
        return Stream.of(Messages.BUNDLE, FACES).flatMap(bundle -> Arrays.stream(Language.values())
                .filter(language -> language != Language.ENGLISH)
                .map(language -> Arguments.of(bundle, language)));
    }

    static Stream<Arguments> bundles() {
        return Stream.of(Messages.BUNDLE, FACES).flatMap(bundle -> Arrays.stream(Language.values())
                .map(language -> Arguments.of(bundle, language)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("translations")
    void eachLanguageHasEveryKeyThatEnglishHas(String name, Language language) throws IOException {
        Properties english = bundle(name, "");
        Properties translated = bundle(name, "_" + language.code());

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

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("bundles")
    void quotesAreDoubledExactlyInTextsFormattedAsPatterns(String name, Language language) throws IOException {
        Properties messages = bundle(name, language == Language.ENGLISH ? "" : "_" + language.code());
        for (String key : messages.stringPropertyNames()) {
            String text = messages.getProperty(key);
            if (placeholders(text).isEmpty() && !name.equals(FACES)) {
                assertThat(text).as(language + " " + key + " has no placeholder, so its quotes stay single").doesNotContain("''");
            } else {
                assertThat(text.replace("''", "")).as(language + " " + key + " is a pattern: write a quote as ''").doesNotContain("'");
                Object[] arguments = text.matches("(?s).*\\{\\d,(number|choice).*") ? new Object[] {2, 3, 4, 5, 6} : new Object[] {"X", "Y", "Z", "V", "W"};
                String formatted = new MessageFormat(text, language.locale()).format(arguments);
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

    private static Properties bundle(String bundle, String suffix) throws IOException {
        String name = "/" + bundle.replace('.', '/') + suffix + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
