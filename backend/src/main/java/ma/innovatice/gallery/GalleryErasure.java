package ma.innovatice.gallery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import ma.innovatice.privacy.AccountErasing;

/**
 * An erased author's consents to the gallery end with her erasure: her anonymised laureate projects
 * leave the gallery (the public queries also refuse them) and the public pages forget them.
 */
@ApplicationScoped
class GalleryErasure {

    private final GalleryService gallery;

    GalleryErasure(GalleryService gallery) {
        this.gallery = gallery;
    }

    void onErasing(@Observes AccountErasing erasing) {
        erasing.anonymisedProjects().forEach(gallery::forget);
        erasing.deletedProjects().forEach(gallery::forget);
    }
}
