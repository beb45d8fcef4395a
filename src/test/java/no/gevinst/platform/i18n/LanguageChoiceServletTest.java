package no.gevinst.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageChoiceServletTest {

    @ParameterizedTest(name = "return to \"{0}\" under \"{1}\" goes to {2}")
    @CsvSource({
        "/municipalities.xhtml?q=voss, '', /municipalities.xhtml?q=voss",
        "/gevinst/admin/index.xhtml, /gevinst, /gevinst/admin/index.xhtml",
        "https://evil.example/, '', /",
        "//evil.example/, '', /",
        "/\\evil.example, '', /",
        "/other-app/page, /gevinst, /gevinst/",
        "/language?to=nn, '', /",
        ", '', /",
    })
    void returnsOnlyToPagesOfThisApplication(String target, String contextPath, String expected) {
        assertEquals(expected, LanguageChoiceServlet.safeReturn(target, contextPath));
    }
}
