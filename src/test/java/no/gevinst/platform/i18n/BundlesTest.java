package no.gevinst.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in Bokmål, Nynorsk and English, and none is empty. */
class BundlesTest {

    private static Set<String> keys(Locale locale) {
        return new TreeSet<>(Collections.list(Messages.bundle(locale).getKeys()));
    }

    @Test
    void theThreeLanguagesHaveTheSameKeys() {
        Set<String> bokmaal = keys(Languages.BOKMAAL);
        assertTrue(bokmaal.size() > 50, "the bundle was found");
        assertEquals(bokmaal, keys(Languages.NYNORSK), "nn");
        assertEquals(bokmaal, keys(Languages.ENGLISH), "en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nb", "nn", "en"})
    void noTextIsEmpty(String tag) {
        ResourceBundle bundle = Messages.bundle(Locale.forLanguageTag(tag));
        for (String key : Collections.list(bundle.getKeys())) {
            assertTrue(!bundle.getString(key).isBlank(), tag + ": " + key);
        }
    }

    @Test
    void messagesAreFilledInAndMissingKeysAreVisible() {
        assertEquals("Sidestorleiken må vere mellom 1 og 500.", Messages.text(Languages.NYNORSK, "validation.size", 500));
        assertEquals("???no.such.key???", Messages.text(Languages.ENGLISH, "no.such.key"));
    }

    @Test
    void languageChoicesMapToTheThreeLanguages() {
        assertEquals(Languages.BOKMAAL, Languages.fromTag("no").orElseThrow());
        assertEquals(Languages.BOKMAAL, Languages.fromTag("nb-NO").orElseThrow());
        assertEquals(Languages.NYNORSK, Languages.fromTag("nn").orElseThrow());
        assertTrue(Languages.fromTag("sv").isEmpty());
        assertEquals(Languages.NYNORSK, Languages.preferred(
                java.util.List.of(Locale.forLanguageTag("de"), Locale.forLanguageTag("nn-NO"), Locale.ENGLISH)));
        assertEquals(Languages.BOKMAAL, Languages.preferred(java.util.List.of(Locale.forLanguageTag("de"))));
    }

    /** In a text with {0}-style arguments a lone apostrophe starts a quoted part and swallows the arguments. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"nb", "nn", "en"})
    void noTextWithArgumentsHasALoneApostrophe(String tag) {
        var bundle = Messages.bundle(Locale.forLanguageTag(tag));
        for (String key : bundle.keySet()) {
            String text = bundle.getString(key);
            if (text.matches("(?s).*\\{\\d.*")) {
                assertTrue(!text.replace("''", "").contains("'"), tag + " " + key + ": " + text);
            }
        }
    }
}
