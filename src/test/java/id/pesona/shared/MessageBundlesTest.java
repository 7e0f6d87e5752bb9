package id.pesona.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bahasa Indonesia first, English second: every screen text exists in both, and none is left empty. */
class MessageBundlesTest {

    static Properties load(String resource) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/messages",
                "/i18n/input",
                "/i18n/participant",
                "/i18n/contribution",
                "/i18n/card",
                "/i18n/claim",
                "/i18n/monitoring",
                "/i18n/document"
            })
    void everyKeyIsTranslatedBothWays(String bundle) throws Exception {
        Properties id = load(bundle + ".properties");
        Properties en = load(bundle + "_en.properties");
        Set<String> missingInEnglish = new TreeSet<>(id.stringPropertyNames());
        missingInEnglish.removeAll(en.stringPropertyNames());
        Set<String> missingInIndonesian = new TreeSet<>(en.stringPropertyNames());
        missingInIndonesian.removeAll(id.stringPropertyNames());
        assertThat(missingInEnglish).as("keys missing in English").isEmpty();
        assertThat(missingInIndonesian).as("keys missing in Indonesian").isEmpty();
        for (String key : id.stringPropertyNames()) {
            assertThat(id.getProperty(key)).as(key).isNotBlank();
            assertThat(en.getProperty(key)).as(key).isNotBlank();
        }
    }
}
