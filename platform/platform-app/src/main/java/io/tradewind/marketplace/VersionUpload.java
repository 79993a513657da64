package io.tradewind.marketplace;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The parts of a version upload (multipart/form-data), for the OpenAPI document. */
@Schema(name = "MarketplaceVersionUpload")
public record VersionUpload(
        @Schema(type = SchemaType.STRING, format = "binary", required = true,
                description = "The PF4J plugin jar") String packageFile,
        @Schema(required = true, description = "Base64 detached signature over the jar's SHA-256 digest (32 bytes): "
                + "Ed25519, SHA256withECDSA or SHA256withRSA, by one of the vendor's registered keys",
                examples = "9Dpoc1w1...") String signature,
        @Schema(description = "The registered key that signed; any of the vendor's keys when absent",
                examples = "0ABCDEFGHJKMN") String keyId) {
}
