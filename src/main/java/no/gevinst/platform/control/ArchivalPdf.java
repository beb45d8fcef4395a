package no.gevinst.platform.control;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import no.gevinst.platform.i18n.Messages;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.ListItem;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfBoolean;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The directorate's documents as PDF/A-2b (ISO 19005-2, level B: the pages look the same in an archive decades from
 * now): every font embedded, the colours tied to sRGB, and title, language and author in the file's XMP metadata, so
 * that Noark 5 archives take them as they are and screen readers know their language. Level A (tagged structure)
 * OpenPDF does not write for tables and lists, so B is the level.
 *
 * <p>One layout for all of them: A4 with margins of about 2 cm, Liberation Sans (metric-compatible with Arial,
 * under the SIL Open Font License, from {@code openpdf-fonts-extra}), which covers Norwegian and the Sami letters
 * (ŋ, č, đ, ŧ) in names.
 */
public final class ArchivalPdf {

    public static final Font SENDER = font(Style.BOLD, 11, Color.BLACK);
    public static final Font TITLE = font(Style.BOLD, 15, Color.BLACK);
    public static final Font HEADING = font(Style.BOLD, 10.5f, Color.BLACK);
    public static final Font BODY = font(Style.REGULAR, 10, Color.BLACK);
    public static final Font BODY_BOLD = font(Style.BOLD, 10, Color.BLACK);
    public static final Font SMALL = font(Style.REGULAR, 8, Color.DARK_GRAY);
    public static final float LEADING = 13.5f;
    private static final Color TABLE_HEADER = new Color(0xE6, 0xE6, 0xE6);

    private ArchivalPdf() {
    }

    /**
     * What the file says about itself: its title, subject and author in the metadata, its language, and the text
     * before the page number in the footer of every page (a case reference, so that a loose page finds its case).
     */
    public record Description(String title, String subject, String author, Locale language, String footer) {

        public Description {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(language, "language");
            subject = subject == null ? "" : subject;
            author = author == null ? "" : author;
            footer = footer == null ? "" : footer;
        }
    }

    /** The PDF that {@code body} writes into a document of the common layout. */
    public static byte[] write(Description description, Consumer<Document> body) {
        Objects.requireNonNull(description, "description");
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 57, 57, 50, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPDFXConformance(PdfWriter.PDFA2B);
        document.addTitle(plain(description.title()));
        document.addSubject(plain(description.subject()));
        document.addAuthor(plain(description.author()));
        document.addCreator("Gevinst");
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(description.language().toLanguageTag()));
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        var footer = new HeaderFooter(new Phrase(plain(description.footer()) + " – "
                + Messages.text(description.language(), "letter.page") + " ", SMALL), true);
        footer.setBorder(Rectangle.NO_BORDER);
        footer.setAlignment(Element.ALIGN_RIGHT);
        document.setFooter(footer);
        document.open();
        try {
            writer.setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org", "sRGB IEC61966-2.1",
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        body.accept(document);
        writer.createXmpMetadata();
        document.close();
        return out.toByteArray();
    }

    public static Paragraph paragraph(String text) {
        return new Paragraph(LEADING, plain(text), BODY);
    }

    /** A heading kept with what follows it. */
    public static Paragraph heading(String text) {
        var heading = new Paragraph(LEADING, plain(text), HEADING);
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(2);
        heading.setKeepTogether(true);
        return heading;
    }

    public static org.openpdf.text.List bullets(List<String> items) {
        var list = new org.openpdf.text.List(false, 12);
        list.setListSymbol(new Chunk("•", BODY));
        list.setIndentationLeft(6);
        for (String item : items) {
            list.add(new ListItem(LEADING, plain(item), BODY));
        }
        return list;
    }

    /** A table filling the width, its columns in relative widths, its first row repeated on every page. */
    public static PdfPTable table(float... widths) {
        var table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        return table;
    }

    public static PdfPCell borderless(Paragraph content, int alignment) {
        var cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        content.setAlignment(alignment);
        cell.addElement(content);
        return cell;
    }

    public static PdfPCell headerCell(String text, int alignment) {
        PdfPCell cell = cell(text, BODY_BOLD, alignment);
        cell.setBackgroundColor(TABLE_HEADER);
        return cell;
    }

    public static PdfPCell cell(String text, Font font, int alignment) {
        var cell = new PdfPCell(new Phrase(plain(text), font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        cell.setBorderColor(Color.GRAY);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    /**
     * Text typed by people as the font can write it: composed (NFC; "å" pasted from some systems arrives as "a" plus
     * a combining ring), without control characters, and a character the font has no glyph for (an emoji) written
     * as "?", since PDF/A allows no missing glyph; null is written as nothing.
     */
    public static String plain(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder written = new StringBuilder();
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(c -> {
            if (c == '\n' || c == '\t') {
                written.append((char) c);
            } else if (!Character.isISOControl(c)) {
                written.appendCodePoint(Character.isWhitespace(c) || Style.REGULAR.font.charExists(c) ? c : '?');
            }
        });
        return written.toString();
    }

    private enum Style {
        REGULAR("LiberationSans-Regular.ttf"), BOLD("LiberationSans-Bold.ttf");

        private final BaseFont font;

        Style(String file) {
            try (InputStream in = ArchivalPdf.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("liberation/" + file + " (openpdf-fonts-extra) is not on the"
                            + " class path");
                }
                // Identity-H: any character of the font, embedded as the subset the document uses
                font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
                        null);
                // PDF/A-2 lets a subset go without a CIDSet, and OpenPDF's leaves out glyphs the subset holds
                font.setIncludeCidSet(false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Font font(Style style, float size, Color color) {
        return new Font(style.font, size, Font.NORMAL, color);
    }
}
