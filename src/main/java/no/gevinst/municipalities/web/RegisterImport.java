package no.gevinst.municipalities.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.municipalities.boundary.Register;
import no.gevinst.municipalities.entity.RegisterDiff;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Violation;
import no.gevinst.platform.web.FacesMessages;

/**
 * A new municipality register from a CSV file: first the differences from the register in force, then, when the
 * administrator has seen them, applied from a chosen date.
 */
@Named
@ViewScoped
public class RegisterImport implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_BYTES = 2L * 1024 * 1024;

    @Inject
    Register register;

    @Inject
    FacesContext faces;

    private transient Part file;
    private String content;
    private LocalDate validFrom;
    private RegisterDiff diff;
    private boolean applied;

    public void compare() {
        if (file == null || file.getSize() == 0) {
            refuse(Violation.of("file", "validation.required"));
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            refuse(Violation.of("file", "validation.attachment.tooLarge", 2));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            FacesMessages.error(faces, "attachment.uploadFailed");
            return;
        }
        if (FacesMessages.attempt(faces, field -> "import:file", () -> diff = register.compare(content))) {
            applied = false;
        } else {
            diff = null;
            content = null;
        }
    }

    /** A file that cannot be compared: nothing of an earlier one is kept. */
    private void refuse(Violation violation) {
        diff = null;
        content = null;
        FacesMessages.showAtFields(faces, new InvalidInputException(List.of(violation)), field -> "import:file");
    }

    public void apply() {
        if (FacesMessages.attempt(faces, field -> "apply:" + field, () -> diff = register.apply(content, validFrom))) {
            applied = true;
            FacesMessages.info(faces, "register.applied", diff.added().size(), diff.changed().size(),
                    diff.removed().size());
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public RegisterDiff getDiff() {
        return diff;
    }

    public boolean isApplied() {
        return applied;
    }
}
