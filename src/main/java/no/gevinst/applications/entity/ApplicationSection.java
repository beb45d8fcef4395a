package no.gevinst.applications.entity;

import java.util.List;

/**
 * The parts of an application form, in the order a municipality fills them in, each its own page of the task list.
 * Each field of {@link ApplicationContent} belongs to exactly one; attachments are the application's files.
 */
public enum ApplicationSection {
    PROJECT(false, "title", "category", "summary", "serviceChange"),
    PARTNERS(true, "partnerMunicipalities"),
    CONTACT(false, "contactName", "contactEmail", "contactPhone", "bankAccount"),
    MONEY(false, "eligibleCost", "ownContribution", "requestedAmount", "plannedStartDate", "plannedOperationDate"),
    MILESTONES(false, "milestones"),
    TARGETS(false, "benefitTargets"),
    ATTACHMENTS(true, "file");

    private final boolean optional;
    private final List<String> fields;

    ApplicationSection(boolean optional, String... fields) {
        this.optional = optional;
        this.fields = List.of(fields);
    }

    /** The section a field of the form belongs to ({@code milestones[2].amount} is the milestones'); null for none. */
    public static ApplicationSection of(String field) {
        String name = field.contains("[") ? field.substring(0, field.indexOf('['))
                : field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
        for (ApplicationSection section : values()) {
            if (section.fields.contains(name)) {
                return section;
            }
        }
        return null;
    }

    /** The section by its name in a page's address ({@code project}), or the first for anything else. */
    public static ApplicationSection named(String name) {
        for (ApplicationSection section : values()) {
            if (section.key().equals(name)) {
                return section;
            }
        }
        return PROJECT;
    }

    /** Whether an application may be submitted without anything in it. */
    public boolean isOptional() {
        return optional;
    }

    /** Its name in addresses and bundle keys. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The one after it, or null for the last. */
    public ApplicationSection next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }

    /** Whether anything of it is filled in. */
    boolean isStarted(ApplicationContent content, boolean hasAttachments) {
        return switch (this) {
            case PROJECT -> any(content.title(), content.category(), content.summary(), content.serviceChange());
            case PARTNERS -> !content.partnerMunicipalities().isEmpty();
            case CONTACT -> any(content.contactName(), content.contactEmail(), content.contactPhone(),
                    content.bankAccount());
            case MONEY -> any(content.eligibleCost(), content.ownContribution(), content.requestedAmount(),
                    content.plannedStartDate(), content.plannedOperationDate());
            case MILESTONES -> !content.milestones().isEmpty();
            case TARGETS -> !content.benefitTargets().isEmpty();
            case ATTACHMENTS -> hasAttachments;
        };
    }

    private static boolean any(Object... answers) {
        for (Object answer : answers) {
            if (answer != null && !(answer instanceof String text && text.isBlank())) {
                return true;
            }
        }
        return false;
    }
}
