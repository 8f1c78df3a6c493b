package ma.innovatice.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import ma.innovatice.common.config.InnovaticeConfig;
import ma.innovatice.common.security.Actor;
import ma.innovatice.gallery.GalleryDtos.GalleryConsentInput;
import ma.innovatice.gallery.GalleryDtos.GallerySelectedFile;
import ma.innovatice.gallery.GalleryService;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The demo's gallery: two 2016 laureates consented to show their projects, with harmless evidence
 * drawn here (diagrams and a lesson sheet, no person in them); teacher1's laureate project has an
 * image she has not chosen yet, to try the consent card. Made once, after {@link DemoData}.
 */
@ApplicationScoped
public class DemoGallery {

    private final InnovaticeConfig config;
    private final EntityManager entityManager;
    private final GalleryService gallery;
    private final Clock clock;

    DemoGallery(InnovaticeConfig config, EntityManager entityManager, GalleryService gallery, Clock clock) {
        this.config = config;
        this.entityManager = entityManager;
        this.gallery = gallery;
        this.clock = clock;
    }

    void onStart(@Observes @Priority(30) StartupEvent event) {
        if (config.demo().enabled()) {
            seed();
        }
    }

    @Transactional
    void seed() {
        Object[] winner = project("laureat1@demo.innovatice.ma");
        if (winner == null || hasFiles(id(winner))) {
            return;
        }
        publish(winner, List.of(
                file(id(winner), author(winner), "schema-plan-incline.png", "image/png", diagram(new Color(0x1f5f8b))),
                file(id(winner), author(winner), "fiche-seance-capsules.pdf", "application/pdf", lessonSheet(
                        "Fiche de séance (démo) : capsules vidéo en physique",
                        List.of("Objectif : expliquer le mouvement sur un plan incliné.",
                                "1. Les élèves préparent un script de deux minutes par groupe.",
                                "2. Ils filment l'expérience (mains et matériel seulement).",
                                "3. Chaque capsule est visionnée puis commentée par la classe.",
                                "Document fictif de démonstration.")))));
        Object[] laureate = project("laureat2@demo.innovatice.ma");
        if (laureate != null) {
            publish(laureate, List.of(file(id(laureate), author(laureate), "prix-releves-au-souk.png", "image/png",
                    barChart(new int[] {12, 7, 15, 9, 4, 11}))));
        }
        Object[] teacher1 = project("teacher1@demo.innovatice.ma");
        if (teacher1 != null) {
            file(id(teacher1), author(teacher1), "maquette-journal.png", "image/png", diagram(new Color(0x8b3a1f)));
        }
    }

    /** The 2016 project of a demo author: id, author id, author email. */
    private Object[] project(String email) {
        List<?> rows = entityManager.createNativeQuery("SELECT s.id, t.id, t.email FROM submission s "
                        + "JOIN account t ON t.id = s.author_id JOIN edition e ON e.id = s.edition_id "
                        + "WHERE t.email = ?1 AND e.number = 12")
                .setParameter(1, email).getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    private boolean hasFiles(long submissionId) {
        return ((Number) entityManager.createNativeQuery("SELECT COUNT(*) FROM attachment WHERE submission_id = ?1")
                .setParameter(1, submissionId).getSingleResult()).longValue() > 0;
    }

    private void publish(Object[] project, List<Long> files) {
        List<GallerySelectedFile> selected = new ArrayList<>();
        files.forEach(f -> selected.add(new GallerySelectedFile(f, true)));
        gallery.give(id(project), new GalleryConsentInput(true, selected),
                new Actor(author(project), (String) project[2], "TEACHER"));
    }

    /** Stores a small generated file (one chunk) as evidence of the project; returns its id. */
    private long file(long submissionId, long authorId, String filename, String contentType, byte[] bytes) {
        entityManager.createNativeQuery("INSERT INTO attachment (submission_id, filename, content_type, size_bytes, "
                        + "sha256, uploaded_by, created_at, purpose) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'EVIDENCE')")
                .setParameter(1, submissionId).setParameter(2, filename).setParameter(3, contentType)
                .setParameter(4, (long) bytes.length).setParameter(5, sha256(bytes)).setParameter(6, authorId)
                .setParameter(7, clock.instant()).executeUpdate();
        long id = ((Number) entityManager.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        entityManager.createNativeQuery("INSERT INTO attachment_chunk (attachment_id, seq, bytes) VALUES (?1, 0, ?2)")
                .setParameter(1, id).setParameter(2, bytes).executeUpdate();
        return id;
    }

    /** A plane, a rolling ball and its successive positions: shapes only, no text (no font needed). */
    static byte[] diagram(Color ink) {
        BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xf7f4ec));
            g.fillRect(0, 0, 800, 500);
            g.setColor(ink);
            g.setStroke(new BasicStroke(6));
            g.drawLine(60, 440, 740, 440);
            g.drawLine(60, 440, 60, 120);
            g.drawLine(60, 120, 740, 440);
            for (int i = 0; i < 6; i++) {
                int x = 90 + i * i * 18;
                int y = 120 + (x - 60) * 320 / 680 - 28;
                g.setColor(new Color(ink.getRed(), ink.getGreen(), ink.getBlue(), 60 + i * 35));
                g.fillOval(x, y, 36, 36);
            }
        } finally {
            g.dispose();
        }
        return png(image);
    }

    /** Bars of a survey's figures: shapes only. */
    static byte[] barChart(int[] values) {
        BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 800, 500);
            g.setColor(new Color(0x333333));
            g.fillRect(60, 440, 700, 4);
            Color[] colours = {new Color(0x2a9d8f), new Color(0xe9c46a), new Color(0xf4a261), new Color(0xe76f51)};
            for (int i = 0; i < values.length; i++) {
                g.setColor(colours[i % colours.length]);
                int height = values[i] * 24;
                g.fillRect(90 + i * 110, 440 - height, 70, height);
            }
        } finally {
            g.dispose();
        }
        return png(image);
    }

    /** A one-page A4 sheet in Helvetica (PDF's standard fonts: nothing to embed). */
    static byte[] lessonSheet(String title, List<String> lines) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 16);
                content.newLineAtOffset(56, 770);
                content.showText(title);
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                for (String line : lines) {
                    content.newLineAtOffset(0, -28);
                    content.showText(line);
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long id(Object[] project) {
        return ((Number) project[0]).longValue();
    }

    private static long author(Object[] project) {
        return ((Number) project[1]).longValue();
    }
}
