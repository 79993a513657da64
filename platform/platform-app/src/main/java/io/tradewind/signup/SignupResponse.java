package io.tradewind.signup;

import io.tradewind.tenancy.TenantView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new tenant and its first administrator. */
@Schema(name = "SignupResponse")
public record SignupResponse(TenantView tenant, Admin user) {

    /** The administrator account created with the tenant. */
    public record Admin(String id, String email, String name) {
    }
}
