package ma.innovatice.award;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import ma.innovatice.common.text.Characters;
import ma.innovatice.common.text.CompetitionName;
import ma.innovatice.common.time.FrenchDates;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * Lays a certificate out in French and Arabic, A4 landscape, and prints it to PDF. Arabic is
 * shaped and ordered by ICU; the DejaVu fonts cover Latin and Arabic; the verification code is
 * printed as text and as a QR code pointing to the public verification page.
 */
@ApplicationScoped
public class CertificateRenderer {

    private static final String FONT = "net/sf/jasperreports/fonts/dejavu/";

    /** What a certificate says. */
    public record Content(String code, Certificate.Kind kind, int editionNumber, int editionYear, String teacherName,
                          String projectTitle, String schoolName, LocalDate date, String place, String verificationUrl,
                          ForumLine forum) {

        public Content(String code, Certificate.Kind kind, int editionNumber, int editionYear, String teacherName,
                       String projectTitle, String schoolName, LocalDate date, String place, String verificationUrl) {
            this(code, kind, editionNumber, editionYear, teacherName, projectTitle, schoolName, date, place,
                    verificationUrl, null);
        }
    }

    private static final Map<Certificate.Kind, String[]> DISTINCTIONS = Map.of(
            Certificate.Kind.WINNER, new String[] {"Grand prix — Enseignant innovant de l'année",
                    "الجائزة الكبرى — الأستاذ المبتكر للسنة"},
            Certificate.Kind.LAUREATE, new String[] {"Lauréat du concours", "متوج في المسابقة"},
            Certificate.Kind.SPECIAL_MENTION, new String[] {"Mention spéciale du jury", "تنويه خاص من لجنة التحكيم"},
            Certificate.Kind.PARTICIPATION, new String[] {"Attestation de participation", "شهادة مشاركة"});

