package io.tradewind.lead.form;

import io.tradewind.access.Public;
import io.tradewind.lead.Requests;
import io.tradewind.lead.LeadView;
import io.tradewind.tenancy.Tenant;
import io.tradewind.tenancy.TenantContext;
import io.tradewind.tenancy.TenantStatusCache;
import io.tradewind.web.ProblemType;
import io.tradewind.web.Problems;
import io.tradewind.web.RateLimiter;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Web-to-lead: the endpoint a tenant's public site posts its form to. Spam is kept out by a rate
 * limit per client address and per form, a honeypot field and a signed fill token that must be a
 * few seconds old (ADR 0122).
 */
@Path("/public/lead-forms/{key}")
@Public
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class PublicLeadFormResource {

    /** What the page embedding the form needs: its name and a fresh fill token. */
    public record FormTicket(String name, String token, int minFillSeconds) {
    }

    @Inject
    LeadFormService forms;

    @Inject
    TenantStatusCache tenants;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    Validator validator;

    @Inject
    @ConfigProperty(name = "TRADEWIND_LEAD_FORM_RATE_PER_IP", defaultValue = "20")
    int perAddress;

    @Context
    HttpServletRequest http;

    @GET
    @Operation(summary = "A form's name and a fill token for one submission")
    public FormTicket ticket(@PathParam("key") String key) {
        rateLimiter.acquire("lead-form-ticket:" + http.getRemoteAddr(), perAddress * 3);
        LeadFormKey found = resolve(key);
        LeadForm form = TenantContext.callAs(found.getTenantId(), () -> forms.enabledForm(found.getFormId()));
        return new FormTicket(form.getName(), FillTokens.issue(form, System.currentTimeMillis()), form.getMinFillSeconds());
    }

    @POST
    @Path("/submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit the form: creates a lead in the form's tenant",
            description = "201 with the lead's id; 400 when the honeypot is filled or the fill token is missing, "
                    + "forged or too fresh; 429 over the rate limit per address or per form.")
    public Response submit(@PathParam("key") String key, FormSubmission submission) {
        rateLimiter.acquire("lead-form-ip:" + http.getRemoteAddr(), perAddress);
        LeadFormKey found = resolve(key);
        LeadView lead = TenantContext.callAs(found.getTenantId(), () -> {
            LeadForm form = forms.enabledForm(found.getFormId());
            rateLimiter.acquire("lead-form:" + found.getFormKey(), form.getRatePerMinute());
            Requests.validate(validator, submission);
            if (submission.website() != null && !submission.website().isBlank()
                    || !FillTokens.accepts(form, submission.token(), System.currentTimeMillis())) {
                throw Problems.of(ProblemType.MALFORMED_REQUEST, "problem.lead-form.refused");
            }
            return forms.submit(found.getFormId(), submission);
        });
        return Response.status(Response.Status.CREATED).entity(Map.of("id", lead.id())).build();
    }

    private LeadFormKey resolve(String key) {
        LeadFormKey found = forms.byKey(key).orElseThrow(() -> Problems.notFound("problem.not-found.lead-form"));
        boolean active = tenants.get(found.getTenantId()).map(t -> t.status() != Tenant.Status.SUSPENDED).orElse(false);
        if (!active) {
            throw Problems.notFound("problem.not-found.lead-form");
        }
        return found;
    }
}
