package no.gevinst.security.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.security.boundary.MunicipalAccess;
import no.gevinst.security.boundary.ProviderSignInServlet;
import no.gevinst.security.entity.UserAccount;

/**
 * What a person ID-porten signed in sees when they may act for no municipality here: that access is given by their
 * municipality's access administrators, and who those are for the municipality they choose. Only after such a
 * sign-in does the page name anyone.
 */
@Named
@ViewScoped
public class NoAccessPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MunicipalAccess access;

    @Inject
    FacesContext faces;

    private String municipality;

    /** Whether ID-porten has just signed this browser's person in without access. */
    public boolean isSignedInWithoutAccess() {
        return Boolean.TRUE.equals(faces.getExternalContext().getSessionMap().get(ProviderSignInServlet.NO_ACCESS));
    }

    public List<Municipality> getMunicipalities() {
        return isSignedInWithoutAccess() ? access.municipalitiesInForce() : List.of();
    }

    public List<UserAccount> getAdministrators() {
        return isSignedInWithoutAccess() && municipality != null && !municipality.isBlank()
                ? access.administratorsOf(municipality) : List.of();
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }
}