    public byte[] render(Content content) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(PdfRendererBuilder.TextDirection.LTR);
            builder.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSerif.ttf"), "DejaVu Serif", 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSerif-Bold.ttf"), "DejaVu Serif", 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html(content), null);
            builder.withProducer("InnovaTICE");
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The certificate could not be printed", e);
        }
        return pdf.toByteArray();
    }

    static String html(Content c) {
        String[] distinction = DISTINCTIONS.get(c.kind());
        String date = c.date().format(FrenchDates.around("", " MMMM yyyy"));
        String school = c.schoolName() == null ? "" : ", " + isolate(escape(c.schoolName()));
        String schoolAr = c.schoolName() == null ? "" : "، " + isolate(escape(c.schoolName()));
        // The two paragraphs that carry the free texts shrink as those grow, so that the longest
        // name, school and title the fields accept (about 600 characters) still fit above the footer.
        int length = c.teacherName().length() + c.projectTitle().length()
                + (c.schoolName() == null ? 0 : c.schoolName().length());
        double size = length <= 160 ? 12.5 : length <= 260 ? 10.5 : length <= 380 ? 9 : 7;
        double nameSize = length <= 160 ? 15 : size + 1;
        double lineHeight = length <= 160 ? 1.5 : 1.25;
        return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"/><title>Certificat " + escape(c.code())
                + "</title><style>"
                + "@page { size: A4 landscape; margin: 12mm; }"
                + "body { font-family: 'DejaVu Sans'; color: #1d2b3a; margin: 0; }"
                + ".frame { border: 3px double #0b6e4f; padding: 10mm 14mm; height: 158mm; position: relative; }"
                + ".top { text-align: center; font-size: 11pt; color: #0b6e4f; letter-spacing: 1px; }"
                + "h1 { font-family: 'DejaVu Serif'; text-align: center; font-size: 26pt; margin: 4mm 0 1mm 0; }"
                + ".ar { direction: rtl; text-align: center; }"
                + "h1.ar { font-family: 'DejaVu Sans'; }"
                + "h2 { text-align: center; font-size: 17pt; margin: 1mm 0; color: #0b6e4f; }"
                + ".lead { text-align: center; font-size: " + size + "pt; margin: 4mm 12mm 1mm 12mm; line-height: " + lineHeight + "; "
                + "word-wrap: break-word; }"
                + ".forum { text-align: center; font-size: 9pt; margin: 1mm 4mm; color: #0b6e4f; font-style: italic; }"
                + ".name { font-weight: bold; font-size: " + nameSize + "pt; }"
                + ".foot { position: absolute; bottom: 8mm; left: 14mm; right: 14mm; }"
                + ".foot td { vertical-align: bottom; font-size: 9pt; }"
                + ".code { font-family: 'DejaVu Sans'; font-weight: bold; font-size: 11pt; letter-spacing: 1px; }"
                + "</style></head><body><div class=\"frame\">"
                + "<div class=\"top\">Royaume du Maroc — Ministère de l'Éducation nationale — Programme InnovaTICE</div>"
                + "<div class=\"top ar\" dir=\"rtl\">المملكة المغربية — وزارة التربية الوطنية — برنامج InnovaTICE</div>"
                + "<h1>Concours " + CompetitionName.FR + "</h1>"
                + "<h1 class=\"ar\" dir=\"rtl\">مسابقة «" + CompetitionName.AR + "»</h1>"
                + "<h2>" + escape(distinction[0]) + "</h2>"
                + "<h2 class=\"ar\" dir=\"rtl\">" + escape(distinction[1]) + "</h2>"
                + "<p class=\"lead\">décerné à <span class=\"name\">" + isolate(escape(c.teacherName())) + "</span>" + school
                + "<br/>pour le projet « " + isolate(escape(c.projectTitle())) + " », " + c.editionNumber() + "<sup>e</sup> édition ("
                + c.editionYear() + ")</p>"
                + "<p class=\"lead ar\" dir=\"rtl\">تُمنح إلى <span class=\"name\">" + isolate(escape(c.teacherName())) + "</span>"
                + schoolAr + "<br/>عن مشروع «" + isolate(escape(c.projectTitle())) + "»، الدورة " + c.editionNumber() + " ("
                + c.editionYear() + ")</p>"
                + forum(c)
                + "<table class=\"foot\" width=\"100%\"><tr>"
                + "<td width=\"60%\">Fait à " + isolate(escape(c.place())) + ", le " + escape(date) + "<br/><br/>"
                + "Code de vérification / رمز التحقق<br/><span class=\"code\">" + escape(c.code()) + "</span><br/>"
                + escape(c.verificationUrl()) + "</td>"
                + "<td width=\"40%\" align=\"right\"><img width=\"110\" height=\"110\" src=\"" + qr(c.verificationUrl())
                + "\"/></td></tr></table></div></body></html>";
    }

    /** The winner's line about the international forum, in French and Arabic; empty otherwise. */
    static String forum(Content c) {
        if (c.kind() != Certificate.Kind.WINNER || c.forum() == null || c.forum().name() == null
                || c.forum().name().isBlank()) {
            return "";
        }
        // The typed name and city are escaped and isolated; the rest of the line is the template's own text.
        ForumLine f = c.forum();
        ForumLine typed = new ForumLine(isolate(escape(f.name())), f.city() == null ? null : isolate(escape(f.city())),
                f.year(), f.startsOn(), f.endsOn());
        return "<p class=\"forum\">" + typed.certificateLine(ma.innovatice.account.Language.FR) + "</p>"
                + "<p class=\"forum ar\" dir=\"rtl\">" + typed.certificateLine(ma.innovatice.account.Language.AR) + "</p>";
    }

    static String qr(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 220, 220,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("The QR code could not be drawn", e);
        }
    }

    /**
     * A typed text inside a paragraph of the other direction, isolated (FSI ... PDI) so that its own
     * direction is found from its first strong letter and it cannot reorder the words around it:
     * a Latin name inside the Arabic sentence stays whole and in its place.
     */
    static String isolate(String text) {
        return "\u2068" + text + "\u2069";
    }

    /**
     * Escapes text for XHTML, leaving out what XML cannot carry or a certificate should not show
     * (control characters, noncharacters such as U+FFFF, unpaired surrogates): input is refused with
     * them, but text stored before that rule must still print.
     */
    static String escape(String text) {
        String clean = Characters.clean(text, false);
        StringBuilder out = new StringBuilder(clean.length());
        for (char ch : clean.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    private static java.io.InputStream font(String file) {
        return CertificateRenderer.class.getClassLoader().getResourceAsStream(FONT + file);
    }
}
