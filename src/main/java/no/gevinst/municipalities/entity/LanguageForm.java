package no.gevinst.municipalities.entity;

/** The municipality's chosen written language form (målform), as in the register. */
public enum LanguageForm {
    BOKMAAL,
    NYNORSK,
    /** "Nøytral": the municipality has not chosen; public bodies write to it in Bokmål. */
    NEUTRAL;

    public static LanguageForm fromRegister(String malform) {
        return switch (malform.trim()) {
            case "Bokmål" -> BOKMAAL;
            case "Nynorsk" -> NYNORSK;
            case "Nøytral" -> NEUTRAL;
            default -> throw new IllegalArgumentException("Unknown målform in the register: " + malform);
        };
    }
}
