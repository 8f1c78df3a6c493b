package ma.innovatice.anonymity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import ma.innovatice.privacy.AccountErasing;

import java.util.ArrayList;
import java.util.List;

/**
 * An erased author's scans go with her: their excerpts quote her name, school and email. The projects
 * being deleted lose them by cascade too; the anonymised ones, kept, would otherwise keep them.
 */
@ApplicationScoped
class AnonymityErasure {

    private final AnonymityScanRepository scans;

    AnonymityErasure(AnonymityScanRepository scans) {
        this.scans = scans;
    }

    void onErasing(@Observes AccountErasing erasing) {
        List<Long> projects = new ArrayList<>(erasing.deletedProjects());
        projects.addAll(erasing.anonymisedProjects());
        scans.forget(projects);
    }
}
