package no.gevinst.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads reports back as a user's spreadsheet program would: POI for the cells, LibreOffice for a real recalculation. */
public final class Workbooks {

    private Workbooks() {
    }

    public static XSSFWorkbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The column whose header (row 1) is {@code header}. */
    public static int column(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("No column " + header + " in " + sheet.getSheetName());
    }

    /** The rows under the header that hold data, not the totals row. */
    public static List<Row> dataRows(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && !isTotals(row)) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static boolean isTotals(Row row) {
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA) {
                return true;
            }
        }
        return false;
    }

    /** The totals row's value in {@code column}, its formula evaluated by POI, to the øre. */
    public static BigDecimal total(XSSFWorkbook workbook, Sheet sheet, int column) {
        Row totals = sheet.getRow(sheet.getLastRowNum());
        Cell cell = totals.getCell(column);
        if (cell.getCellType() != CellType.FORMULA) {
            throw new AssertionError("No formula in the totals row of " + sheet.getSheetName() + ", column " + column);
        }
        double value = workbook.getCreationHelper().createFormulaEvaluator().evaluate(cell).getNumberValue();
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    public static boolean hasAutoFilter(XSSFSheet sheet) {
        return sheet.getCTWorksheet().isSetAutoFilter();
    }

    /**
     * The first sheet as LibreOffice Calc computes it, headless: raw values (not as shown), every formula
     * recalculated on load (the profile sets "recalculate OOXML files: always", so the totals are LibreOffice's
     * own sums, not the values cached in the file). Fails when LibreOffice cannot open the file.
     */
    public static List<List<String>> libreOfficeCsv(byte[] xlsx, Path work) {
        try {
            Files.createDirectories(work);
            Path file = Files.write(work.resolve("report.xlsx"), xlsx);
            Path profile = work.resolve("lo-profile");
            Files.createDirectories(profile.resolve("user"));
            Files.writeString(profile.resolve("user").resolve("registrymodifications.xcu"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <oor:items xmlns:oor="http://openoffice.org/2001/registry" \
                    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                    <item oor:path="/org.openoffice.Office.Calc/Formula/Load">\
                    <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                    </oor:items>
                    """);
            Process process = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                    "--norestore", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false",
                    "--outdir", work.toString(), file.toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("LibreOffice failed: " + output);
            }
            Path csv = work.resolve("report.csv");
            if (!Files.isRegularFile(csv)) {
                throw new AssertionError("LibreOffice wrote no CSV: " + output);
            }
            List<List<String>> rows = new ArrayList<>();
            for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
                rows.add(csvFields(line));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
