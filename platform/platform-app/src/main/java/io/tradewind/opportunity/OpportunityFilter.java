package io.tradewind.opportunity;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the opportunity list, its export and the kanban ({@code @BeanParam}). */
public class OpportunityFilter {

    @QueryParam("q")
    @Parameter(description = "Free text in the name")
    public String q;

    @QueryParam("ownerId")
    @Parameter(description = "The owner's user id, or 'me'")
    public String ownerId;

    @QueryParam("status")
    @Parameter(description = "open, won or lost")
    public String status;

    @QueryParam("stageId")
    public String stageId;

    @QueryParam("customerId")
    public String customerId;

    @QueryParam("tag")
    public String tag;

    @QueryParam("regionCode")
    @Parameter(description = "The customer's region code; matches the region and everything below it")
    public String regionCode;

    @QueryParam("grade")
    @Parameter(description = "The customer's grade: A, B or C")
    public String grade;

    @QueryParam("minAmount")
    public String minAmount;

    @QueryParam("maxAmount")
    public String maxAmount;

    @QueryParam("expectedCloseFrom")
    @Parameter(description = "ISO date, inclusive")
    public String expectedCloseFrom;

    @QueryParam("expectedCloseTo")
    @Parameter(description = "ISO date, inclusive")
    public String expectedCloseTo;

    @QueryParam("createdFrom")
    @Parameter(description = "ISO instant, inclusive")
    public String createdFrom;

    @QueryParam("createdTo")
    @Parameter(description = "ISO instant, exclusive")
    public String createdTo;
}
