package io.tradewind.department;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new department. */
@Schema(name = "DepartmentRequest")
public record DepartmentRequest(
        @NotBlank @Size(max = 100) @Schema(example = "华东销售部") String name,
        @Schema(description = "Parent department id; a new root when absent") String parentId,
        @Schema(description = "The manager's user id") String managerId,
        @Min(0) @Max(100000) Integer sortOrder) {
}
