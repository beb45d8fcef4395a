package no.gevinst.reports.control;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.gevinst.platform.i18n.Messages;
import no.gevinst.reports.entity.ColumnFormat;
import no.gevinst.reports.entity.ReportDefinition;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a report as its definition says, streaming: only a window of rows is in memory, the rest goes to a
 * temporary file that is deleted when the workbook is written. Every sheet has its header row styled and frozen,
 * an autofilter, Norwegian-style number formats and real dates; summed columns get a totals row of Excel
 * formulas; the "About" sheet says what the report is, when and by whom it was made, with which filters, and
 * what every figure means.
 */
public final class ReportWriter implements AutoCloseable {

    /** Rows kept in memory per sheet before they are flushed to the temporary file. */
    private static final int WINDOW = 200;

    /** Characters that make a spreadsheet read text as a formula or a command (CSV/DDE injection). */
    private static final String FORMULA_START = "=+-@\t\r";

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final Locale locale;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle literal;
    private final CellStyle totalLabel;
    private final Map<ColumnFormat, CellStyle> values = new EnumMap<>(ColumnFormat.class);
    private final Map<ColumnFormat, CellStyle> totals = new EnumMap<>(ColumnFormat.class);

    public ReportWriter(Locale locale) {
        this.locale = locale;
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        text = workbook.createCellStyle();
        literal = workbook.createCellStyle();
        literal.setQuotePrefixed(true);
        totalLabel = workbook.createCellStyle();
        totalLabel.setFont(bold);
        totalLabel.setBorderTop(BorderStyle.THIN);
        var formats = workbook.createDataFormat();
        for (ColumnFormat format : ColumnFormat.values()) {
            if (format.excelFormat() == null) {
                continue;
            }
            CellStyle value = workbook.createCellStyle();
            value.setDataFormat(formats.getFormat(format.excelFormat()));
            values.put(format, value);
            CellStyle total = workbook.createCellStyle();
            total.cloneStyleFrom(value);
            total.setFont(bold);
            total.setBorderTop(BorderStyle.THIN);
            totals.put(format, total);
        }
    }

