package no.gevinst.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.gevinst.applications.entity.ApplicationStatus;
import no.gevinst.applications.entity.AttachmentPurpose;
import no.gevinst.applications.entity.BenefitKind;
import no.gevinst.calls.entity.TechnologyCategory;
import no.gevinst.assessment.entity.Outcome;
import no.gevinst.audit.entity.AuditKind;
import no.gevinst.benefits.entity.RealisationStatus;
import no.gevinst.municipalities.entity.LanguageForm;
import no.gevinst.notifications.entity.NotificationKind;
import no.gevinst.payments.entity.BatchStatus;
import no.gevinst.payments.entity.MilestoneStatus;
import no.gevinst.payments.entity.PaymentKind;
import no.gevinst.payments.entity.PaymentStatus;
import no.gevinst.reports.control.ReportWriter;
import no.gevinst.platform.entity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The texts a user meets are in the bundles, in each language: the label of every value of every enum shown on a
 * page, in a report or an email; every notification and its email subject; the "what happens next" of every status
 * for both audiences; the report figures and their definitions; and every key a page or the code names literally
 * (validation messages, the grant letter's PDF texts, emails, page messages). A missing one would show as
 * {@code ???key???}, which the accessibility crawl also looks for on every page.
 */
class TextCoverageTest {

    /** Enum label keys: the prefix the pages and reports put before {@code name()}. */
    private static final Map<String, Class<? extends Enum<?>>> LABELLED = Map.ofEntries(
            Map.entry("applicationStatus", ApplicationStatus.class),
            Map.entry("attachmentPurpose", AttachmentPurpose.class),
            Map.entry("benefitKind", BenefitKind.class),
            Map.entry("category", TechnologyCategory.class),
            Map.entry("outcome", Outcome.class),
            Map.entry("realisationStatus", RealisationStatus.class),
            Map.entry("languageForm", LanguageForm.class),
            Map.entry("notificationKind", NotificationKind.class),
            Map.entry("batchStatus", BatchStatus.class),
            Map.entry("milestoneStatus", MilestoneStatus.class),
            Map.entry("paymentKind", PaymentKind.class),
            Map.entry("paymentStatus", PaymentStatus.class),
            Map.entry("auditKind", AuditKind.class),
            Map.entry("role", Role.class),
            Map.entry("filedAct", no.gevinst.archive.entity.FiledAct.class),
            Map.entry("archiveStatus", no.gevinst.archive.entity.ArchiveMessage.Status.class),
            Map.entry("readPart", no.gevinst.platform.entity.ReadPart.class));

    /**
     * Literals that look like keys but are not: a sort path of the application list. (The prefixes of field labels,
     * {@code application.field} and the like, are recognised by their ending instead.)
     */
    private static final Set<String> NOT_KEYS = Set.of("municipality.name");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([a-zA-Z0-9.]+)'\\]");
    private static final Pattern CODE_LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");

    private static List<String> missing(ResourceBundle bundle, Stream<String> keys) {
        return keys.filter(key -> !bundle.containsKey(key) || bundle.getString(key).isBlank()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nb", "nn", "en"})
    void everyValueANotificationAStatusAndAReportFigureHasItsText(String tag) {
        ResourceBundle bundle = Messages.bundle(Locale.forLanguageTag(tag));
        List<String> keys = new ArrayList<>();
        LABELLED.forEach((prefix, type) -> Stream.of(type.getEnumConstants())
                .forEach(value -> keys.add(prefix + "." + value.name())));
        for (NotificationKind kind : NotificationKind.values()) {
            keys.add("notification." + kind.name());
            keys.add("notification." + kind.name() + ".subject");
        }
        for (ApplicationStatus status : ApplicationStatus.values()) {
            keys.add("next." + status.name() + ".municipality");
            keys.add("next." + status.name() + ".directorate");
        }
        no.gevinst.audit.web.EventsPage.ENTITIES.forEach(entity -> keys.add("eventEntity." + entity));
        for (String figure : ReportWriter.FIGURES) {
            keys.add("report.figure." + figure);
            keys.add("report.figure." + figure + ".definition");
        }
        assertTrue(keys.size() > 150, "all of them were listed: " + keys.size());
        assertEquals(List.of(), missing(bundle, keys.stream()), tag);
    }

    @Test
    void everyKeyAPageOrTheCodeNamesExistsInEachLanguage() throws IOException {
        Set<String> named = new TreeSet<>();
        Set<String> prefixes = Collections.list(Messages.bundle(Languages.BOKMAAL).getKeys()).stream()
                .map(key -> key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.')))
                .collect(Collectors.toSet());
        try (Stream<Path> pages = Files.walk(Path.of("src", "main", "webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher key = PAGE_KEY.matcher(Files.readString(page));
                while (key.find()) {
                    named.add(key.group(1));
                }
            }
        }
        int pageKeys = named.size();
        ResourceBundle bokmaal = Messages.bundle(Languages.BOKMAAL);
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher literal = CODE_LITERAL.matcher(Files.readString(source));
                while (literal.find()) {
                    String key = literal.group(1);
                    // A key's first segment marks it as one; a prefix of keys is completed at run time.
                    boolean prefixOfKeys = bokmaal.keySet().stream().anyMatch(k -> k.startsWith(key + "."));
                    boolean fieldPath = key.endsWith(".field");
                    if (prefixes.contains(key.substring(0, key.indexOf('.'))) && !prefixOfKeys && !fieldPath
                            && !NOT_KEYS.contains(key)) {
                        named.add(key);
                    }
                }
            }
        }
        assertTrue(pageKeys > 300 && named.size() > pageKeys + 100, "pages " + pageKeys + ", in all " + named.size());
        for (Locale language : List.of(Languages.BOKMAAL, Languages.NYNORSK, Languages.ENGLISH)) {
            assertEquals(List.of(), missing(Messages.bundle(language), named.stream()), language.toLanguageTag());
        }
    }
}
