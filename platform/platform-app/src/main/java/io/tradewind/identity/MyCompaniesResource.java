package io.tradewind.identity;

import io.tradewind.access.CurrentCaller;
import io.tradewind.identity.MyCompanies.Company;
import io.tradewind.web.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The companies the signed-in person can switch to (ADR 0257). */
@Path("/me/companies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MyCompaniesResource {

    @Inject
    CurrentCaller current;

    @Inject
    MyCompanies companies;

    @GET
    @Operation(summary = "The companies I can work in",
            description = "Every active company where my e-mail has an active account; current marks the one this token is for. "
                    + "To switch in Keycloak mode, get a token for the scope organization:<code>.")
    public Page<Company> list() {
        List<Company> items = companies.of(current.get());
        return new Page<>(items, items.size(), 1, items.size());
    }
}
