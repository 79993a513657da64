package io.tradewind.marketplace;

import static io.tradewind.web.MultipartParts.part;
import static io.tradewind.web.MultipartParts.text;

import io.tradewind.access.CurrentCaller;
import io.tradewind.access.Permission;
import io.tradewind.access.RequiresPermission;
import io.tradewind.platform.DataDirectory;
import io.tradewind.web.BodyLimit;
import io.tradewind.web.Page;
import io.tradewind.web.PageRequest;
import io.tradewind.web.Problems;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The vendor portal: the vendor, its signing keys, version uploads and their review state. */
@Path("/marketplace/vendor")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Marketplace")
public class VendorResource {

    /** The most a request may carry; the configured package limit (smaller) is checked while streaming. */
    static final long MAX_REQUEST_BYTES = 256L * 1024 * 1024;

    @Inject
    VendorService vendors;

    @Inject
    MarketplaceService marketplace;

    @Inject
    CurrentCaller caller;

    @Inject
    @ConfigProperty(name = "TRADEWIND_MARKETPLACE_MAX_PACKAGE_BYTES", defaultValue = "10485760")
    long maxPackageBytes;

    @Inject
    DataDirectory dataDirectory;

    @Context
    UriInfo uri;

    @GET
    @RequiresPermission(Permission.MARKETPLACE_VENDOR)
    @Operation(summary = "The calling vendor and its signing keys")
    public VendorView me() {
        return vendors.me(caller.get());
    }

    @POST
    @Path("/keys")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permission.MARKETPLACE_VENDOR)
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeyView.class)))
    @Operation(summary = "Register a signing public key", description = "PEM or base64 X.509 SubjectPublicKeyInfo: "
            + "Ed25519, EC (P-256 or larger) or RSA (2048 bits or more).")
    public Response addKey(@Valid @NotNull KeyRequest request) {
        KeyView key = vendors.addKey(caller.get(), request);
        return Response.created(uri.getBaseUriBuilder().path("marketplace/vendor").build()).entity(key).build();
    }

    @GET
    @Path("/versions")
    @RequiresPermission(Permission.MARKETPLACE_VENDOR)
    @Operation(summary = "The calling vendor's uploaded versions with their review status and reasons")
    public Page<VersionView> versions(@Valid @BeanParam PageRequest page) {
        return marketplace.vendorVersions(caller.get(), page);
    }

    @POST
    @Path("/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @BodyLimit(bytes = MAX_REQUEST_BYTES)
    @RequiresPermission(Permission.MARKETPLACE_VENDOR)
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = VersionUpload.class)))
    @APIResponse(responseCode = "201", description = "Uploaded; pending review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    @Operation(summary = "Upload a signed plugin version for review",
            description = "Parts: package (the jar), signature (base64, over the jar's SHA-256), keyId (optional). "
                    + "400 on signature (mismatch) or package (not a plugin, unsatisfiable Plugin-Requires, host classes); "
                    + "409 when the plugin id belongs to another vendor or the version is not newer; 413 when too large.")
    public Response upload(List<EntityPart> parts) throws IOException {
        EntityPart file = part(parts, "package").orElseThrow(() -> Problems.invalid("package", "validation.required"));
        String signature = text(parts, "signature");
        String keyId = text(parts, "keyId");
        java.nio.file.Path directory = dataDirectory.uploads("marketplace-uploads");
        try (Upload upload = Upload.receive(file.getContent(), directory, maxPackageBytes)) {
            VersionView version = marketplace.upload(caller.get(), upload, signature, keyId);
            return Response.created(uri.getBaseUriBuilder().path("marketplace/vendor/versions").build())
                    .entity(version).build();
        }
    }
}
