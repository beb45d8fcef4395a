package no.gevinst.municipalities.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import no.gevinst.municipalities.control.MunicipalityMap;
import no.gevinst.municipalities.entity.MapDrawing;

/** The map of the municipalities, for any page that shows figures by municipality, public ones too. */
@Stateless
@PermitAll
public class MunicipalityMaps {

    @Inject
    MunicipalityMap map;

    public MapDrawing drawing() {
        return map.drawing();
    }
}
