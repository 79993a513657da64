package io.tradewind.customer;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the customer list and its export ({@code @BeanParam}). */
public class CustomerFilter {

    @QueryParam("q")
    @Parameter(description = "Free text: name, phone, email, industry, needs")
    public String q;

    @QueryParam("ownerId")
    @Parameter(description = "The owner's user id, or 'me'")
    public String ownerId;

    @QueryParam("status")
    @Parameter(description = "prospect, customer or inactive")
    public String status;

    @QueryParam("grade")
    @Parameter(description = "A, B or C")
    public String grade;

    @QueryParam("regionCode")
    @Parameter(description = "A region code; matches the region and everything below it")
    public String regionCode;

    @QueryParam("tag")
    public String tag;

    @QueryParam("industry")
    public String industry;

    @QueryParam("createdFrom")
    @Parameter(description = "ISO instant, inclusive")
    public String createdFrom;

    @QueryParam("createdTo")
    @Parameter(description = "ISO instant, exclusive")
    public String createdTo;

    @QueryParam("lastFollowUpBefore")
    @Parameter(description = "ISO instant: customers not followed up since")
    public String lastFollowUpBefore;
}