    /** Writes one sheet of rows (field → value) in the definition's columns; returns the number of rows. */
    public SheetWriter sheet(ReportDefinition.Sheet definition) {
        SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(definition.name().in(locale)));
        sheet.createFreezePane(0, 1);
        Row headings = sheet.createRow(0);
        List<ReportDefinition.Column> columns = definition.columns();
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = headings.createCell(c);
            cell.setCellValue(columns.get(c).header().in(locale));
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, Math.min(255, columns.get(c).width()) * 256);
        }
        return new SheetWriter(sheet, definition);
    }

    /** Rows going into one sheet; {@link #finish()} adds the totals and the autofilter. */
    public final class SheetWriter {
        private final SXSSFSheet sheet;
        private final ReportDefinition.Sheet definition;
        private final BigDecimal[] sums;
        private int next = 1;

        SheetWriter(SXSSFSheet sheet, ReportDefinition.Sheet definition) {
            this.sheet = sheet;
            this.definition = definition;
            this.sums = new BigDecimal[definition.columns().size()];
            java.util.Arrays.fill(sums, BigDecimal.ZERO);
        }

        public void row(Map<String, Object> values) {
            if (next >= SpreadsheetVersion.EXCEL2007.getMaxRows() - 1) {
                throw new IllegalStateException("More rows than a sheet holds; narrow the report with a filter");
            }
            Row row = sheet.createRow(next++);
            List<ReportDefinition.Column> columns = definition.columns();
            for (int c = 0; c < columns.size(); c++) {
                Object value = values.get(columns.get(c).field());
                if (value != null) {
                    write(row.createCell(c), columns.get(c), value);
                    if (columns.get(c).summed()) {
                        sums[c] = sums[c].add(value instanceof BigDecimal decimal ? decimal
                                : new BigDecimal(value.toString()));
                    }
                }
            }
        }

        /** Ends the sheet; returns how many data rows it has. */
        public int finish() {
            int rows = next - 1;
            List<ReportDefinition.Column> columns = definition.columns();
            if (definition.hasTotals()) {
                Row total = sheet.createRow(next);
                Cell label = total.createCell(0);
                label.setCellValue(definition.totalsLabel().in(locale));
                label.setCellStyle(totalLabel);
                for (int c = 0; c < columns.size(); c++) {
                    if (columns.get(c).summed()) {
                        String column = CellReference.convertNumToColString(c);
                        Cell cell = total.createCell(c);
                        cell.setCellFormula(rows == 0 ? "0" : "SUM(" + column + "2:" + column + (rows + 1) + ")");
                        // The sum as the formula's cached result, for programs that show files without calculating.
                        cell.setCellValue(sums[c].doubleValue());
                        cell.setCellStyle(totals.get(columns.get(c).format()));
                    }
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows, 1), 0, columns.size() - 1));
            return rows;
        }
    }

    private void write(Cell cell, ReportDefinition.Column column, Object value) {
        switch (column.format()) {
            case TEXT -> writeText(cell, value.toString());
            case LABEL -> writeText(cell, Messages.text(locale, column.labels() + "." + value));
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(values.get(ColumnFormat.DATE));
            }
            default -> {
                cell.setCellValue(((Number) value).doubleValue());
                cell.setCellStyle(values.get(column.format()));
            }
        }
    }

    /** Text is always a string cell; one that starts like a formula is also marked so that editing keeps it text. */
    private void writeText(Cell cell, String value) {
        cell.setCellValue(value);
        cell.setCellStyle(!value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0 ? literal : text);
    }

    /** The "About" sheet: lines of label and value, then the definitions of the figures. */
    public void about(ReportDefinition definition, String generatedBy, Instant generatedAt,
            List<Map.Entry<String, String>> filters, Map<String, Integer> rowsPerSheet) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(Messages.text(locale, "report.about")));
        sheet.setColumnWidth(0, 32 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        int[] next = {0};
        Row title = sheet.createRow(next[0]++);
        Cell heading = title.createCell(0);
        heading.setCellValue(definition.title().in(locale));
        heading.setCellStyle(totalLabel);
        line(sheet, next, Messages.text(locale, "report.about.description"), definition.description().in(locale));
        line(sheet, next, Messages.text(locale, "report.about.generatedAt"), DATE_TIME.format(generatedAt));
        line(sheet, next, Messages.text(locale, "report.about.generatedBy"), generatedBy);
        filters.forEach(f -> line(sheet, next, f.getKey(), f.getValue()));
        rowsPerSheet.forEach((name, rows) -> line(sheet, next, Messages.text(locale, "report.about.rows", name),
                String.valueOf(rows)));
        next[0]++;
        Row figures = sheet.createRow(next[0]++);
        Cell figuresHeading = figures.createCell(0);
        figuresHeading.setCellValue(Messages.text(locale, "report.about.figures"));
        figuresHeading.setCellStyle(totalLabel);
        for (String figure : FIGURES) {
            line(sheet, next, Messages.text(locale, "report.figure." + figure),
                    Messages.text(locale, "report.figure." + figure + ".definition"));
        }
    }

    /** The figures reports/README.md defines, in that order. */
    public static final List<String> FIGURES = List.of("granted", "committed", "paid", "withheldOutstanding",
            "released", "forfeited", "freed", "available", "realisation");

    private static final java.time.format.DateTimeFormatter DATE_TIME = java.time.format.DateTimeFormatter
            .ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Oslo"));

    private void line(Sheet sheet, int[] next, String label, String value) {
        Row row = sheet.createRow(next[0]++);
        row.createCell(0).setCellValue(label);
        Cell cell = row.createCell(1);
        writeText(cell, value);
        CellStyle wrapped = cell.getCellStyle();
        if (wrapped == text) {
            cell.setCellStyle(aboutValue());
        }
    }

    private CellStyle aboutValue;

    private CellStyle aboutValue() {
        if (aboutValue == null) {
            aboutValue = workbook.createCellStyle();
            aboutValue.setWrapText(true);
            aboutValue.setVerticalAlignment(VerticalAlignment.TOP);
        }
        return aboutValue;
    }

    public void writeTo(OutputStream out) throws IOException {
        // Spreadsheet programs calculate every formula when they open the file, whatever they would otherwise do.
        workbook.setForceFormulaRecalculation(true);
        workbook.write(out);
    }

    /** Deletes the temporary files the streamed rows went to. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
