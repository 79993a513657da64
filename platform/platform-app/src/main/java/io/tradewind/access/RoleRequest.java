package io.tradewind.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tenant's own role. */
@Schema(name = "RoleRequest")
public record RoleRequest(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,58}[a-z0-9]") @Schema(example = "regional-director") String code,
        @NotBlank @Size(max = 100) @Schema(example = "区域总监") String name,
        @Size(max = 500) String description,
        @NotNull @Size(max = 100) @Schema(example = "[\"users.read\"]") List<@NotBlank String> permissions,
        @NotBlank @Pattern(regexp = "own|department|department_tree|all") @Schema(example = "department_tree") String dataScope) {
}
