package no.gevinst.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import no.gevinst.platform.entity.ActResult;
import no.gevinst.platform.i18n.Messages;

/** What an act of several taken in one go came to, or why it was refused, in the page's language. */
@Named("actResults")
@ApplicationScoped
public class ActResultTexts {

    public String text(ActResult result) {
        return Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), result.key(),
                result.arguments().toArray());
    }
}
