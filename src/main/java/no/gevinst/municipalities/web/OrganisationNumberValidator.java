package no.gevinst.municipalities.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import no.gevinst.municipalities.entity.OrganisationNumber;
import no.gevinst.platform.i18n.Messages;

/** Refuses an organisation number whose MOD11 check digit is wrong, with a message in the page's language. */
@FacesValidator(value = "organisationNumber", managed = true)
public class OrganisationNumberValidator implements Validator<String> {

    @Override
    public void validate(FacesContext context, UIComponent component, String value) {
        if (value != null && !value.isBlank() && !OrganisationNumber.isValid(value)) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(context.getViewRoot().getLocale(), "validation.organisationNumber"), null));
        }
    }
}
