package io.tradewind.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging and sorting parameters every list endpoint takes ({@code @BeanParam}). */
public class PageRequest {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("1")
    @Min(1)
    @Parameter(description = "1-based page number")
    int page = 1;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Items per page, at most " + MAX_SIZE)
    int size = 20;

    @QueryParam("sort")
    @Parameter(description = "Comma-separated fields; a leading '-' sorts descending, e.g. -createdAt,name")
    String sort;

    public PageRequest() {
    }

    public PageRequest(int page, int size, String sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    public String sort() {
        return sort;
    }

    public int offset() {
        return (page - 1) * size;
    }

    public <T> Page<T> of(java.util.List<T> items, long total) {
        return new Page<>(items, total, page, size);
    }
}
