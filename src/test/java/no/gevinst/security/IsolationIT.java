package no.gevinst.security;

import java.net.URL;
import no.gevinst.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The isolation matrix ({@link IsolationMatrix}) and every route × every role ({@link RoleMatrix}) on one node. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IsolationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

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
    void everyRoleGetsOnlyTheRoutesTheContractGivesIt() throws Exception {
        new RoleMatrix(Deployments.onLoopback(base)).everyRoleGetsOnlyItsRoutes();
    }
}
