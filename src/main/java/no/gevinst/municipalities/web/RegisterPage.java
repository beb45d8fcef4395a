package no.gevinst.municipalities.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.gevinst.municipalities.boundary.Municipalities;
import no.gevinst.municipalities.entity.County;
import no.gevinst.municipalities.entity.Municipality;
import no.gevinst.platform.entity.Page;

/** The municipality register page: search by name or number within a county. The search is in the address. */
@Named
@ViewScoped
public class RegisterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Municipalities municipalities;

    private String q;
    private String county;
    private transient List<Municipality> found;
    private transient List<County> counties;

    public void load() {
        found = municipalities.search(q, county, 0, Page.MAX_SIZE).items();
        counties = municipalities.counties();
    }

    public String search() {
        return "/municipalities?faces-redirect=true&includeViewParams=true";
    }

    public List<Municipality> getFound() {
        if (found == null) {
            load();
        }
        return found;
    }

    public List<County> getCounties() {
        if (counties == null) {
            counties = municipalities.counties();
        }
        return counties;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }
}
