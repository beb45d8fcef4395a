package no.gevinst.reports.entity;

/** How a column's values are written: the Excel number format, and whether they can be summed. */
public enum ColumnFormat {
    TEXT(null),
    /** A code shown by its label in the user's language, from the bundle. */
    LABEL(null),
    INTEGER("#,##0"),
    /** A year: a whole number without a thousands separator. */
    YEAR("0"),
    NOK("#,##0.00"),
    DECIMAL("#,##0.####"),
    /** A percentage already in per cent (50.0 is half), with one decimal. */
    PERCENT("0.0\" %\""),
    DATE("dd.mm.yyyy");

    private final String excelFormat;

    ColumnFormat(String excelFormat) {
        this.excelFormat = excelFormat;
    }

    public String excelFormat() {
        return excelFormat;
    }

    public boolean isNumber() {
        return this == INTEGER || this == NOK || this == DECIMAL || this == PERCENT;
    }
}
