package io.tradewind.marketplace;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A signing public key: PEM or base64 X.509 SubjectPublicKeyInfo (Ed25519, EC P-256+, RSA 2048+). */
@Schema(name = "VendorKeyRequest")
public record KeyRequest(@NotBlank @Size(max = 4000)
                         @Schema(example = "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=") String publicKey) {
}
