package no.gevinst.security;

import java.net.URL;
import java.util.Map;
import no.gevinst.support.Api;
import no.gevinst.support.DeployedApplication;
import no.gevinst.support.Deployments;
import no.gevinst.support.MockProviders;
import org.junit.jupiter.api.Test;

/**
 * The isolation matrix ({@link IsolationMatrix}), every page with malformed parameters, and every route × every role
 * ({@link RoleMatrix}) on one node.
 */
public abstract class IsolationIT {

    final URL base = DeployedApplication.reported();

    @Test
    void everyApiRouteThatTakesAnApplicationAnswers404ToAnotherMunicipality() throws Exception {
        new IsolationMatrix(Deployments.onLoopback(base)).everyApiRouteThatTakesAnApplicationAnswers404ToAnotherMunicipality();
    }

    @Test
    void everyPageAnswersNotFoundOrShowsNothingOfAnotherMunicipalitysApplication() throws Exception {
        new IsolationMatrix(Deployments.onLoopback(base))
                .everyPageAnswersNotFoundOrShowsNothingOfAnotherMunicipalitysApplication();
    }

    @Test
    void everyPageAnswersMalformedParametersWithoutAServerError() throws Exception {
        new IsolationMatrix(Deployments.onLoopback(base)).everyPageAnswersMalformedParametersWithoutAServerError();
    }

    @Test
    void aMunicipalitysSystemWithItsAccessTokenSeesNoMoreThanItsUsers() throws Exception {
        new IsolationMatrix(Deployments.onLoopback(base), Api.bearer(MockProviders.maskinportenToken("960510542",
                MockProviders.APPLICATIONS_SCOPE))).everyApiRouteThatTakesAnApplicationAnswers404ToAnotherMunicipality();
    }

    @Test
    void everyRoleGetsOnlyTheRoutesTheContractGivesIt() throws Exception {
        // Drammen's system and the directorate's accounting system too, with their access tokens
        new RoleMatrix(Deployments.onLoopback(base), Map.of(
                "MUNICIPALITY_SYSTEM", Api.bearer(MockProviders.maskinportenToken("921234554",
                        MockProviders.APPLICATIONS_SCOPE)),
                "ACCOUNTING_SYSTEM", Api.bearer(MockProviders.maskinportenToken("983544622",
                        MockProviders.ACCOUNTING_SCOPE)))).everyRoleGetsOnlyItsRoutes();
    }
}
